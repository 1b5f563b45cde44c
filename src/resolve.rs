//! Resolve: canonical speakers within a document.
//!
//! A registry of the people and organisations the document names is built from every
//! capitalised name phrase outside quotations, in reading order: "US President Donald
//! Trump" registers Donald Trump with the role "US President" and the country US; a later
//! "Trump" is the same person. Speaker phrases of claims are then mapped to it:
//! - names → the registered person (the fullest form of the name in the document); an
//!   acronym given in brackets after a name ("Global Wire Service (GWS)") is an alias;
//! - role phrases ("the Kremlin aide", "the Russian leader", "Ukraine’s president") → the
//!   most recently mentioned person whose role has that head noun and whose country fits;
//!   for leader nouns, failing that, the most recent person of unknown country and role
//!   (a report may introduce "Vladimir Putin" bare and call him "the Russian leader" next);
//!   "the council" → the organisation named with that word; "the diplomat" → the unnamed
//!   source introduced before as "a Nato diplomat";
//! - pronouns → a speaker of the same sentence, else the previous claim's speaker within
//!   two paragraphs, else the most recently mentioned person — only people (a given name, a
//!   person's title, a previous speaker), never one whose known gender contradicts the
//!   pronoun;
//! - organisations ("the Kremlin", "Russia’s foreign ministry") → the name without article;
//! - unnamed sources ("officials", "a senior US official") stay as written, unresolved.
//!
//! Background knowledge of public figures (`lexicon/people.tsv`) fills in country, role
//! and gender the article leaves out; it never changes a name.

use std::sync::LazyLock;

use compact_str::CompactString;
// FxHash: the registry is keyed by short folded names, hashed several times per name
// mention; SipHash's flood resistance buys nothing here.
use rustc_hash::FxHashMap as HashMap;
use serde::Serialize;
use unicode_normalization::UnicodeNormalization;

use crate::extract::attribution::{NpKind, lower, np_backward, np_backward_core, title_only};
use crate::extract::tokens::{Kind, LowerView, Tok, tokenize_into};
use crate::extract::{RawClaim, RawNp, SentenceTokens, Speaker, SpeakerKind, Words};
use crate::ingest::Document;
use crate::lexicon::{
    COUNTRIES, COUNTRY_PAIRS, NameWord, ROLE_PAIRS, ROLES, RoleClass, TITLES, cue_forms,
    is_org_head, is_patronymic, name_entry, one_person_post, role_lookup, rows, with_lower,
    word_class,
};
use crate::segment::{ParaRole, Segmentation};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    Female,
    Male,
}

/// Whether `w` is a listed given name, as written ("Donald").
pub(crate) fn is_given_name(w: &str) -> bool {
    GIVEN_NAMES.contains_key(w)
}

static GIVEN_NAMES: LazyLock<HashMap<&'static str, Gender>> = LazyLock::new(|| {
    // Sized for the ~950 names and read in place (`row_fields`): a vector per row and
    // the map's growth from nothing were most of the cost of this table.
    let mut map = HashMap::with_capacity_and_hasher(1024, Default::default());
    for mut fields in crate::lexicon::row_fields(include_str!("lexicon/given_names.tsv")) {
        let (Some(name), Some(sex)) = (fields.next(), fields.next()) else {
            continue;
        };
        let g = match sex {
            "f" => Gender::Female,
            _ => Gender::Male,
        };
        map.insert(name, g);
    }
    map
});

/// A public figure from `people.tsv`.
#[derive(Debug, Clone)]
pub(crate) struct Figure {
    /// Every spelling, folded.
    pub variants: Vec<String>,
    pub country: &'static str,
    pub role: &'static str,
    female: bool,
}

/// Public figures keyed by folded surname.
pub(crate) static PEOPLE: LazyLock<HashMap<String, Vec<Figure>>> = LazyLock::new(|| {
    // Sized for the table's hundred-odd people and their surnames' spellings.
    let mut map: HashMap<String, Vec<Figure>> =
        HashMap::with_capacity_and_hasher(256, Default::default());
    for r in rows(include_str!("lexicon/people.tsv")) {
        let (Some(names), Some(country), Some(role)) = (r.first(), r.get(1), r.get(2)) else {
            continue;
        };
        let variants: Vec<String> = names.split('|').map(fold).collect();
        // The surnames copied out of the variants, so that the figure takes the variants
        // themselves: it is copied only for each surname but the last (most people have
        // one), where the variants and a figure per surname were copies each.
        let mut surnames: Vec<String> = variants
            .iter()
            .filter_map(|v| v.split_whitespace().last())
            .map(str::to_string)
            .collect();
        surnames.sort();
        surnames.dedup();
        let Some(last) = surnames.pop() else {
            continue;
        };
        let fig = Figure {
            variants,
            country,
            role,
            female: r.get(3) == Some(&"f"),
        };
        for s in surnames {
            map.entry(s).or_default().push(fig.clone());
        }
        map.entry(last).or_default().push(fig);
    }
    map
});

/// The first bytes and lengths of [`PEOPLE`]'s surnames: every name mentioned is looked
/// up, and most are no public figure's.
static PEOPLE_LENGTHS: LazyLock<crate::lexicon::HeadLengths> =
    LazyLock::new(|| crate::lexicon::HeadLengths::of(PEOPLE.keys().map(String::as_str)));

/// The public figure a name refers to: its last word is a known surname (in any listed
/// spelling) and its first name, if given, matches one of the spellings.
pub(crate) fn figure(words: &[String]) -> Option<&'static Figure> {
    // Only the first and the last word count.
    match words {
        [] => None,
        [only] => figure_of_ends(None, &fold(only)),
        [first, .., last] => figure_of_ends(Some(&fold(first)), &fold(last)),
    }
}

/// [`figure`] of a name by its folded ends: its first word (`None` for a name of one
/// word) and its last. Only they count, and a caller holding the name as one folded
/// string cuts them from it rather than collecting its words.
fn figure_of_ends(first: Option<&str>, surname: &str) -> Option<&'static Figure> {
    if !PEOPLE_LENGTHS.may_hold(surname) {
        return None;
    }
    let figs = PEOPLE.get(surname)?;
    figs.iter().find(|f| match first {
        Some(fst) => f
            .variants
            .iter()
            .any(|v| v.split_whitespace().next().is_some_and(|vf| vf == fst)),
        None => figs.len() == 1,
    })
}

/// Lower-case and strip diacritics: "Orbán" → "orban".
pub fn fold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    fold_plain(s).unwrap_or_else(|| fold_unicode(s))
}

/// `w` without its trailing "'s" (all of them, as `trim_end_matches("'s")` leaves it),
/// without the substring searcher that `trim_end_matches` builds for a `&str` pattern:
/// about 140 instructions a word, and every word of every claim's terms went through it.
pub(crate) fn trim_possessive(mut w: &str) -> &str {
    while let Some(rest) = w.strip_suffix("'s") {
        w = rest;
    }
    w
}

/// Calls `f` with `w` folded ([`fold`]), a short ASCII word on the stack (folding ASCII
/// is lower-casing it) rather than in a new String: for look-ups of single words, such
/// as `figure_slot`'s of each word near each quantity.
pub(crate) fn with_folded<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    if w.is_ascii() {
        // An ASCII word without a capital is its own fold: no copy.
        if !w.bytes().any(|b| b.is_ascii_uppercase()) {
            return f(w);
        }
        crate::lexicon::with_lower(w, f)
    } else {
        f(&fold(w))
    }
}

/// [`fold`] of a text whose only non-ASCII characters are the usual typographic marks
/// (curly quotes, dashes, ellipsis, guillemets, no-break space): none of them decomposes
/// or changes case, so each ASCII letter is lower-cased and the marks kept, except `’`,
/// which becomes `'`. `None` for any other character. Most news copy is this.
fn fold_plain(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            _ if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            '’' => out.push('\''),
            '‘' | '“' | '”' | '„' | '«' | '»' | '‹' | '›' | '–' | '—' | '…' | '\u{a0}' => {
                out.push(c)
            }
            _ => return None,
        }
    }
    Some(out)
}

/// [`fold`] of any text: canonical decomposition without combining marks, lower case,
/// and the letters Unicode does not decompose spelled in ASCII.
fn fold_unicode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
    {
        // Letters that Unicode does not decompose into a base letter and a mark:
        // "Sørensen", "Łukasz", "Đoković", "Straße".
        match c {
            '’' => out.push('\''),
            'ø' => out.push('o'),
            'ł' => out.push('l'),
            'đ' | 'ð' => out.push('d'),
            'ı' => out.push('i'),
            'æ' => out.push_str("ae"),
            'œ' => out.push_str("oe"),
            'ß' => out.push_str("ss"),
            'þ' => out.push_str("th"),
            _ => out.push(c),
        }
    }
    out
}

/// [`fold_joined_into`] a new string.
fn fold_joined(words: &[&str]) -> String {
    let mut out = String::new();
    fold_joined_into(&mut out, words);
    out
}

/// The words folded (see [`fold`]) and joined by single spaces, appended to `out`.
fn fold_joined_into(out: &mut String, words: &[&str]) {
    out.reserve(words.iter().map(|w| w.len() + 1).sum());
    for (k, w) in words.iter().enumerate() {
        if k > 0 {
            out.push(' ');
        }
        let start = out.len();
        push_folded(out, w);
        // A quoted nickname is one word of the name with its spaces ("Mario “Kap Mar”
        // T. Tabuena"): they go, so that the joined words split at spaces into the
        // name's words again.
        // (The slice's own search: the words are short, and the vector search of the
        // `memchr` crate cost more to set up.)
        if out.as_bytes()[start..].contains(&b' ') {
            let word: String = out[start..].chars().filter(|&c| !is_space(c)).collect();
            out.truncate(start);
            out.push_str(&word);
        }
    }
}

/// [`fold`] of `w` appended to `out`: an ASCII word is copied and lower-cased in place
/// (what `fold` does to ASCII), without a copy on the stack and its UTF-8 check.
#[inline]
fn push_folded(out: &mut String, w: &str) {
    if w.is_ascii() {
        let start = out.len();
        out.push_str(w);
        if let Some(copy) = out.get_mut(start..) {
            copy.make_ascii_lowercase();
        }
    } else {
        out.push_str(&fold(w));
    }
}

/// Collapse whitespace runs to one space (Markdown views leave blanks where markup was).
/// Most phrases already are collapsed, and `push_collapsed` copies those whole.
fn collapse(s: &str) -> String {
    // Sized as `push_collapsed` reserves: one allocation up front, not a first growth.
    let mut out = String::with_capacity(s.len() + 1);
    crate::segment::push_collapsed(&mut out, s);
    out
}

/// [`collapse`] for a speaker's field: most phrases are collapsed already and short, and
/// are then copied inline with no allocation.
pub(crate) fn collapse_compact(s: &str) -> CompactString {
    CompactString::from(crate::segment::collapsed(s))
}

/// A space: splits a folded name by a predicate, which walks its few bytes, rather than
/// by `' '`, whose searcher calls memchr for every word.
fn is_space(c: char) -> bool {
    c == ' '
}

/// Whether the words joined by single spaces `words` are the first words of `longer`
/// (words joined so, and more of them): `longer` opens with them and a space. The same
/// as comparing the first words one by one, as a word holds no space.
fn opens_with_words(longer: &str, words: &str) -> bool {
    longer.as_bytes().get(words.len()) == Some(&b' ') && longer.starts_with(words)
}

/// [`opens_with_words`] of `fold(name)`: an ASCII name is compared a byte at a time
/// lower-cased (what folding does to it) rather than folded into a new string, asked of
/// each organisation that shares a first word with a name mentioned. `words` is folded,
/// so holds no ASCII capital.
fn folded_opens_with_words(name: &str, words: &str) -> bool {
    if !name.is_ascii() {
        return opens_with_words(&fold(name), words);
    }
    let (n, w) = (name.as_bytes(), words.as_bytes());
    n.get(w.len()) == Some(&b' ') && n[..w.len()].eq_ignore_ascii_case(w)
}

/// Whether `fold(text)` contains `needle`, a folded text (no ASCII capital): an ASCII
/// text is compared a byte at a time lower-cased (what folding does to it) rather than
/// folded into a new string, asked of every person a role phrase's look-back meets.
fn folded_contains(text: &str, needle: &str) -> bool {
    if !text.is_ascii() {
        return fold(text).contains(needle);
    }
    let (t, n) = (text.as_bytes(), needle.as_bytes());
    n.is_empty() || t.windows(n.len()).any(|w| w.eq_ignore_ascii_case(n))
}

/// An entity's mentions: most entities are named a few times, and a vector each was
/// an allocation (and a free) for every entity, and a second for its first subject.
/// Eight inline, not four: a story's main people and organisations are named more
/// than four times, and each of them spilled into a vector and grew it.
type Mentions = crate::inline::Inline<usize, 8>;

/// An entity's list of mentions, holding `at`.
fn first_mention(at: usize) -> Mentions {
    Mentions::one(at)
}

#[derive(Debug, Clone)]
struct Entity {
    canonical: String,
    /// The words of a person's name, each folded (see [`fold`]), joined by single spaces
    /// (a word holds no space); empty for an organisation. A range of the registry's
    /// [`Registry::folded_text`] (see [`Entity::folded`]): a `String` per word and their
    /// vector, then a String per name, were allocations for every person named.
    folded: std::ops::Range<usize>,
    /// How many words `folded` joins (0 for an organisation).
    folded_len: usize,
    /// Whether the first word of `folded` is a first name (see [`Entity::first_name`]):
    /// the name has two words or more and opens with no particle. Kept as a flag, where
    /// a copy of the word was an allocation for every person named.
    has_first: bool,
    role: Option<String>,
    /// Role from background knowledge, used for matching only.
    known_role: Option<&'static str>,
    country: Option<&'static str>,
    org: bool,
    /// Evidence that this is a person: a given name, a person's title, a known figure, or
    /// having spoken.
    person: bool,
    /// `person` only for having spoken: no name, title or word about it says so, and
    /// an "it" that speaks after it can still show it is an organisation.
    person_by_speech: bool,
    gender: Option<Gender>,
    mentions: Mentions,
    /// Mentions as the subject of a sentence or a speech verb: the most salient ones.
    subjects: Mentions,
    /// Called "the company", "the club" etc.: an organisation whose name does not say so.
    typed_org: bool,
    /// Mentions in an organisation's context: "Parcelly spokesperson", "drivers at
    /// Pennine Rail", "Pennine Rail’s chief executive".
    orgish: u32,
    /// Every role given to this entity, with the byte offset where its mention starts.
    role_mentions: Vec<(usize, String)>,
    /// The age given after the name ("Jana Horvat, 34, said"), for "the 34-year-old".
    age: Option<u16>,
    /// A US politician's party initial and state from the label after the name ("Sen.
    /// Thomas Haskell (D-Ohio)"), for "the Ohio Democrat".
    us_label: Option<(u8, &'static str)>,
}

impl Entity {
    /// One word of initials ("UNICEF", "IDF") that is a person by nothing but having
    /// spoken, and names no one known: an organisation when it speaks. (Not made an
    /// organisation in the registry: "GDP", "GMT" and other initials would then be what
    /// "the federation" or "the agency" names.)
    fn initials_body(&self) -> bool {
        (!self.person || self.person_by_speech)
            && self.known_role.is_none()
            && is_initials(&self.canonical)
    }

    /// The folded words of the name joined by spaces, `text` the registry's
    /// [`Registry::folded_text`].
    fn folded<'t>(&self, text: &'t str) -> &'t str {
        &text[self.folded.clone()]
    }

    /// The folded words of the name (see [`Entity::folded`]).
    fn folded_words<'t>(&self, text: &'t str) -> impl Iterator<Item = &'t str> {
        // A predicate, not `split(' ')`: its searcher called memchr for every word, and
        // the words are a few bytes each.
        self.folded(text).split(is_space).take(self.folded_len)
    }

    /// Having spoken (or relayed speech) is evidence of being a person or an
    /// organisation: a name nothing shows to be an organisation is a person from now on.
    /// Whether it is a person.
    fn note_speech(&mut self) -> bool {
        if !self.org && !self.typed_org && self.orgish == 0 && !self.person {
            self.person = true;
            self.person_by_speech = true;
        }
        self.person && !self.org && !self.typed_org
    }

    /// Record a role given to this entity at byte `at`, and take it as the entity's own
    /// when it has none yet (the first role a story gives someone is who they are). The
    /// text is copied only then.
    fn note_role(&mut self, at: usize, role: String) {
        // A title abbreviated before the name ("Cllr", "Sen.") gives way to the post
        // spelled out ("The executive mayor, Cllr Zanele Mthethwa,"): "the mayor" is
        // looked for by it.
        let abbreviated = self.role.as_deref().is_some_and(|r| {
            !r.contains(' ') && TITLES.contains(r) && with_lower(r, role_lookup).is_none()
        });
        if self.role.is_none() || abbreviated {
            self.role = Some(role.clone());
        }
        self.role_mentions.push((at, role));
    }

    /// The first folded word of the name, if any.
    fn first_folded<'t>(&self, text: &'t str) -> Option<&'t str> {
        self.folded_words(text).next()
    }

    /// The first name (folded), if the name gives one ([`Entity::has_first`]).
    fn first_name<'t>(&self, text: &'t str) -> Option<&'t str> {
        if self.has_first {
            self.first_folded(text)
        } else {
            None
        }
    }
}

/// A name phrase split into its title part and its name part, borrowing the phrase's
/// words.
struct NameParts<'a> {
    title: &'a [&'a str],
    name: &'a [&'a str],
    country: Option<&'static str>,
    org: Option<String>,
}

/// Whether `w` is letters written after a person's name for an honour, a degree or a
/// seat: "KC", "QC", "SC" (senior counsel), "MP", "MSP", "MLA", "TD", "MEP", "OBE",
/// "MBE", "CBE", "KBE", "DBE", "KG", "AO", "AC", "OAM", "PhD", "JP".
fn is_post_nominal(w: &str) -> bool {
    matches!(
        w,
        "KC" | "QC"
            | "SC"
            | "SC."
            | "MP"
            | "MSP"
            | "MLA"
            | "MHK"
            | "TD"
            | "MEP"
            | "OBE"
            | "MBE"
            | "CBE"
            | "KBE"
            | "DBE"
            | "KG"
            | "GCMG"
            | "KCMG"
            | "AO"
            | "AC"
            | "OAM"
            | "PhD"
            | "JP"
    )
}

/// A possessive ending as a token of its own, or at the end of a word.
const POSSESSIVES: [&str; 6] = ["’s", "'s", "’S", "'S", "’", "'"];

fn is_possessive(w: &str) -> bool {
    // Every ending opens with an apostrophe, straight or curly (E2 80 99): other words,
    // nearly all asked, are ruled out by their first byte before six comparisons.
    matches!(w.as_bytes().first(), Some(b'\'' | 0xE2)) && POSSESSIVES.contains(&w)
}

fn country_of(w: &str) -> Option<&'static str> {
    COUNTRIES.get(w).copied()
}

/// Whether `w` is the plural of a country's adjective, its people: "Ukrainians",
/// "Palestinians", "Britons" (the singular is the same country's word). Not a country
/// whose name ends so ("Philippines", with "Philippine" its adjective).
fn is_people_of_country(w: &str) -> bool {
    w != "Philippines"
        && w.strip_suffix('s').is_some_and(|one| {
            let c = country_of(one);
            c.is_some() && c == country_of(w)
        })
}

/// Whether `w` names one person of a country: a country's word ending as adjectives and
/// nouns of nationality do ("Brazilian", "Portuguese", "Israeli", "Argentine",
/// "Spaniard", "Dutchman", "Scot", "Briton", "Greek", "Thai"). Not a body the country is
/// named by ("the Pentagon", "the Taliban"); names and capitals never follow "the".
fn is_demonym(w: &str) -> bool {
    country_of(w).is_some()
        && !matches!(w, "Pentagon" | "Taliban" | "Houthi" | "Vatican")
        && [
            "an", "ese", "i", "ine", "ard", "man", "woman", "ot", "on", "ek", "ai",
        ]
        .iter()
        .any(|s| w.ends_with(s))
}

/// Party members named by the plural, always with a capital: "Democrats", "Tories".
fn is_party_members(w: &str) -> bool {
    matches!(
        w,
        "Democrats"
            | "Republicans"
            | "Conservatives"
            | "Tories"
            | "Socialists"
            | "Liberals"
            | "Greens"
            | "Communists"
            | "Labourites"
            | "Nationalists"
            | "Unionists"
            | "Loyalists"
    )
}

/// The sex a person noun gives, if any ("spokeswoman", "widow", "father"): a pronoun
/// after an unnamed source must agree with it, and a description refers back to a person
/// of that sex ("the grieving widow added …" after "Lisa Carter … her husband" is her,
/// not the man named since). `head` is lower case.
fn noun_sex(head: &str) -> Option<Gender> {
    if head.ends_with("woman")
        || matches!(
            head,
            "wife" | "mother" | "mum" | "daughter" | "sister" | "widow" | "girl" | "actress"
        )
    {
        Some(Gender::Female)
    } else if head.ends_with("man")
        || matches!(
            head,
            "husband" | "father" | "dad" | "son" | "brother" | "widower" | "boy" | "actor"
        )
    {
        Some(Gender::Male)
    } else {
        None
    }
}

/// "Mum-of-two", "father-of-three", "grandmother-of-five": a parent's title, which UK
/// copy puts before a name as a post (it names a person, and their sex).
fn parent_title(w: &str) -> Option<Gender> {
    // Asked of every name word: most have no hyphen, and lower-casing them and building
    // a substring searcher for each cost more than the rest of the test.
    if !w.as_bytes().contains(&b'-') {
        return None;
    }
    with_lower(w, |l| match l.split_once("-of-")?.0 {
        "mum" | "mom" | "mother" | "grandmother" | "gran" | "grandma" | "nan" => {
            Some(Gender::Female)
        }
        "dad" | "father" | "grandfather" | "grandad" | "granddad" | "grandpa" => Some(Gender::Male),
        _ => None,
    })
}

fn is_honorific(w: &str) -> bool {
    matches!(
        w.trim_end_matches('.'),
        "Mr" | "Mrs" | "Ms" | "Mx" | "Miss" | "Messrs" | "Mme" | "Mlle" | "Madam"
    )
}

/// An honorific or a courtesy title ("Dr", "Prof", "Sir"): part of how a name is
/// written, not the person's post.
fn is_courtesy(w: &str) -> bool {
    // The list writes courtesy titles capitalised, as they stand before a name ("Dr",
    // "Prof.", "Sir"): looked up as written, with and without the period.
    is_honorific(w)
        || [w, w.trim_end_matches('.')]
            .iter()
            .any(|k| crate::lexicon::listed_role(k) == Some(&RoleClass::Honor))
}

/// Whether `w` ends as English agent and occupation nouns do ("Newsagent", "Farmer",
/// "Pensioner", "Landlord", "Florist", "Mechanic", "Detective", "Chaplain"). Of the words
/// in "-ic", only the agent nouns: most are adjectives of places and seas that open
/// company names ("Hanseatic Marine Terminals", "Atlantic Marine Group", "Baltic").
fn agent_noun_ending(w: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "er", "or", "ist", "ent", "ant", "ian", "man", "ee", "ess", "ive", "ain", "lord",
    ];
    const IN_IC: &[&str] = &[
        "medic",
        "cleric",
        "critic",
        "mechanic",
        "sceptic",
        "skeptic",
        "mystic",
        "comic",
        "paramedic",
    ];
    // Given names that end in "-man" as no English agent noun does: "Abdirahman",
    // "Rahman", "Othman", "Suleiman", "Nauman", "Salman", "Luqman", and the short "Usman"
    // and "Osman" ("Tradesman" is longer).
    const NAMES_IN_MAN: &[&str] = &["ahman", "ihman", "thman", "iman", "uman", "lman", "qman"];
    let b = w.as_bytes();
    let ends =
        |e: &str| b.len() > e.len() && b[b.len() - e.len()..].eq_ignore_ascii_case(e.as_bytes());
    if NAMES_IN_MAN.iter().any(|e| ends(e)) || b.len() <= 5 && ends("sman") {
        return false;
    }
    ENDINGS.iter().any(|e| ends(e)) || IN_IC.iter().any(|n| w.eq_ignore_ascii_case(n))
}

/// Whether `lower` is one person's occupation that no role list holds, by its ending
/// (see [`agent_noun_ending`]): "developer", "shipbroker", "landlord". Not a plural
/// ("developers"), nor a noun in "-ment" ("government", "management"), whose "-ent" is
/// no agent's.
pub(crate) fn unlisted_agent_noun(lower: &str) -> bool {
    !lower.ends_with('s')
        && !lower.ends_with("ment")
        && agent_noun_ending(lower)
        && role_lookup(lower).is_none()
        // Nouns in "-er" or "-or" that name no one ("The number in London said" is no
        // one), and function words ("other", "under", "whether").
        && !matches!(
            lower,
            "number" | "order" | "matter" | "water" | "power" | "border" | "quarter"
                | "sector" | "factor" | "error" | "winter" | "summer" | "corner" | "river"
                | "center" | "floor" | "interior" | "weather"
        )
        && {
            let c = word_class(lower);
            !(c.conj || c.prep || c.aux || c.det || c.pronoun || c.adverb || c.time)
        }
}

/// Whether `w` is the "son of" or "daughter of" that joins a given name to the father's
/// in Arabic and Malay names: "bin", "binti", "bint", "bte", "ibn", "ibni".
fn son_of(w: &str) -> bool {
    matches!(w, "bin" | "binti" | "bint" | "bte" | "ibn" | "ibni")
}

/// The words of a new name, besides its last, that are family names the story may then
/// call the person by alone (indices into `name`; `org` when the name is an
/// organisation's):
/// - "Mireia Costa del Pino", "Jordi Casals i Vilaró", "Luiz Inácio Lula da Silva": of
///   two family names joined by a particle, the first ("Costa insisted", "Lula said").
///   Not a given name before the particle ("Anna Maria de la Cruz"), and not one opening
///   the name ("Ursula von der Leyen").
/// - "María José Fuentes Larraín", "Héctor Riquelme Soto": of a person's name of three
///   words or more whose last two are the father's and the mother's family names, the
///   father's ("Fuentes said"). Not a given name in that place ("John Paul Jones"), a word
///   after a particle ("Mireia Costa del Pino", above), a word the lists know, or a
///   Cantonese name (below).
/// - "Frankie Yip Chun-hung", "Doreen Kwan Lai Wai-man": before a Cantonese (or Korean,
///   Taiwanese) given name of two syllables joined by a hyphen, every word after the
///   first, which is a family name or an English given name ("Yip said", "Kwan said").
/// - "Vanessa Tam Ka Wai": after an English given name, before two syllables written
///   apart, the family name ("Tam said").
fn other_family_names(name: &[&str], org: bool) -> impl Iterator<Item = usize> {
    let n = name.len();
    let joined_by_particle = (2..n.saturating_sub(1))
        .find(|&k| crate::lexicon::is_name_particle(name[k]))
        .filter(|&k| !GIVEN_NAMES.contains_key(name[k - 1]))
        .map(|k| k - 1);
    let syllabic = n >= 3 && is_syllabic_given_name(name[n - 1]);
    let paternal = (!org
        && !syllabic
        && n >= 3
        && name[n - 2].starts_with(char::is_uppercase)
        && !GIVEN_NAMES.contains_key(name[n - 2])
        && !crate::lexicon::is_name_particle(name[n - 3])
        && name_entry(name[n - 2]).is_plain())
    .then(|| n - 2);
    let before_syllabic = if syllabic { 1..n - 1 } else { 0..0 };
    // "Vanessa Tam Ka Wai": an English given name, the family name, then a Cantonese
    // given name of two syllables written apart, as Macau and Hong Kong copy do.
    let syllable = |w: &str| {
        (2..=4).contains(&w.len())
            && w.starts_with(|c: char| c.is_ascii_uppercase())
            && w[1..].bytes().all(|b| b.is_ascii_lowercase())
    };
    let english_first = (!org
        && n == 4
        && GIVEN_NAMES.contains_key(name[0])
        && syllable(name[1])
        && name[2..].iter().all(|w| syllable(w)))
    .then_some(1);
    joined_by_particle
        .into_iter()
        .chain(paternal)
        .chain(before_syllabic)
        .chain(english_first)
}

/// Whether `w` is a given name of two syllables joined by a hyphen, the second in lower
/// case, as Cantonese, Korean and Taiwanese names are romanised ("Chun-hung", "Wai-man",
/// "Jae-in"): not a hyphenated Western name ("Lewandowska-Kruk", "Jean-Pierre").
fn is_syllabic_given_name(w: &str) -> bool {
    w.split_once('-').is_some_and(|(a, b)| {
        a.len() >= 2
            && b.len() >= 2
            && a.starts_with(|c: char| c.is_ascii_uppercase())
            && a[1..].bytes().all(|c| c.is_ascii_lowercase())
            && b.bytes().all(|c| c.is_ascii_lowercase())
    })
}

/// "the", "a" or "an" in any case. (No letter outside ASCII lower-cases to one of
/// these letters, so an ASCII comparison is exactly a comparison of lower-case forms.)
fn is_article(w: &str) -> bool {
    ["the", "a", "an"].iter().any(|a| w.eq_ignore_ascii_case(a))
}

fn split_name<'a>(words: &'a [&'a str]) -> NameParts<'a> {
    // "the", or a possessive determiner before a title ("Her neighbour Dave Hollis").
    let articles = words
        .iter()
        .take_while(|w| is_article(w) || is_leading_det(w))
        .count();
    let mut ws = &words[articles..];
    // "Rachel Dunphy SC", "Jane Smith MP", "Tom Reed KC MP": letters after a name of two
    // or more words, for an honour, a degree or a seat, are no part of it. After an
    // article they are the post of a seat: "the Cork North-Central TD".
    while let [rest @ .., last] = ws
        && articles == 0
        && rest.len() >= 2
        && is_post_nominal(last)
    {
        ws = rest;
    }
    // "Argentine Tomas Echeverri", "Frenchman Hugo Marchetti": a nationality before a
    // given name and a surname is the person's country, no word of the name ("British
    // Airways", "American Express" have no given name after it).
    if let [demonym, given, rest @ ..] = ws
        && !rest.is_empty()
        && given.starts_with(char::is_uppercase)
        // A noun for a person of the country ("Spaniard", "Frenchman", "Briton") names
        // a person after it whatever the given name. (The lists first: asked of every
        // name of three words or more.)
        && (GIVEN_NAMES.contains_key(*given) && is_demonym(demonym)
            || matches!(
                *demonym,
                "Spaniard"
                    | "Frenchman"
                    | "Frenchwoman"
                    | "Dutchman"
                    | "Dutchwoman"
                    | "Englishman"
                    | "Englishwoman"
                    | "Irishman"
                    | "Irishwoman"
                    | "Scotsman"
                    | "Scotswoman"
                    | "Welshman"
                    | "Welshwoman"
                    | "Briton"
                    | "Swede"
                    | "Dane"
                    | "Finn"
                    | "Pole"
                    | "Turk"
                    | "Scot"
            ))
        && rest
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) && !is_org_head(w))
    {
        return NameParts {
            title: &ws[..1],
            name: &ws[1..],
            country: country_of(demonym),
            org: None,
        };
    }
    // "Member of Parliament Sh.Altangerel", "Chairman of the State Great Khural
    // B.Dorjpurev": a name joined to the initial of the father's name, as Mongolian copy
    // writes it, is a whole name after the post.
    if let [title @ .., last] = ws
        && !title.is_empty()
        && is_initialled_name(last)
    {
        return NameParts {
            title,
            name: std::slice::from_ref(last),
            country: None,
            org: None,
        };
    }
    // "The President of the Republic called for …": a post over the state itself names
    // no one by its words (a post alone, read as a role); "Republic" is no name.
    if let [post, of, the, state] = ws
        && *of == "of"
        && the.eq_ignore_ascii_case("the")
        && matches!(*state, "Republic" | "Nation")
        && (TITLES.contains(post) || one_post(post))
    {
        return NameParts {
            title: ws,
            name: &ws[..0],
            country: None,
            org: None,
        };
    }
    // "Head of Government Kamel Ben Youssef", "Head of State Mahamat Déby": a listed post
    // of three words with "of" before capitalised words is the title, though its last
    // word is an organisation's ("Government").
    if ws.len() > 3
        && ws[1] == "of"
        && ws[3..]
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) && !is_courtesy(w))
        && ROLE_PAIRS
            .get_of(&lower_case(ws[0]), &lower_case(ws[2]))
            .is_some()
    {
        return NameParts {
            title: &ws[..3],
            name: &ws[3..],
            country: None,
            org: None,
        };
    }
    if let Some(from) = (org_of_the(ws) || org_with_the(ws) || org_on(ws))
        .then_some(0)
        .or_else(|| org_of_portfolios(ws))
    {
        let name = &ws[from..];
        return NameParts {
            title: &ws[..0],
            name,
            country: None,
            org: Some(join_words(name)),
        };
    }
    // "Ukraine’s General Staff", "the Joint Staff": an armed force's staff, whose first
    // word is a rank ("Chief of the General Staff" is a post).
    if let [.., rank, "Staff"] = ws
        && matches!(*rank, "General" | "Joint" | "Naval" | "Air")
        && !ws.contains(&"of")
    {
        return NameParts {
            title: &ws[..0],
            name: ws,
            country: None,
            org: Some(join_words(ws)),
        };
    }
    // "charity Save the Children", "campaign group Friends of the Earth": such a name
    // after a describing title that ends in a lower-case word.
    if let Some(at) = described_org_with_the(ws) {
        let (title, name) = ws.split_at(at);
        return NameParts {
            title,
            name,
            country: None,
            org: Some(join_words(name)),
        };
    }
    // Each word's lexicon entries, looked up once: the loop asks of each word and of the
    // word after it (`next`, the entry of `ws[i + 1]`, carried over to the next word).
    let mut next = ws.first().map(|w| name_entry(w));
    // The entries of the last two words, for the name's end below.
    let mut last_two: [Option<NameWord>; 2] = [None, None];
    let mut country = None;
    // The title part runs to the last title-like word.
    let mut last_title: Option<usize> = None;
    // Whether that word is in `TITLES`.
    let mut last_title_listed = false;
    // The capitalised words (by index, the first 64) that are organisation words, for a
    // name that opens with one ("Network Rail") or holds one ("Police Scotland"): the
    // entries are looked up here once.
    let mut org_words: u64 = 0;
    let mut i = 0;
    while i < ws.len() {
        let w = ws[i];
        let wi = next.unwrap_or_else(|| name_entry(w));
        next = ws.get(i + 1).map(|n| name_entry(n));
        if wi.org_head && i < 64 && w.starts_with(char::is_uppercase) {
            org_words |= 1 << i;
        }
        if let Some(k) = (i + 2).checked_sub(ws.len()) {
            last_two[k] = Some(wi);
        }
        // Multi-word country aliases: "White House", "United States".
        if i + 1 < ws.len()
            && wi.pair_first
            && let Some(c) = COUNTRY_PAIRS.get(w, ws[i + 1])
        {
            country.get_or_insert(c);
            last_title = Some(i + 1);
            last_title_listed = next.is_some_and(|n| n.title);
            if i + 2 == ws.len() {
                last_two[1] = next;
            }
            // The word after the pair has no entry yet.
            next = None;
            i += 2;
            continue;
        }
        let owner = ws.get(i + 1).is_some_and(|n| is_possessive(n));
        // "al-Hayya", "bin-Salman": a particle joined to a capitalised name is a name word
        // (the hyphen is looked for only in words that open in lower case).
        // "Committee to Protect Journalists": "to" after an organisation word.
        let joining_to = w == "to" && i > 0 && is_org_head(ws[i - 1]);
        // "Aigerim Dosmukhamed kyzy": a patronymic word ends the name.
        let patronymic_end = i > 0 && is_patronymic(w);
        let lower_word = !w.starts_with(char::is_uppercase)
            && !crate::extract::tokens::capital_word(w, memchr::memchr(b'-', w.as_bytes()))
            && !wi.particle
            // "Ministry of Trade, Industry and Energy": the commas of a list of
            // portfolios (only such a name is read with its commas).
            && !matches!(w, "of" | "for" | "and" | "&" | ",")
            && !crate::extract::tokens::is_nickname(w)
            && !patronymic_end
            && !joining_to;
        // A country word is part of a title only before another title word ("US
        // President", "Kremlin aide") or at the end ("the White House"): "Sofia" in
        // "Sofia Lindqvist" is a first name.
        // "the Bank of England", "the Church of Scotland": after "of" it ends a name.
        let country_title = wi.country.is_some()
            && !(i > 0 && ws[i - 1] == "of")
            && ws.get(i + 1).zip(next).is_none_or(|(n, ni)| {
                ni.title
                    || !n.starts_with(char::is_uppercase)
                    || is_possessive(n)
                    || ni.country.is_some()
                    || ni.role.is_some()
            });
        // A capitalised role noun before the name: "Manager Declan O’Neill",
        // "Prosecutor Alastair Quayle".
        // Not a kinship noun, which is never written as a title and is a family name
        // there ("Son Heung-min"), nor a plural, which titles no one's name and is a word
        // of an organisation's ("Ministry of Refugees and Repatriation").
        let role_title = w.starts_with(char::is_uppercase)
            && i + 1 < ws.len()
            && wi.role.is_some_and(|(c, plural)| c.of_person() && !plural)
            && !given_name_before_family_name(w, ws[i + 1], next)
            && !matches!(
                w,
                "Son"
                    | "Daughter"
                    | "Wife"
                    | "Husband"
                    | "Grandson"
                    | "Granddaughter"
                    | "Nephew"
                    | "Niece"
                    | "Cousin"
                    | "Widow"
            );
        // "California-based", "24-year-old", "Kyiv-born": descriptors, not names.
        let descriptor = crate::lexicon::is_descriptor(w);
        // "Tan Sri Lee Boon Hock", "Puan Sri …": Malaysian honorifics of two words, whose
        // first is a family name alone ("Tan Cheng Bock") and second a given name's part
        // ("Sri Mulyani Indrawati").
        let malay_honorific = w == "Sri" && i > 0 && matches!(ws[i - 1], "Tan" | "Puan");
        // "Captain 3rd Rank", "Sergeant 1st Class": a rank with an ordinal.
        let ordinal_rank = i > 0 && crate::lexicon::is_ordinal_rank(ws[i - 1], w)
            || ws
                .get(i + 1)
                .is_some_and(|n| crate::lexicon::is_ordinal_rank(w, n));
        // "Don Eusebio Garza Treviño", "Doña María Elena Ruiz": Spanish courtesy titles
        // before a full name ("Don" before a family name alone is a given name: "Don
        // Lemon").
        let spanish_courtesy = i == 0
            && match w {
                "Doña" => ws.len() >= 3,
                "Don" => ws.len() >= 4 || ws.len() == 3 && GIVEN_NAMES.contains_key(ws[1]),
                _ => false,
            };
        // "broker Ko Zaw Lin Aung", "Ma Mya Mya Thein", the Fijian "Adi Litia Naivalu":
        // honorifics that are also words of names ("Khin Maung Nyein", "Adi Godrej") are
        // titles only where the name opens, before two or more of its words, and not
        // before a Chinese given name ("Ma Ying-jeou").
        let courtesy_where_name_opens = crate::lexicon::is_courtesy_name_word(w)
            && !ws.get(i + 1).is_some_and(|n| is_syllabic_given_name(n))
            && (i == 0 || last_title == Some(i - 1))
            && ws.len() - i >= 3;
        // "Mohd Rizal bin Haji Abdul Latif": after "bin" or "binti" (the Gulf's "bint")
        // comes the father's name, his "Haji" with it.
        let fathers = i > 0 && son_of(ws[i - 1]);
        // "Sheikh Sultan bin Majid Al Falasi", "Sheikh Sultan said": the word after
        // "Sheikh", and the word before "bin", is a given name, whatever else it is.
        // (Asked only of a word read as a title, the last test below: most are not.)
        let given = || {
            let after_sheikh =
                i > 0 && matches!(ws[i - 1], "Sheikh" | "Sheikha" | "Shaikh" | "Shaikha");
            // "CM Hina Pervaiz Sheikh": a title that is also a family name ends the name
            // after a word of it.
            let family_name_last = i + 1 == ws.len()
                && i >= 1
                && last_title != Some(i - 1)
                && ws[i - 1].starts_with(char::is_uppercase)
                && matches!(
                    w,
                    "Sheikh" | "Shaikh" | "Sultan" | "Malik" | "Mirza" | "Syed"
                );
            after_sheikh || ws.get(i + 1).is_some_and(|n| son_of(n)) || family_name_last
        };
        let titled = !fathers
            && (wi.title
                || malay_honorific
                || courtesy_where_name_opens
                || spanish_courtesy
                || ordinal_rank
                || is_possessive(w)
                || owner
                || lower_word
                || country_title
                || role_title
                || descriptor)
            && !given();
        if country_title && let Some(c) = wi.country {
            country.get_or_insert(c);
        }
        if titled {
            last_title = Some(i);
            last_title_listed = wi.title;
        }
        i += 1;
    }
    let (mut title, mut name) = ws.split_at(last_title.map_or(0, |t| t + 1));
    // "Doctors Without Borders", "Reporters Without Borders": a preposition with a capital
    // is a word of a name in title case, and so is a plural role noun before it (a
    // person's title is singular: "Minister For Health Ana Reyes" keeps hers).
    if name
        .first()
        .is_some_and(|w| crate::lexicon::is_title_case_preposition(w))
        && let [only] = title
        && only.ends_with('s')
    {
        (title, name) = (&ws[..0], ws);
    }
    // "Officer-in-Charge of Ashulia Police Station Md Abu Sayeed Miah": a police unit
    // after "Police" is the post's, not the person's first name.
    if !name.is_empty() && title.last().is_some_and(|w| *w == "Police") && is_police_unit(name[0]) {
        (title, name) = ws.split_at(title.len() + 1);
    }
    // "Minister of Transport and Communications Yousuf Al Rahbi": a title with "of" runs
    // on in capitals, so the person is the last two words (three with a particle).
    // `title` and `name` are `ws` split in two, so the last word of `name` is the last of
    // `ws` whenever `name` is not empty (until a person's employer is cut off after "of"
    // below, which clears this).
    let mut last_org_head = ws
        .last()
        .is_some_and(|w| last_two[1].unwrap_or_else(|| name_entry(w)).org_head);
    // "Secretary of the Treasury Scott Bessent", "Minister of the Interior Ali Khan": so
    // does a listed title with "of the".
    // "US envoy to Ukraine Keith Kellogg", "Ambassador to the UN Linda Thomas-Greenfield":
    // and so does a post "to" a place or body.
    // "Minister for Europe Stephen Doughty", "Secretary for Security Chris Tang": and so
    // does one with "for".
    let runs_on = last_title_listed && matches!(name.first(), Some(&("of" | "for"))) && name.len() >= 4
            || title.len() >= 3
                && title.ends_with(&["of", "the"])
                && TITLES.contains(title[title.len() - 3])
                && name.len() >= 3
            || (title.ends_with(&["to"]) || title.ends_with(&["to", "the"])) && name.len() >= 3
            // "Minister for Finance and Revenue Ali Khan": no name opens with "and", so a
            // portfolio joined to a listed one runs on too.
            || name.first() == Some(&"and") && name.len() >= 4;
    // "Minister for Foreign Affairs Penny Wong", "Coordinating Minister for Human
    // Development and Cultural Affairs Wiratmoko": a minister's or secretary's post with
    // "for" or "of" ends at its last portfolio word, and the name is what follows it.
    let portfolio_end = ws
        .iter()
        .position(|w| matches!(*w, "for" | "of"))
        .filter(|&f| {
            // "Undersecretary of the Ministry of Electricity, Water and Renewable Energy".
            ws[..f].iter().any(|w| {
                // "Leader of Opposition Rajendra Singh Parihar" (`portfolios.txt`).
                matches!(*w, "Minister" | "Secretary" | "Commissioner" | "Leader")
                    || w.len() > 9 && (w.ends_with("secretary") || w.ends_with("-Secretary"))
            })
        })
        .and_then(|f| {
            (f + 1..ws.len().saturating_sub(1))
                .rev()
                .find(|&j| crate::lexicon::is_portfolio(ws[j]))
        })
        .filter(|&j| {
            ws[j + 1..]
                .iter()
                .all(|w| w.starts_with(char::is_uppercase))
        });
    // "The Minister of Agriculture, Fisheries, Water and Land Reform said": a last
    // portfolio of two words ends the phrase, and no one is named in it.
    if let Some(k) = post_over_body_name(ws)
        && !last_org_head
    {
        (title, name) = ws.split_at(k);
    } else if let Some(j) = portfolio_end
        && !last_org_head
    {
        if j + 2 == ws.len() && crate::lexicon::is_portfolio(ws[j + 1]) {
            (title, name) = (ws, &ws[ws.len()..]);
        } else {
            // "… Finance and Revenue Senator Mian Arsalan Jahangir": a title after the post.
            let titles = ws[j + 1..ws.len() - 1]
                .iter()
                .take_while(|w| name_entry(w).title)
                .count();
            (title, name) = ws.split_at(j + 1 + titles);
        }
    } else if runs_on && !last_org_head {
        let particle = name.len() >= 4
            && last_two[0]
                .unwrap_or_else(|| name_entry(ws[ws.len() - 2]))
                .particle;
        // "… Aigerim Dosmukhamed kyzy", "… Nurlan Mukhtaruly Seitkali": a patronymic word
        // is a third.
        let patronymic = name.len() >= 4
            && (ws.last().is_some_and(|w| is_patronymic(w))
                || crate::lexicon::is_russian_patronymic(ws[ws.len() - 2]));
        // The title takes over all but the last two words (three with a particle or a
        // patronymic).
        (title, name) = ws.split_at(ws.len() - if particle || patronymic { 3 } else { 2 });
        // "the MP for Harrowden and Lyle": a place of two names, and no person; nor is
        // "the MP for Inverness and West Ross-shire", whose last place is two words.
        if name.first() == Some(&"and") || title.last() == Some(&"and") {
            (title, name) = (ws, &ws[ws.len()..]);
        }
    } else if title.iter().any(|w| matches!(*w, "of" | "for"))
        && let [only] = name
        && with_lower(only, crate::lexicon::role_lookup).is_some_and(|(_, plural)| plural)
    {
        // "the Association of Chief Police Officers", "the Federation of Police Officers":
        // a people's role in the plural ends an organisation's name; no person is called
        // "Officers".
        (title, name) = (&ws[..0], ws);
    } else if name.first().is_some_and(|w| matches!(*w, "of" | "for"))
        && !last_title_listed
        && let [.., last] = title
        && last.starts_with(char::is_uppercase)
    {
        // "the band Kings of Leon": no name opens with "of"; the capitalised word before
        // it is the name's first, not a title ("Kings").
        (title, name) = ws.split_at(title.len() - 1);
    }
    // "The Kurdistan Region’s Ministry of Finance and Economy": no name opens with "and";
    // after an organisation's word that ran into the title ("Finance" is a title word),
    // the whole phrase is the organisation's name.
    if name.first() == Some(&"and") && title.iter().any(|w| is_org_head(w)) {
        (title, name) = (&ws[..0], ws);
    }
    // "Chairman PTI Imran Khan", "President PML-N Shehbaz Sharif": a party's or body's
    // initials between a title and two or more name words are the post's, not the name's.
    // After a courtesy title the word in capitals is the family name, as francophone copy
    // writes it first: "Mr OUATTARA Lanciné Abdoul".
    if !title.is_empty()
        && !title.last().is_some_and(|w| is_courtesy(w))
        && let [abbr, rest @ ..] = name
        && rest.len() >= 2
        && rest
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) && !is_initials(w))
        && abbr
            .split('-')
            .all(|p| p.bytes().all(|b| b.is_ascii_uppercase()))
        && abbr.bytes().filter(u8::is_ascii_uppercase).count() >= 2
    {
        (title, name) = ws.split_at(ws.len() - rest.len());
    }
    // "Stephen King", "John Major", "Julie Bishop": a title word right after a given name
    // that ends the phrase is the family name.
    if name.is_empty()
        && let [.., given, last] = ws
        && last.starts_with(char::is_uppercase)
        && GIVEN_NAMES.contains_key(given)
        && !name_entry(given).title
    {
        (title, name) = ws.split_at(ws.len() - 2);
    }
    // "teacher Sri said": a title that is also a given name, alone at the phrase's end,
    // is the name (Indonesian copy names people by one name; "Sri B. Venkateswara Rao"
    // keeps it a title before a name).
    if name.is_empty()
        && let [.., last] = ws
        && GIVEN_NAMES.contains_key(last)
        && TITLES.contains(last)
    {
        (title, name) = ws.split_at(ws.len() - 1);
    }
    // "Newsagent Colin Marsh", "Farmer Jane Doe": a capitalised word the lists do not know
    // before a given name and a family name is a post, capitalised as the sentence's
    // first word ("Mary Jane Smith" opens with a given name and stays one name), when it
    // is made as agent nouns are: "Pushpa Raj Khatiwada" and "Peigi Anna NicÌomhair" open
    // with given names the lists do not know.
    if title.is_empty()
        && let [first, given, last] = name
        && last.starts_with(char::is_uppercase)
        && first.starts_with(char::is_uppercase)
        && GIVEN_NAMES.contains_key(given)
        && !GIVEN_NAMES.contains_key(first)
        && name_entry(first).is_plain()
        && agent_noun_ending(first)
    {
        (title, name) = ws.split_at(ws.len() - 2);
    }
    // "Analyst Stacy Rasgon of Bernstein", "Paul Ashworth of Capital Economics": two
    // capitalised words before "of", after a person's post or a courtesy title or opening
    // with a given name, are a person, and what follows is where they work ("Bank of
    // England" opens with no given name and follows no post).
    // "Sofie De Smet of BTB-ABVV": so are two or more before "of" and an organisation's
    // initials alone after it (groups joined by hyphens), whatever the given name; and
    // before a firm whose name ends in its legal form ("Adrienne Castellano of Pruitt
    // Halloran & Weiss LLP").
    if let Some(at) = name.iter().position(|w| *w == "of")
        && at >= 2
        && (GIVEN_NAMES.contains_key(name[0])
            || title.last().is_some_and(|w| with_lower(w, one_person_post))
            // "Mr Ephraim Tshuma of Sigangatsha Village": a courtesy title names a person.
            || title.last().is_some_and(|w| is_courtesy(w))
            || matches!(&name[at + 1..], [initials] if initials.split('-').all(is_initials))
            || name.len() > at + 2
                && name
                    .last()
                    .is_some_and(|w| crate::lexicon::is_legal_form(w))
            // "Rahmawati Sembiring of Sulawesi Mining Watch": an organisation's name of
            // two words or more after it, its kind last.
            || name.len() > at + 2 && name.last().is_some_and(|w| name_entry(w).org_head))
        && name[..at].iter().all(|w| w.starts_with(char::is_uppercase))
        && !name[..at].iter().any(|w| name_entry(w).org_head)
    {
        name = &name[..at];
        // The organisation's word ("Paul Ashworth of Halden Bank") ends the employer's
        // name, not the person's.
        last_org_head = false;
    }
    let org = if name.is_empty() {
        // "the Kremlin", "the White House", "Russia’s Foreign Ministry" — but not a country
        // with descriptors ("the 24-year-old Colombia international").
        // On the stack: a name phrase has a handful of words.
        let caps: Words = ws
            .iter()
            .copied()
            .filter(|w| w.starts_with(char::is_uppercase))
            .collect();
        // (Joined into a new string only when there are words to join.)
        let institution = match &caps[..] {
            [only] => crate::lexicon::INSTITUTIONS.contains(only),
            _ => crate::lexicon::INSTITUTIONS.contains(caps.join(" ").as_str()),
        } || caps
            .last()
            .is_some_and(|w| crate::lexicon::INSTITUTIONS.contains(w));
        (!caps.is_empty()
            && (institution || last_org_head || body_without_post(ws, &caps, org_words != 0)))
        .then(|| join_words(ws))
    } else if last_org_head
        // "Johnson & Johnson", "Procter & Gamble".
        || name.iter().any(|w| matches!(*w, "of" | "for" | "&"))
        || name
            .iter()
            .skip(1)
            .any(|w| crate::lexicon::is_title_case_preposition(w))
        // A listed institution or news agency named alone ("Xinhua reported", "Interfax
        // said"): the list's one-word names.
        || matches!(name, [only] if crate::lexicon::INSTITUTIONS.contains(only))
        || name.len() >= 2
            && org_word_opens(
                org_words & (1 << (ws.len() - name.len()).min(63)) != 0,
                name[0],
            )
    {
        // "German carmaker Halden Motors": a descriptor with a lower-case word is not part
        // of the organisation's name; "Russia’s Foreign Ministry", "US Department of State"
        // keep their owner. The name runs from the word after the descriptor's last
        // lower-case word: "the main opposition Republican People’s Party" keeps the
        // owner inside its name.
        // So is a descriptor in capitals: "State-run Taiwan Power Co.".
        // So is a capitalised kind of company at the sentence's start ("Lender Aldgate
        // Bank", "Rival Altamira Devices").
        let described = title.iter().rposition(|w| {
            w.starts_with(|c: char| c.is_lowercase()) && !is_possessive(w) && {
                let c = word_class(w);
                !(c.conj || c.prep || c.det)
            } || crate::lexicon::is_descriptor(w)
                || TITLES.contains(w)
                    && with_lower(w, |l| l == "rival" || crate::lexicon::ORG_NOUNS.contains(l))
        });
        Some(join_words(described.map_or(ws, |d| &ws[d + 1..])))
    } else {
        None
    };
    NameParts {
        title,
        name,
        country,
        org,
    }
}

/// Whether `ws` is an organisation word joined by "of the" (or "for the") to the
/// capitalised words that end the phrase: "Ministry of the Interior", "Office of the
/// President", "Bank of the Philippine Islands". Not a person's post ("Secretary of the
/// Treasury Scott Bessent": no organisation word) nor a name after the organisation
/// ("Ministry of the Interior spokesman Ali Khan": a given name among the words).
fn org_of_the(ws: &[&str]) -> bool {
    let Some(at) = ws
        .windows(2)
        .position(|p| matches!(p[0], "of" | "for") && p[1] == "the")
    else {
        return false;
    };
    let rest = &ws[at + 2..];
    at >= 1
        && ws[0].starts_with(char::is_uppercase)
        && (is_org_head(ws[at - 1]) || plural_name_head(&ws[..at]))
        && (1..=3).contains(&rest.len())
        && rest
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) && !GIVEN_NAMES.contains_key(w))
}

/// "the Ministry of Finance", "the Ministry of Foreign Affairs", "the Department of Home
/// Affairs and Security": an organisation's word, "of" or "for", and capitalised words to
/// the end that open and close on portfolios, after an owner or a lower-case modifier at
/// most ("the federal Department of …"). The portfolios may be title words too ("Finance
/// Minister", "Foreign Minister"), but after the organisation's word they name its
/// remit, not a post. `Some` of where the name starts: with its owner, after its
/// modifier.
fn org_of_portfolios(ws: &[&str]) -> Option<usize> {
    // After an owner ("China’s Ministry of Foreign Affairs"), its mark a word of its own
    // or not. (Asked of every name phrase: the "of" or "for" first.)
    let joiner_at = |k: usize| ws.get(k).is_some_and(|w| matches!(*w, "of" | "for"));
    let (from, ws) = match ws {
        _ if joiner_at(1) => (0, ws),
        [_, mark, rest @ ..] if joiner_at(3) && is_possessive(mark) => (0, rest),
        [owner, rest @ ..] if joiner_at(2) && without_possessive(owner).len() < owner.len() => {
            (0, rest)
        }
        // "the federal Department of …": a lower-case word that describes the body.
        [modifier, rest @ ..]
            if joiner_at(2)
                && modifier.bytes().all(|b| b.is_ascii_lowercase())
                && word_class(modifier) == crate::lexicon::WordClasses::default() =>
        {
            (1, rest)
        }
        _ => return None,
    };
    // (The joiner was read above.)
    let [first, _, rest @ ..] = ws else {
        return None;
    };
    (first.starts_with(char::is_uppercase)
        && is_org_head(first)
        && rest.first().is_some_and(|w| crate::lexicon::is_portfolio(w))
        && rest.last().is_some_and(|w| crate::lexicon::is_portfolio(w))
        // "… of Foreign Affairs and International Cooperation": capitals between; a list
        // of portfolios keeps its commas, and a portfolio may take "the" ("…, Energy,
        // the Environment and Water").
        && rest.iter().enumerate().all(|(k, w)| {
            w.starts_with(char::is_uppercase)
                || matches!(*w, "and" | "&" | ",")
                || *w == "the" && rest.get(k + 1).is_some_and(|p| crate::lexicon::is_portfolio(p))
        }))
    .then_some(from)
}

/// Whether `head`, the words before "of the", is one capitalised plural of a role noun,
/// which opens a group's name: "Friends of the Earth", "Sisters of the Holy Cross" (see
/// [`crate::lexicon::is_plural_role_noun`]).
fn plural_name_head(head: &[&str]) -> bool {
    let [w] = head else {
        return false;
    };
    w.starts_with(char::is_uppercase)
        && crate::lexicon::is_plural_role_noun(w)
        && !TITLES.contains(w)
        && !GIVEN_NAMES.contains_key(w)
}

/// Where the name starts when `ws` is a describing title ending in a lower-case word
/// followed by a name of [`org_of_the`] or [`org_with_the`]: "charity Save the
/// Children", "Aid group Save the Children", "campaign group Friends of the Earth".
fn described_org_with_the(ws: &[&str]) -> Option<usize> {
    // A title word and three of the name at least; most phrases are shorter.
    if ws.len() < 4 {
        return None;
    }
    let at = 1 + ws.iter().rposition(|w| {
        !w.starts_with(char::is_uppercase) && !matches!(*w, "the" | "of" | "for" | "and")
    })?;
    let name = &ws[at..];
    (org_of_the(name) || org_with_the(name)).then_some(at)
}

/// Whether `ws` is an organisation's name with "on" after its head: "Senate Committee on
/// Foreign Relations", "Council on Foreign Relations" ("Foreign" there is no title).
fn org_on(ws: &[&str]) -> bool {
    ws.iter().position(|w| *w == "on").is_some_and(|p| {
        p > 0
            && p + 1 < ws.len()
            && is_org_head(ws[p - 1])
            && ws
                .iter()
                .all(|w| *w == "on" || w.starts_with(char::is_uppercase) || *w == "and")
    })
}

/// Whether `ws` is a name with "the" for its second word between capitalised ones: "Save
/// the Children", "Stop the War Coalition". The attribution grammar takes such a phrase
/// whole only when its first word opens the clause and is no opener or adverb.
fn org_with_the(ws: &[&str]) -> bool {
    (3..=5).contains(&ws.len())
        && ws[1] == "the"
        && ws[0].starts_with(char::is_uppercase)
        && ws[2..]
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) && !GIVEN_NAMES.contains_key(w))
}

/// Whether a phrase of titles and places only (`ws`, its capitalised words `caps`) is
/// an organisation all the same: initials ("NHS England", "BBC Scotland"), an
/// organisation word ("Police Scotland") or a name joined by "for" or "of" ("Transport for
/// London"). Not when it opens or ends with a person's post ("EU Commissioner", "Minister
/// for Foreign Affairs", "US President").
/// `org_word`: one of the capitalised words is an organisation word.
fn body_without_post(ws: &[&str], caps: &[&str], org_word: bool) -> bool {
    let joined = ws
        .windows(3)
        .any(|w| matches!(w[1], "for" | "of") && w[0].starts_with(char::is_uppercase));
    let body = joined
        || org_word
        || caps
            .iter()
            .any(|w| is_initials(w) && name_entry(w).country.is_none());
    if !body {
        return false;
    }
    // A post of one person: "police" and other groups are bodies ("Police Scotland").
    let post = |w: &str| {
        let e = name_entry(w);
        e.title
            || e.role.is_some_and(|(c, _)| {
                c.of_person() && !with_lower(w, crate::lexicon::is_group_role)
            })
    };
    let (Some(first), Some(last)) = (caps.first(), ws.last()) else {
        return false;
    };
    !post(first) && !post(last)
}

/// Whether a name opens with an organisation word that is no given name ("Network Rail",
/// "Radio Liberty"): it names the organisation's kind.
/// `org_head`: the word's [`name_entry`] says it is an organisation word (`split_name`
/// has it already; `kind_word` looks it up).
fn org_word_opens(org_head: bool, first: &str) -> bool {
    org_head && !GIVEN_NAMES.contains_key(first)
}

/// "NHS", "UNICEF", "BBC": two or more capital letters and nothing else.
pub(crate) fn is_initials(w: &str) -> bool {
    w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase())
}

/// Whether `w`, a role word that is also a given name, is the given name here: before a
/// capitalised word that is neither another given name nor a title or role ("Rovers
/// manager Dean Harlow", "Dean Walsh told reporters"). Before a given name it is the
/// title: "Dean Martha Minow".
fn given_name_before_family_name(
    w: &str,
    next: &str,
    next_entry: Option<crate::lexicon::NameWord>,
) -> bool {
    GIVEN_NAMES.contains_key(w)
        && next.starts_with(char::is_uppercase)
        && !GIVEN_NAMES.contains_key(next)
        && next_entry.is_none_or(|n| !n.title && n.role.is_none())
}

/// The role a name's title gives ("US President" in "US President Donald Trump"),
/// without courtesy titles ("Dr", "Sir"), which are part of how the name is written.
fn title_role(parts: &NameParts) -> Option<String> {
    // A title of the peerage is a rank, which "the noble" or "the peer" names later
    // ("Hon. Lord Ha'amoalupe" is a Lord), not a courtesy only.
    let role = join_iter(
        parts
            .title
            .iter()
            .copied()
            .filter(|t| !is_courtesy(t) || with_lower(t, is_peerage)),
    );
    (!role.is_empty()).then_some(role)
}

// Join words with spaces, but attach possessives to the word before ("Russia’s").
fn join_words(words: &[&str]) -> String {
    join_iter(words.iter().copied())
}

/// [`join_words`] of the words `words` gives, sized once from a first pass over them
/// (grown word by word, a name of three words was up to three allocations; none when
/// there is no word).
fn join_iter<'w>(words: impl Iterator<Item = &'w str> + Clone) -> String {
    let mut s = String::with_capacity(words.clone().map(|w| w.len() + 1).sum());
    for w in words {
        // No space inside brackets: "member (MMC) for water".
        if !s.is_empty() && !is_possessive(w) && !matches!(w, "," | ")") && !s.ends_with('(') {
            s.push(' ');
        }
        s.push_str(w);
    }
    s
}

/// Who issued a document the story names ([`Registry::doc_authors`]).
#[derive(Debug, Clone)]
enum DocAuthor {
    /// A speaker the registry knows.
    Entity(usize),
    /// A speaker no entity stands for ("In a statement, the ministry said …" with no
    /// ministry named): "The statement added …" is that speaker as it was resolved.
    Unresolved(Speaker),
}

#[derive(Default)]
struct Registry<'a> {
    entities: Vec<Entity>,
    /// Documents issued by a speaker, as the claims' channels give them ("…, the ministry
    /// said in a statement") or a document's phrase names its author ("the report of the
    /// Committee on …"): where the claim or phrase starts, the document's noun, its
    /// author. "The statement" after it is that speaker's (see `resolve_role_owning`).
    doc_authors: Vec<(usize, CompactString, DocAuthor)>,
    /// An "it" has shown a speaker read as a person to be an organisation
    /// (`resolve_pronoun`): the claims resolved before it are given the new kind.
    turned_org: bool,
    /// The folded words of the name being looked up (see `mention_inner`): one buffer
    /// for the document instead of a String per mention.
    fold_buffer: String,
    /// The folded names of the people (see [`Entity::folded`]), one after another, a
    /// renamed person's new name after them all.
    folded_text: String,
    /// The document's text in ASCII lower case ([`LowerView`]), at the offsets of the
    /// phrases looked up.
    lower_text: &'a str,
    /// Acronyms and other aliases (folded) → entity.
    aliases: HashMap<String, usize>,
    /// Unnamed sources introduced so far: (role head, phrase as written without article),
    /// as ranges of `unnamed_text` (see [`Registry::unnamed_sources`]), and where each was
    /// introduced.
    unnamed: Vec<(std::ops::Range<usize>, std::ops::Range<usize>, usize)>,
    /// The heads and phrases of `unnamed`, one after another: a String each was two
    /// allocations for every unnamed source introduced.
    unnamed_text: String,
    // Indices for the look-ups of `mention`, so that linking a name costs the same with
    // 20,000 people in the registry as with 20 (a scan of every entity per mention made a
    // long document quadratic). Each list is in ascending entity order; an entity whose
    // words or first name change is added under the new key and kept under the old one,
    // so a look-up re-checks the entity's current fields.
    /// Folded canonical name of each organisation → the first such entity.
    org_by_name: NameMap,
    /// Surname (folded) → people (`!org`) with it.
    by_surname: WordIndex,
    /// First word (folded) → entities whose words start with it, and organisations whose
    /// name does.
    by_first_word: WordIndex,
    /// First name (folded) → people with it; ordered for prefix look-ups ("Vlad").
    by_first_name: FirstNames,
    /// Every (offset, entity) of `Entity::mentions`, ordered: "the most recent entity that
    /// fits" walks back from the offset instead of testing every entity.
    mention_log: OffsetLog,
    /// The same for `Entity::subjects`.
    subject_log: OffsetLog,
    /// The entities that are organisations or were named in an organisation's context
    /// (`org`, or `orgish` > 0: the latter only grows while the registry is built), in
    /// order: "the company" looks among these, not through every person.
    /// A sorted vector, kept per thread ([`Spare`]), where a `BTreeSet`'s node was an
    /// allocation per document.
    org_like: Vec<usize>,
    /// Where each sentence of the body starts, ascending: "the sentence before" an offset.
    sentence_starts: Vec<usize>,
    /// Where a name was given as a person's employer ("…, an analyst at Bokeh Capital",
    /// "chief economist with Halden Bank"), ascending: no mention for "the company said"
    /// in the next sentence ([`Registry::named_just_before`]).
    employer_mentions: Vec<usize>,
    /// Bodies whose kind the story wrote after the name ("the GDL train drivers’ union"):
    /// where, which entity, the kind's noun as written ([`kind_after_name`]).
    kinds_after: Vec<(usize, usize, &'a str)>,
    /// Lone capitalised words that open a sentence as its subject and were no mention
    /// (no one known by them): (offset, word). "the company" later in the same sentence
    /// names it ([`Registry::opening_name`]).
    /// The word borrows the document's text: copied only when a company noun names it.
    opening_names: Vec<(usize, &'a str)>,
    /// One person's post opening a sentence of the body as its subject ("The Prime
    /// Minister visited the area on Tuesday."), with the sentence's paragraph, in order:
    /// the referent of a "he" or "she" that follows, as a name in that place is
    /// ([`Registry::role_subject_before`]).
    role_subjects: Vec<(usize, RawNp<'a>)>,
    /// The name phrases of the body that `split_name` split into no organisation while
    /// the registry was built, by offset: a claim's speaker is most often one of them,
    /// and is then not split again ([`Registry::split_before`]).
    splits: Vec<SplitName>,
    /// The words of those phrases, one after another.
    split_words: Vec<&'a str>,
    /// The outlet the document names in its header ("Razvilka (English edition)"):
    /// "Razvilka’s sources" are the story's own sources (see [`own_outlet_owner`]).
    outlet: &'a str,
}

/// The containers of a document's registry, kept empty on each thread from one document
/// to the next ([`Registry::from_spare`], [`Registry::recycle`]): a registry built from
/// nothing was a dozen allocations per document, and more as its maps and lists grew
/// (and as many frees).
#[derive(Default)]
struct Spare {
    entities: Vec<Entity>,
    fold_buffer: String,
    folded_text: String,
    aliases: HashMap<String, usize>,
    unnamed: Vec<(std::ops::Range<usize>, std::ops::Range<usize>, usize)>,
    unnamed_text: String,
    org_by_name: NameMap,
    by_surname: WordIndex,
    by_first_word: WordIndex,
    by_first_name: FirstNames,
    mention_log: OffsetLog,
    subject_log: OffsetLog,
    sentence_starts: Vec<usize>,
    employer_mentions: Vec<usize>,
    splits: Vec<SplitName>,
    split_words: Vec<&'static str>,
    org_like: Vec<usize>,
}

/// Containers holding more than this many entries (bytes, for the strings) are shrunk
/// before they are kept, so one huge document does not hold its memory for the life of
/// the thread. A thousand is more than a long news report fills in any of them.
const SPARE_KEEP: usize = 1024;

thread_local! {
    static SPARE: std::cell::Cell<Spare> = std::cell::Cell::default();
}

impl Spare {
    /// Empty every container (the memory kept, up to [`SPARE_KEEP`] entries).
    fn clear(&mut self) {
        // Every field named, so that one added to `Spare` and not emptied here does not
        // compile (it would carry one document's entries into the next).
        let Spare {
            entities,
            fold_buffer,
            folded_text,
            aliases,
            unnamed,
            unnamed_text,
            org_by_name,
            by_surname,
            by_first_word,
            by_first_name,
            mention_log,
            subject_log,
            sentence_starts,
            employer_mentions,
            splits,
            split_words,
            org_like,
        } = self;
        entities.clear();
        entities.shrink_to(SPARE_KEEP);
        for text in [
            fold_buffer,
            folded_text,
            unnamed_text,
            &mut by_first_name.text,
        ] {
            text.clear();
            text.shrink_to(SPARE_KEEP);
        }
        aliases.clear();
        aliases.shrink_to(SPARE_KEEP);
        unnamed.clear();
        unnamed.shrink_to(SPARE_KEEP);
        org_by_name.short.clear();
        org_by_name.short.shrink_to(SPARE_KEEP);
        org_by_name.long.clear();
        org_by_name.long.shrink_to(SPARE_KEEP);
        for index in [by_surname, by_first_word] {
            index.short.clear();
            index.short.shrink_to(SPARE_KEEP);
            index.long.clear();
            index.long.shrink_to(SPARE_KEEP);
        }
        by_first_name.names.clear();
        by_first_name.names.shrink_to(SPARE_KEEP);
        for log in [mention_log, subject_log] {
            log.0.clear();
            log.0.shrink_to(SPARE_KEEP);
        }
        for list in [sentence_starts, employer_mentions, org_like] {
            list.clear();
            list.shrink_to(SPARE_KEEP);
        }
        splits.clear();
        splits.shrink_to(SPARE_KEEP);
        split_words.clear();
        split_words.shrink_to(SPARE_KEEP);
    }
}

/// The working vectors of [`build_registry`] (the outer quotations, a name's words, the
/// people of a sentence, a sentence's tokens), kept emptied on each thread for the next
/// document as [`Spare`] keeps the registry's: four allocations per document, and the
/// tokens' growths, before.
#[derive(Default)]
struct BuildScratch {
    outer: Vec<(usize, std::ops::Range<usize>)>,
    words: Vec<&'static str>,
    people: Vec<(usize, usize)>,
    fresh: Vec<Tok<'static>>,
}

thread_local! {
    static BUILD_SCRATCH: std::cell::Cell<BuildScratch> = std::cell::Cell::default();
}

/// `v` emptied, as a vector of the same items of another lifetime (a sentence's words or
/// tokens, kept for the next document): the items are dropped first, so no borrow
/// outlives its text, and collecting a `Vec`'s own `into_iter` into a vector of the same
/// layout reuses its allocation. (Going from `'static` to a document's lifetime needs no
/// call: the vectors are covariant.)
fn relabel<T, U>(mut v: Vec<T>) -> Vec<U> {
    v.clear();
    v.into_iter().filter_map(|_| None).collect()
}

/// A name phrase [`split_name`] split into no organisation: where it starts, its words
/// (a range of [`Registry::split_words`]), and its title, name (ranges of those words)
/// and country.
struct SplitName {
    at: usize,
    words: std::ops::Range<usize>,
    title: std::ops::Range<usize>,
    name: std::ops::Range<usize>,
    country: Option<&'static str>,
}

/// The index in `outer` at which `inner` starts, if `inner` is a part of it (as
/// [`split_name`] cuts its parts from the words it is given); `None` for a slice from
/// elsewhere. A name has a handful of words, so the places are tried one by one rather
/// than subtracting addresses, which a slice from elsewhere would turn into nonsense.
fn index_within(outer: &[&str], inner: &[&str]) -> Option<usize> {
    (0..=outer.len()).find(|&k| {
        std::ptr::eq(outer[k..].as_ptr(), inner.as_ptr()) && inner.len() <= outer.len() - k
    })
}

/// How many name mentions (or subject mentions) before an offset a role, description or
/// pronoun is looked up in: "the minister", "the 79-year-old", "he" are linked to someone
/// named among the last 1,024 mentions — a hundred kilobytes or more of news text. The
/// longest fixture story (3,000 words) has fewer than 450 capitalised words in all, so
/// the bound does not apply to news copy; it keeps a document with tens of thousands of
/// speakers and role mentions that fit no one linear (each such look-up reads at most
/// this many entries, where it read every mention of every entity).
const LOOKBACK_MENTIONS: usize = 1024;

/// A set of (offset, entity) pairs in ascending order, in a sorted vector: the registry
/// is built in reading order, so nearly every pair comes after the last one and is
/// pushed, where a `BTreeSet` allocated nodes and walked them for each of the thousands
/// of mentions (and freed them all with the document). A claim's speaker, resolved
/// later, is put in place by a binary search.
#[derive(Default)]
struct OffsetLog(Vec<(usize, usize)>);

impl OffsetLog {
    /// Add a pair unless it is there already.
    #[inline]
    fn insert(&mut self, pair: (usize, usize)) {
        // (The pairs compared field by field: the tuple's `Ord` went through `Ordering`s.)
        if self
            .0
            .last()
            .is_none_or(|&(a, b)| a < pair.0 || a == pair.0 && b < pair.1)
        {
            self.0.push(pair);
        } else if let Err(k) = self.0.binary_search(&pair) {
            self.0.insert(k, pair);
        }
    }

    /// The pairs from offset `from` (inclusive) to offset `before` (exclusive), in order:
    /// the range `(from, 0)..(before, 0)` of the set.
    fn between(&self, from: usize, before: usize) -> &[(usize, usize)] {
        let lo = self.0.partition_point(|&p| p < (from, 0));
        let hi = self.0.partition_point(|&p| p < (before, 0));
        &self.0[lo..hi.max(lo)]
    }
}

/// Folded words (surnames, first words) → the entities indexed under each. A word of
/// up to 15 bytes (nearly every name's) is keyed by its bytes and length packed in an
/// integer ([`word_key`]), which is no allocation, where a `String` key was one for
/// every new word (and a free with the document); longer words are keyed by a copy.
#[derive(Default)]
struct WordIndex {
    short: HashMap<u128, IndexList>,
    long: HashMap<String, IndexList>,
}

/// A word of at most 15 bytes packed into an integer, its bytes in place and its length
/// in the top byte: two words have the same key only when they are the same word.
fn word_key(w: &str) -> Option<u128> {
    let b = w.as_bytes();
    if b.len() > 15 {
        return None;
    }
    // Two groups of eight bytes read in place (`lexicon::group`), not a copy of variable
    // length: the second holds at most seven bytes, so the top byte is free.
    let (lo, hi) = b.split_at(b.len().min(8));
    let (lo, hi) = (crate::lexicon::group(lo), crate::lexicon::group(hi));
    Some(u128::from(lo) | u128::from(hi) << 64 | (b.len() as u128) << 120)
}

/// Folded names → an entity: a name of up to 31 bytes (nearly every organisation's:
/// "kremlin", "european central bank") keyed by its bytes and length in an array
/// ([`name_key`]), which is no allocation, where a `String` key was one for every
/// organisation named; longer names are keyed by a copy.
#[derive(Default)]
struct NameMap {
    short: HashMap<[u8; 32], usize>,
    long: HashMap<String, usize>,
}

/// A name of at most 31 bytes in an array, its bytes in place and its length in the last
/// byte: two names have the same key only when they are the same name.
fn name_key(name: &str) -> Option<[u8; 32]> {
    let b = name.as_bytes();
    let len = u8::try_from(b.len()).ok().filter(|&n| n < 32)?;
    let mut key = [0u8; 32];
    key[..b.len()].copy_from_slice(b);
    key[31] = len;
    Some(key)
}

impl NameMap {
    /// The entity under `name`.
    fn get(&self, name: &str) -> Option<usize> {
        match name_key(name) {
            Some(k) => self.short.get(&k).copied(),
            None => self.long.get(name).copied(),
        }
    }

    /// Put entity `i` under `name` unless an entity is there already.
    fn insert_first(&mut self, name: &str, i: usize) {
        match name_key(name) {
            Some(k) => {
                self.short.entry(k).or_insert(i);
            }
            None => {
                if !self.long.contains_key(name) {
                    self.long.insert(name.to_string(), i);
                }
            }
        }
    }
}

impl WordIndex {
    fn reserve(&mut self, n: usize) {
        self.short.reserve(n);
    }

    /// The entities indexed under `w`.
    fn get(&self, w: &str) -> Option<&IndexList> {
        match word_key(w) {
            Some(k) => self.short.get(&k),
            None => self.long.get(w),
        }
    }

    /// The list under `w`, made empty if there is none. A long key is copied only when
    /// it is new: `entry` would take a copy for every call, and most calls add to a list
    /// already there.
    fn list(&mut self, w: &str) -> &mut IndexList {
        match word_key(w) {
            Some(k) => self.short.entry(k).or_default(),
            None => {
                if !self.long.contains_key(w) {
                    self.long.insert(w.to_string(), IndexList::default());
                }
                self.long.get_mut(w).expect("inserted above")
            }
        }
    }

    /// Append entity `i` under `w`.
    fn push(&mut self, w: &str, i: usize) {
        self.list(w).push(i);
    }

    /// Append entity `i` under `w` unless it is the last entity there already.
    fn push_new(&mut self, w: &str, i: usize) {
        index_push(self.list(w), i);
    }
}

/// The words joined by single spaces: `words.join(" ")`, sized once and copied word by
/// word rather than through the generic join.
fn join_spaced(words: &[&str]) -> String {
    let mut s = String::with_capacity(words.iter().map(|w| w.len() + 1).sum());
    for (k, w) in words.iter().enumerate() {
        if k > 0 {
            s.push(' ');
        }
        s.push_str(w);
    }
    s
}

/// First names (folded) and the people with each, ordered by name as a `BTreeMap` is,
/// in a sorted vector: a story has a dozen first names, and the tree's nodes were an
/// allocation and a walk for each. The names are kept one after another in one string,
/// where a `String` each was an allocation (and a free) per first name.
#[derive(Default)]
struct FirstNames {
    /// The names, one after another.
    text: String,
    /// Each name (a range of `text`) with the people who have it, ordered by name.
    names: Vec<(std::ops::Range<usize>, IndexList)>,
}

impl FirstNames {
    /// Record entity `i` under first name `f` (unless it is the last entity there).
    fn add(&mut self, f: &str, i: usize) {
        let text = &self.text;
        match self.names.binary_search_by(|(k, _)| text[k.clone()].cmp(f)) {
            Ok(k) => index_push(&mut self.names[k].1, i),
            Err(k) => {
                let start = self.text.len();
                self.text.push_str(f);
                let name = start..self.text.len();
                self.names.insert(k, (name, IndexList::one(i)));
            }
        }
    }

    /// The people whose first name starts with `prefix`, by name (and each name's in
    /// the order they were added).
    fn with_prefix<'s>(&'s self, prefix: &'s str) -> impl Iterator<Item = usize> + 's {
        let text = &self.text;
        let from = self
            .names
            .partition_point(|(f, _)| &text[f.clone()] < prefix);
        self.names[from..]
            .iter()
            .take_while(move |(f, _)| text[f.clone()].starts_with(prefix))
            .flat_map(|(_, v)| v.iter().copied())
    }
}

/// The entities under one key of the registry's indices. Nearly every surname, first
/// word and first name is one person's, or two: kept inline, where a vector per key was
/// an allocation (and a free) for every name registered.
type IndexList = crate::inline::Inline<usize, 2>;

/// The lowest entity index of `list` (an index list of the registry) whose entity
/// satisfies `pred`.
fn lowest_fitting(
    list: &[usize],
    entities: &[Entity],
    pred: impl Fn(&Entity) -> bool,
) -> Option<usize> {
    list.iter().copied().filter(|&i| pred(&entities[i])).min()
}

/// Append `i` to an index list unless it is already its last entry.
fn index_push(list: &mut IndexList, i: usize) {
    if list.last() != Some(&i) {
        list.push(i);
    }
}

impl<'a> Registry<'a> {
    /// An empty registry in the containers this thread's last one left ([`Spare`]).
    fn from_spare() -> Self {
        let s = SPARE.take();
        Registry {
            entities: s.entities,
            fold_buffer: s.fold_buffer,
            folded_text: s.folded_text,
            aliases: s.aliases,
            unnamed: s.unnamed,
            unnamed_text: s.unnamed_text,
            org_by_name: s.org_by_name,
            by_surname: s.by_surname,
            by_first_word: s.by_first_word,
            by_first_name: s.by_first_name,
            mention_log: s.mention_log,
            subject_log: s.subject_log,
            sentence_starts: s.sentence_starts,
            employer_mentions: s.employer_mentions,
            splits: s.splits,
            split_words: s.split_words,
            org_like: s.org_like,
            ..Registry::default()
        }
    }

    /// Keep the registry's containers, emptied, for this thread's next document.
    fn recycle(self) {
        let mut s = Spare {
            entities: self.entities,
            fold_buffer: self.fold_buffer,
            folded_text: self.folded_text,
            aliases: self.aliases,
            unnamed: self.unnamed,
            unnamed_text: self.unnamed_text,
            org_by_name: self.org_by_name,
            by_surname: self.by_surname,
            by_first_word: self.by_first_word,
            by_first_name: self.by_first_name,
            mention_log: self.mention_log,
            subject_log: self.subject_log,
            sentence_starts: self.sentence_starts,
            employer_mentions: self.employer_mentions,
            splits: self.splits,
            split_words: relabel(self.split_words),
            org_like: self.org_like,
        };
        s.clear();
        SPARE.set(s);
    }

    /// The unnamed sources introduced so far, in order: (role head, phrase).
    fn unnamed_sources(&self) -> impl DoubleEndedIterator<Item = (&str, &str)> {
        self.unnamed
            .iter()
            .map(|(h, p, _)| (&self.unnamed_text[h.clone()], &self.unnamed_text[p.clone()]))
    }

    /// Introduce an unnamed source with role head `head` and phrase `phrase`, at `at`.
    fn add_unnamed(&mut self, head: &str, phrase: &str, at: usize) {
        let text = &mut self.unnamed_text;
        let h = text.len()..text.len() + head.len();
        text.push_str(head);
        let p = text.len()..text.len() + phrase.len();
        text.push_str(phrase);
        self.unnamed.push((h, p, at));
    }

    /// Whether an unnamed source with role head `head` was introduced after entity `i`'s
    /// last mention before `at`: "Tarang managing director and CEO Gopal Venkataraman
    /// told analysts …. A senior executive at one of the telcos, who spoke on condition
    /// of anonymity, said …. “…,” the executive said" is that executive again.
    fn unnamed_since(&self, head: &str, i: usize, at: usize) -> bool {
        let last = self.entities[i]
            .mentions
            .iter()
            .copied()
            .filter(|&m| m < at)
            .max();
        self.unnamed.iter().any(|(h, _, pos)| {
            *pos < at && last.is_none_or(|l| l < *pos) && &self.unnamed_text[h.clone()] == head
        })
    }

    /// The organisation (or alias) with folded name `f`.
    fn find_org(&self, f: &str) -> Option<usize> {
        self.org_by_name
            .get(f)
            .or_else(|| self.aliases.get(f).copied())
    }

    /// "The Commission said" after "the European Commission", "the Bank" after "the Bank
    /// of England": an organisation's head word alone, capitalised (`org`, folded
    /// `folded`), is the organisation with that word in its name mentioned last before
    /// `at`; a capitalised phrase ending in the head, the organisation whose name ends in
    /// the phrase ("the Police Department" after "the Garrison County Police
    /// Department").
    fn org_by_head(&self, org: &str, folded: &str, at: usize) -> Option<usize> {
        if self.org_like.is_empty() || !org.starts_with(char::is_uppercase) {
            return None;
        }
        let multi = folded.contains(' ');
        let head = org.rsplit(' ').next().unwrap_or(org);
        // For a phrase, a longer name ending in its last word, asked as written before
        // any folding or look-up: a multi-word organisation's first mention (nearly every
        // one) has none.
        let ends_alike = |e: &Entity| e.canonical.len() > org.len() && e.canonical.ends_with(head);
        if multi && !self.org_like.iter().any(|&i| ends_alike(&self.entities[i])) {
            return None;
        }
        if !is_org_head(head) || multi && !org.split(' ').all(|w| w.starts_with(char::is_uppercase))
        {
            return None;
        }
        let fits = |f: &str| {
            if multi {
                f.len() > folded.len()
                    && f.ends_with(folded)
                    && f.as_bytes()[f.len() - folded.len() - 1] == b' '
            } else {
                f.split(' ').any(|w| w == folded)
            }
        };
        self.org_like
            .iter()
            .filter_map(|&i| {
                let e = &self.entities[i];
                if multi && !ends_alike(e) {
                    return None;
                }
                let last = e.mentions.iter().copied().filter(|&m| m < at).max()?;
                // Folded on the stack, as the look-up of "the council" folds names.
                (e.org && e.canonical.contains(' ') && with_folded(&e.canonical, fits))
                    .then_some((last, i))
            })
            .max()
            .map(|(_, i)| i)
    }

    /// Record the index keys of entity `i` (after it was created or its words or first
    /// name changed).
    fn index(&mut self, i: usize) {
        let e = &self.entities[i];
        // The first word, cut once: it is the first name too when the name gives one
        // (`Entity::first_name`).
        let Some(w) = e.first_folded(&self.folded_text) else {
            return;
        };
        self.by_first_word.push_new(w, i);
        if e.has_first {
            self.by_first_name.add(w, i);
        }
    }

    /// The first entity (lowest index) indexed under the folded first word `first` that
    /// satisfies `pred`, a test that includes the first word.
    fn first_with_first_word(&self, first: &str, pred: impl Fn(&Entity) -> bool) -> Option<usize> {
        // The list may hold an entity twice and out of order (see `by_first_word`): the
        // lowest index that fits is the one an ordered scan would find first.
        lowest_fitting(self.by_first_word.get(first)?, &self.entities, pred)
    }

    /// Link a name mention to an entity (creating one), returning its index.
    fn mention(
        &mut self,
        parts: &NameParts,
        at: usize,
        create: bool,
        subject: bool,
    ) -> Option<usize> {
        let i = self.mention_inner(parts, at, create)?;
        if subject {
            self.entities[i].subjects.push(at);
            self.subject_log.insert((at, i));
        }
        Some(i)
    }

    fn mention_inner(&mut self, parts: &NameParts, at: usize, create: bool) -> Option<usize> {
        if let Some(org) = &parts.org {
            // Borrowed when already collapsed, and folded once for the look-up and the
            // index: most mentions of an organisation find it, and the copies were made
            // only to be dropped.
            let org = crate::segment::collapsed(org);
            // Folded into the registry's buffer (see `fold_buffer`), and copied only for
            // a new organisation's key.
            let mut buf = std::mem::take(&mut self.fold_buffer);
            buf.clear();
            push_folded(&mut buf, &org);
            let found = self
                .find_org(&buf)
                .or_else(|| self.org_by_head(&org, &buf, at));
            if found.is_some() || !create {
                self.fold_buffer = buf;
                let i = found?;
                self.note_mention(i, at);
                return Some(i);
            }
            // Indexed by its first word too, for "Halden" after "Halden Motors" (the
            // look-ups of people by first word ask for folded words an organisation
            // does not have, so they pass over it).
            if let Some(w) = buf.split(' ').next() {
                self.by_first_word.push(w, self.entities.len());
            }
            self.org_by_name.insert_first(&buf, self.entities.len());
            self.fold_buffer = buf;
            self.entities.push(Entity {
                canonical: org.into_owned(),
                folded: 0..0,
                folded_len: 0,
                has_first: false,
                role: None,
                known_role: None,
                country: parts.country,
                org: true,
                person: false,
                person_by_speech: false,
                gender: None,
                mentions: first_mention(at),
                subjects: Mentions::default(),
                typed_org: false,
                orgish: 0,
                role_mentions: Vec::new(),
                age: None,
                us_label: None,
            });
            let i = self.entities.len() - 1;
            self.mention_log.insert((at, i));
            // The newest entity: after every entity in the list, which stays sorted.
            debug_assert!(self.org_like.last() < Some(&i));
            self.org_like.push(i);
            return Some(i);
        }
        // Neither a name nor an organisation (a title alone): no one to mention.
        if parts.name.is_empty() {
            return None;
        }
        // Each word folded once, into one string (the words joined by spaces), which the
        // look-ups below borrow: most mentions are of someone already known, and a String
        // per word was made only to be dropped. (Folding is per character and a space is
        // its own fold, so the folded words joined are the joined words folded; a word
        // is a token's text and holds no space.) The string is the registry's own, kept
        // from one mention to the next.
        let mut joined = std::mem::take(&mut self.fold_buffer);
        joined.clear();
        fold_joined_into(&mut joined, parts.name);
        let found = self.mention_name(parts, at, create, &joined);
        self.fold_buffer = joined;
        found
    }

    /// [`mention_inner`](Self::mention_inner) of a personal name (no organisation),
    /// `joined` its words folded and joined by spaces.
    fn mention_name(
        &mut self,
        parts: &NameParts,
        at: usize,
        create: bool,
        joined: &str,
    ) -> Option<usize> {
        let name = parts.name;
        // The folded words are `joined` cut at its spaces (a word holds none, so there
        // are `name.len()` of them): only the first and the last are needed on their own,
        // cut from it here, and a run of words is compared as a prefix of the string.
        // (Collected into a list, they were a dozen slots set up and a walk by
        // characters for each mention.)
        debug_assert_eq!(joined.split(is_space).count(), name.len());
        if name.is_empty() {
            return None;
        }
        let bytes = joined.as_bytes();
        let first_word = &joined[..bytes.iter().position(|&b| b == b' ').unwrap_or(bytes.len())];
        let mut surname = &joined[bytes.iter().rposition(|&b| b == b' ').map_or(0, |k| k + 1)..];
        // "Ernesto “Bong” Lacsamana Jr.": a generational suffix is no surname; the word
        // before it is ("Lacsamana said").
        if name.len() >= 2 && matches!(surname, "jr." | "jr" | "sr." | "sr" | "ii" | "iii" | "iv") {
            let rest = joined[..joined.len() - surname.len()].trim_end();
            surname = &rest[rest.rfind(' ').map_or(0, |k| k + 1)..];
        }
        if !self.aliases.is_empty()
            && let Some(&i) = self.aliases.get(joined)
        {
            self.note_mention(i, at);
            return Some(i);
        }
        // "Ms Al Balushi", "Mr de Gaulle": a particle opens the surname, not a first name.
        let particle_first = name.len() >= 2 && crate::lexicon::is_name_particle(name[0]);
        let first = (name.len() >= 2 && !particle_first).then_some(first_word);
        let same_surname: &[usize] = self.by_surname.get(surname).map_or(&[], |l| &l[..]);
        // The entities indexed under the first word, looked up once for the three tests
        // below that ask for them (`first_with_first_word`'s look-up, each time).
        let same_first: &[usize] = self.by_first_word.get(first_word).map_or(&[], |l| &l[..]);
        // "Dmitry Olegovich added" after "Dmitry Trofimov": a first name and a
        // patronymic are the person first named with that first name.
        if let [_, patronymic] = name
            && crate::lexicon::is_russian_patronymic(patronymic)
            && let Some(i) = lowest_fitting(same_first, &self.entities, |e| {
                e.person && e.has_first && !e.org
            })
        {
            self.note_mention(i, at);
            return Some(i);
        }
        // "Halden, which employs 48,000 people, said" after "Halden Motors": the first
        // words of an organisation's name, when no one has them as a surname.
        if same_surname.is_empty()
            && let Some(i) = lowest_fitting(same_first, &self.entities, |e| {
                e.org && folded_opens_with_words(&e.canonical, joined)
            })
        {
            self.note_mention(i, at);
            return Some(i);
        }
        let existing = same_surname
            .iter()
            .map(|&i| (i, &self.entities[i]))
            .filter(|(_, e)| match (first, e.first_name(&self.folded_text)) {
                (Some(a), Some(b)) => {
                    a == b
                        || a.starts_with(b)
                        || b.starts_with(a)
                        // "K.T. Zhakupov", "J. Smith": initials of the first name.
                        || initials(a).is_some_and(|c| b.starts_with(c))
                        // "Evgeny Kolesnikov" after "Yevgeny Kolesnikov": another
                        // transliteration of the first name.
                        || crate::compare::speakers::translit_key(a)
                            == crate::compare::speakers::translit_key(b)
                        // "Oliveira Reis" for "Marta Oliveira Reis", "López Obrador": the
                        // last words of the full name are a surname of several words.
                        || e.folded(&self.folded_text)
                            .strip_suffix(joined)
                            .is_some_and(|rest| rest.ends_with(' '))
                }
                _ => true,
            })
            // Two people with one surname: a bare surname means the one introduced first
            // (the story's subject); the other is usually named in full.
            .min_by_key(|(_, e)| {
                if first.is_some() {
                    usize::MAX - e.mentions.last().copied().unwrap_or(0)
                } else {
                    e.mentions.first().copied().unwrap_or(0)
                }
            })
            .map(|(i, _)| i)
            .or_else(|| {
                // "Halcyon" after "Halcyon Compute", "Maple Leaf" after "Maple Leaf Foods":
                // the first words of an organisation-like name. A person's take two words
                // or more and no one else's surname: "Mohd Hafizuddin" after "Mohd
                // Hafizuddin Abdul Karim" (a Malay name ends in the father's), "Mary Ann"
                // after "Mary Ann Evans".
                let person_ok = name.len() >= 2 && same_surname.is_empty();
                lowest_fitting(same_first, &self.entities, |e| {
                    (!e.person || person_ok)
                        && e.folded_len > name.len()
                        && opens_with_words(e.folded(&self.folded_text), joined)
                })
            })
            .or_else(|| {
                // A lone first name or its short form ("Vlad" for Vladimir) of someone
                // already named in full; a short word only as the whole first name ("Xi"
                // after "Xi Jinping": Chinese and Korean names put the family name first).
                let letters = surname.chars().count();
                let short = letters < 4;
                (name.len() == 1 && letters >= 2)
                    .then(|| {
                        // Every first name that starts with the word, an entity perhaps more
                        // than once and out of order: of those most recently mentioned, the
                        // last in entity order, as a walk of them sorted would find (and
                        // no vector to sort them in).
                        self.by_first_name
                            .with_prefix(surname)
                            .map(|i| (i, &self.entities[i]))
                            .filter(|(_, e)| {
                                !e.org
                                    && e.person
                                    && e.first_name(&self.folded_text).is_some_and(|f| {
                                        if short {
                                            f == surname
                                        } else {
                                            f.starts_with(surname)
                                        }
                                    })
                            })
                            .max_by_key(|&(i, e)| (e.mentions.last().copied().unwrap_or(0), i))
                            .map(|(i, _)| i)
                    })
                    .flatten()
            });
        let role = title_role(parts);
        // What makes the name a person's, and its sex, is looked up only for what the
        // entity does not know yet: most mentions are of someone known, whose gender,
        // background and personhood were settled when first named.
        // A people's role in the plural owns the title ("the doctors' trade union LOZ"):
        // it makes no one a person.
        let person_title = || {
            parts.title.iter().any(|t| {
                is_honorific(t)
                    || TITLES.contains(t)
                    || with_lower(t, role_lookup)
                        .is_some_and(|(c, plural)| c.of_person() && !plural)
            })
        };
        // A given name only opens a name of two words or more: a lone word is not looked
        // up.
        let gender_of = || {
            name.first()
                .filter(|_| name.len() >= 2)
                .and_then(|f| GIVEN_NAMES.get(f).copied())
                .or_else(|| {
                    parts
                        .title
                        .iter()
                        .find_map(|t| match t.trim_end_matches('.') {
                            "Mr" | "Sir" | "Lord" | "King" | "Prince" | "Mkhulu" => {
                                Some(Gender::Male)
                            }
                            "Mrs" | "Ms" | "Miss" | "Dame" | "Lady" | "Queen" | "Princess"
                            | "Gogo" => Some(Gender::Female),
                            // A parent's title gives the sex, and so makes a person.
                            t => parent_title(t),
                        })
                })
        };
        let fig_of = || figure_of_ends((name.len() >= 2).then_some(first_word), surname);
        // "Maple Leaf" first, "Maple Leaf Foods Inc." later: the fuller name extends it,
        // when what it adds is a legal form or an organisation's word. Other words after a
        // short name already known make something else of it: a product or a unit
        // ("Fennec Card" after "Fennec", "Google Cloud", "Gazprom Neft").
        let existing = existing.or_else(|| {
            lowest_fitting(same_first, &self.entities, |e| {
                !e.person
                    && e.folded_len > 0
                    && e.folded_len < name.len()
                    && opens_with_words(joined, e.folded(&self.folded_text))
                    && name[e.folded_len..]
                        .iter()
                        .any(|w| crate::lexicon::is_legal_form(w) || is_org_head(w))
            })
        });
        match existing {
            Some(i) => {
                let e = &mut self.entities[i];
                e.mentions.push(at);
                if let Some(r) = role {
                    e.note_role(at, r);
                }
                // Initials name no one more fully ("K. T. Zhakupov" after "Kairat
                // Zhakupov").
                let renamed = name.len() > e.folded_len && initials(first_word).is_none();
                if renamed {
                    let start = self.folded_text.len();
                    self.folded_text.push_str(joined);
                    e.folded = start..self.folded_text.len();
                    e.folded_len = name.len();
                    e.canonical = join_spaced(name);
                    e.has_first = first.is_some();
                }
                if e.country.is_none() {
                    e.country = parts.country;
                }
                let gender = if e.gender.is_none() || !e.person {
                    gender_of()
                } else {
                    None
                };
                if e.gender.is_none() {
                    e.gender = gender;
                }
                // The figure fills in only what is missing (and may make a person).
                let fig = if !e.person
                    || e.known_role.is_none()
                    || e.country.is_none()
                    || e.gender.is_none()
                {
                    fig_of()
                } else {
                    None
                };
                if !e.person {
                    e.person = person_title() || gender.is_some() || fig.is_some();
                }
                if let Some(f) = fig {
                    e.known_role.get_or_insert(f.role);
                    e.country.get_or_insert(f.country);
                    e.gender.get_or_insert(if f.female {
                        Gender::Female
                    } else {
                        Gender::Male
                    });
                }
                if renamed {
                    self.index(i);
                }
                self.mention_log.insert((at, i));
                Some(i)
            }
            None if create => {
                let gender = gender_of();
                let fig = fig_of();
                let person = person_title() || gender.is_some() || fig.is_some();
                // Room for a few roles from the first: a person named with a title is
                // most often given more, and a vector of one grew at the next.
                let mut role_mentions = Vec::new();
                if let Some(r) = &role {
                    role_mentions.reserve(4);
                    role_mentions.push((at, r.clone()));
                }
                let i = self.entities.len();
                self.by_surname.push(surname, i);
                for k in other_family_names(name, parts.org.is_some()) {
                    if let Some(family) = joined.split(' ').nth(k)
                        && family != surname
                    {
                        self.by_surname.push(family, i);
                    }
                }
                self.entities.push(Entity {
                    canonical: join_spaced(name),
                    folded: {
                        let start = self.folded_text.len();
                        self.folded_text.push_str(joined);
                        start..self.folded_text.len()
                    },
                    folded_len: name.len(),
                    has_first: first.is_some(),
                    role,
                    known_role: fig.map(|f| f.role),
                    country: parts.country.or(fig.map(|f| f.country)),
                    org: false,
                    person,
                    person_by_speech: false,
                    gender: gender.or(fig.map(|f| {
                        if f.female {
                            Gender::Female
                        } else {
                            Gender::Male
                        }
                    })),
                    mentions: first_mention(at),
                    subjects: Mentions::default(),
                    typed_org: false,
                    orgish: 0,
                    role_mentions,
                    age: None,
                    us_label: None,
                });
                self.index(i);
                self.mention_log.insert((at, i));
                Some(i)
            }
            None => None,
        }
    }

    /// The entity satisfying `pred` whose latest subject mention before `before` is the
    /// latest, with that offset.
    fn most_recent_subject(
        &self,
        before: usize,
        pred: impl Fn(&Entity) -> bool,
    ) -> Option<(usize, usize)> {
        self.latest_before(&self.subject_log, before, pred)
            .map(|(m, i)| (i, m))
    }

    /// The one entity of the document that satisfies `pred`, when the story first names
    /// it after `after`: "…, its chairman confirmed." in a lede whose next paragraph gives
    /// "Harbour board chairman Gareth Lloyd". `None` when two satisfy it.
    fn only_named_after(&self, after: usize, pred: impl Fn(&Entity) -> bool) -> Option<usize> {
        let mut fitting = self.entities.iter().enumerate().filter(|(_, e)| pred(e));
        let (i, e) = fitting.next()?;
        if fitting.next().is_some() {
            return None;
        }
        (e.mentions.iter().min()? > &after).then_some(i)
    }

    fn most_recent(&self, before: usize, pred: impl Fn(&Entity) -> bool) -> Option<usize> {
        self.latest_before(&self.mention_log, before, pred)
            .map(|(_, i)| i)
    }

    /// The latest (offset, entity) of `log` before `before` whose entity satisfies `pred`
    /// (of two entities at one offset, the later one), looking back over at most
    /// [`LOOKBACK_MENTIONS`] entries. The first fitting entry walking back is the entity
    /// whose latest mention before the offset is the latest, as a scan of every entity
    /// would find.
    fn latest_before(
        &self,
        log: &OffsetLog,
        before: usize,
        pred: impl Fn(&Entity) -> bool,
    ) -> Option<(usize, usize)> {
        // The entities tested, as bits on the stack for the first 256 of the document
        // (a vector was an allocation per role, description and pronoun looked up, and a
        // list of them a scan per entry). An entity beyond is tested again at each of its
        // mentions, to the same answer: `pred` only reads the entity.
        let mut tested = [0u64; 4];
        log.between(0, before)
            .iter()
            .rev()
            .take(LOOKBACK_MENTIONS)
            .find(|&&(_, i)| {
                // An entity mentioned many times is tested once.
                if let Some(bits) = tested.get_mut(i / 64) {
                    let bit = 1 << (i % 64);
                    if *bits & bit != 0 {
                        return false;
                    }
                    *bits |= bit;
                }
                pred(&self.entities[i])
            })
            .copied()
    }

    /// Record a mention of entity `i` at `at`.
    fn note_mention(&mut self, i: usize, at: usize) {
        self.entities[i].mentions.push(at);
        self.mention_log.insert((at, i));
    }

    /// The organisation that fits `pred` named last in the sentence of `before` or the
    /// sentence before it, a subject there first: "Halden Motors will cut 2,000 jobs.
    /// The carmaker said …", "shares in Brennan Bank fell after the lender said …".
    fn named_just_before(&self, before: usize, pred: impl Fn(&Entity) -> bool) -> Option<usize> {
        let here = self.sentence_starts.partition_point(|&s| s <= before);
        let from = self.sentence_starts[here.saturating_sub(2)..]
            .first()
            .copied()
            .unwrap_or(0);
        let latest = |log: &OffsetLog, skip: &[usize]| {
            log.between(from, before)
                .iter()
                .rev()
                .filter(|(at, _)| skip.binary_search(at).is_err())
                .map(|&(_, i)| i)
                .find(|&i| pred(&self.entities[i]))
        };
        // A quoted analyst's employer is named near the story's company without being
        // it: "…,” said Kim Forrest, an analyst at Bokeh Capital. The company said …" is
        // the story's company, which the caller finds next.
        latest(&self.subject_log, &[])
            .or_else(|| latest(&self.mention_log, &self.employer_mentions))
    }

    /// The lone word that opens the sentence holding `at` as its subject
    /// ([`Registry::opening_names`]), made an organisation: "Volkswagen will cut 35,000
    /// jobs, the company said".
    fn opening_name(&mut self, at: usize) -> Option<usize> {
        let here = self.sentence_starts.partition_point(|&s| s <= at);
        let from = *self.sentence_starts.get(here.checked_sub(1)?)?;
        let k = self.opening_names.partition_point(|&(o, _)| o < from);
        let (o, word) = *self.opening_names.get(k).filter(|(o, _)| *o < at)?;
        let parts = NameParts {
            title: &[],
            name: &[],
            country: None,
            org: Some(word.to_string()),
        };
        self.mention(&parts, o, true, true)
    }

    /// The last post made the subject of a sentence ([`Registry::role_subjects`]) that
    /// starts before `at`, with its paragraph.
    fn role_subject_before(&self, at: usize) -> Option<&(usize, RawNp<'a>)> {
        let k = self.role_subjects.partition_point(|(_, r)| r.start < at);
        self.role_subjects.get(k.checked_sub(1)?)
    }

    /// Keep how `split_name` split the phrase of `words` at offset `at` ([`splits`]):
    /// only a split into a title and a name, which borrows the words and so is kept as
    /// ranges (an organisation's name would be a copy to keep).
    ///
    /// [`splits`]: Registry::splits
    fn note_split(&mut self, at: usize, words: &[&'a str], parts: &NameParts) {
        if parts.org.is_some() {
            return;
        }
        let (Some(title), Some(name)) = (
            index_within(words, parts.title),
            index_within(words, parts.name),
        ) else {
            return;
        };
        let base = self.split_words.len();
        self.split_words.extend_from_slice(words);
        let split = SplitName {
            at,
            words: base..base + words.len(),
            title: title..title + parts.title.len(),
            name: name..name + parts.name.len(),
            country: parts.country,
        };
        // In reading order: nearly always after the last.
        if self.splits.last().is_none_or(|last| last.at <= at) {
            self.splits.push(split);
        } else {
            let k = self.splits.partition_point(|s| s.at <= at);
            self.splits.insert(k, split);
        }
    }

    /// `split_name(words)` of a phrase at offset `at` whose split the registry kept
    /// ([`Registry::note_split`]), borrowing `words`: the same words give the same split.
    fn split_before<'w>(&self, at: usize, words: &'w [&'w str]) -> Option<NameParts<'w>> {
        let from = self.splits.partition_point(|s| s.at < at);
        let s = self.splits[from..]
            .iter()
            .take_while(|s| s.at == at)
            .find(|s| self.split_words[s.words.clone()] == *words)?;
        Some(NameParts {
            title: &words[s.title.clone()],
            name: &words[s.name.clone()],
            country: s.country,
            org: None,
        })
    }

    /// Record a mention of entity `i` at `at` as the subject of its sentence.
    fn note_subject(&mut self, i: usize, at: usize) {
        self.entities[i].subjects.push(at);
        self.subject_log.insert((at, i));
    }
}

/// Whether the word before token `end` opens its sentence as the subject of a verb: an
/// auxiliary or a past tense follows ("Volkswagen will cut", "Boeing delivered"), not a
/// noun ("Average pay", "Citing sources", "Hailing the deal"), and the word is no adverb,
/// sentence opener or number.
fn opening_subject(toks: &[Tok], end: usize) -> bool {
    let Some(w) = end.checked_sub(1).and_then(|k| toks.get(k)) else {
        return false;
    };
    let Some(next) = toks.get(end).filter(|t| {
        let c = t.class();
        t.is_word() && !t.cap() && !(c.prep || c.conj || c.det || c.pronoun)
    }) else {
        return false;
    };
    // The next word shows a verb: an auxiliary or a past tense ("Boeing delivered",
    // "Volkswagen will cut", "Tesla cut"). A noun after the word makes it an adjective or
    // a number ("Average pay for …", "Nine workers died"); a plural in "-s" tells nothing.
    let verb_next = next.class().aux
        || next.lower.len() > 3 && next.lower.ends_with("ed")
        || crate::extract::attribution::is_irregular_participle(&next.lower)
        // Irregular past tenses ("Volkswagen sold", "Boeing built", "Tesla cut").
        || crate::lexicon::irregular_base(&next.lower).is_some();
    // Nor is the word a number ("Nine were hurt in the blast, the company said").
    verb_next
        && with_lower(w.text, |l| {
            !(l.ends_with("ly")
                || crate::lexicon::SENTENCE_STARTERS.contains(l)
                || crate::quantities::is_number_word(l))
        })
}

/// The post that opens the sentence `toks` as the subject of a verb: "the" and at most
/// four words, the last of them one person's post ("The Prime Minister", "the bank's
/// chief executive"), first or after an opening conjunction, followed by a verb
/// ([`opening_subject`]) or by a comma that opens a clause about it ("The Prime
/// Minister, who visited …, promised …").
fn post_subject(toks: &[Tok]) -> Option<crate::extract::attribution::Np> {
    let first = usize::from(toks.first()?.class().conj);
    if toks.get(first)?.lower != "the" {
        return None;
    }
    for end in first + 2..(first + 6).min(toks.len()) {
        let head = &toks[end - 1];
        if !(head.is_word() || head.kind == Kind::Possessive) {
            return None;
        }
        // The phrase ends at the first comma or verb ("The bank hired a spokesman, …" is
        // the bank's sentence).
        if !(toks[end].punct(',') || opening_subject(toks, end)) {
            continue;
        }
        let one_post = one_person_post(head.lower.as_ref());
        // Not one who said nothing: "The government's spokesperson declined to comment",
        // "The minister could not be reached", "… did not respond". The pronoun after it
        // is someone who spoke.
        let silent = matches!(lower(toks, end), "declined" | "refused")
            || toks[end].class().aux && matches!(lower(toks, end + 1), "not" | "n't" | "never");
        return (one_post && !silent).then_some(crate::extract::attribution::Np {
            start: first,
            end,
            kind: NpKind::Role,
        });
    }
    None
}

/// Role heads for the organs of a state, and its opposition. "The government said"
/// after a company, a university or a club has been named is the government, not that
/// organisation, so these resolve only to an organisation named with the word ("the
/// ministry" → "Ministry of Health").
const STATE_BODIES: &[&str] = &[
    "government",
    "administration",
    "cabinet",
    "presidency",
    "kremlin",
    "military",
    "army",
    "navy",
    "air force",
    "marines",
    "coast guard",
    "authorities",
    "regime",
    "parliament",
    "ministry",
    "department",
    "embassy",
    "opposition",
    "prosecution",
];

/// Political leanings the press calls a politician by after a nationality ("the
/// Portuguese socialist", "the Dutch liberal").
const POLITICAL_LEANINGS: &[&str] = &[
    "socialist",
    "conservative",
    "liberal",
    "centrist",
    "populist",
    "nationalist",
    "leftist",
    "communist",
    "progressive",
    "left-winger",
    "right-winger",
    "hardliner",
    "moderate",
];

/// Role heads for a business. A company's name ("Halden Motors", "Vesta Holdings") fits
/// these ("the company", "the firm", "the group"), not the other organisation nouns:
/// "The trade union said …" or "quoted by the state news agency" after Halden Motors
/// was named are a union and an agency, not Halden Motors. Each is a `body` role in
/// `roles.tsv` (only those reach this look-up). The kinds of business ("the carmaker",
/// "the lender") are business nouns too: see [`crate::lexicon::business_kind_heads`].
const BUSINESS_NOUNS: &[&str] = &["company", "firm", "group", "bank", "broadcaster", "network"];

/// The words that end a political party's name when "Party" does not ("the Civic
/// Alliance … The party said", "the African National Congress", "the Northern League"):
/// by [`kind_word`], what "the party" names besides a name with "Party" in it. A union
/// or a council is never "the party".
const PARTY_HEADS: &[&str] = &[
    "alliance",
    "bloc",
    "coalition",
    "congress",
    "front",
    "league",
    "movement",
];

/// What the press calls a campaigning organisation ("the rights group", "the lobby",
/// "the watchdog", "the charity"), and the last words of such organisations' names
/// ("Human Rights Watch", "Amnesty International", "the Clean Air Coalition"), which
/// [`kind_word`] gives: "Kenya Civic Watch … The rights lobby claimed" is the one
/// organisation.
const ADVOCACY_NOUNS: &[&str] = &[
    "group",
    "lobby",
    "watchdog",
    "charity",
    "organisation",
    "organization",
];
const ADVOCACY_HEADS: &[&str] = &[
    "watch",
    "international",
    "coalition",
    "alliance",
    "foundation",
    "trust",
    "initiative",
    "network",
    "project",
];

/// The kinds of public body "the agency" names ("the National Center for Disease
/// Surveillance … the agency said", "the Food and Drug Administration"), by the word
/// [`kind_word`] gives.
const AGENCY_HEADS: &[&str] = &[
    "agency",
    "administration",
    "authority",
    "board",
    "bureau",
    "center",
    "centers",
    "centre",
    "centres",
    "commission",
    "department",
    "directorate",
    "inspectorate",
    "institute",
    "office",
    "service",
];

/// The word of an organisation's name that says what kind it is, and whether "of" or
/// "for" follows it: the word before the first of them ("Chamber" of "U.S. Chamber of
/// Commerce", "Office" of "Office for National Statistics"), else the last word ("Halden
/// Motors"). A word before "of" is a common noun by that alone, listed or not.
fn kind_word(name: &str) -> Option<(&str, bool)> {
    let mut last = None;
    for w in name.split_whitespace() {
        if matches!(w, "of" | "for") && last.is_some() {
            return last.map(|l| (l, true));
        }
        last = Some(w);
    }
    // "Radio Brenna", "Network Rail": an organisation word first gives the kind.
    if let Some(l) = last
        && let Some(first) = name.split_whitespace().next()
        && first != l
        && org_word_opens(name_entry(first).org_head, first)
        && !is_org_head(l)
    {
        return Some((first, true));
    }
    last.map(|l| (l, false))
}

/// Whether the name starting at token `start` follows a person's post and "at", "with",
/// "for" or "of": "an analyst at Bokeh Capital", "chief economist with Halden Bank",
/// "a spokesman for Parcelly". A body ("the ministry of …") is no person's post, and
/// a group is the organisation's own ("Staff at Nordair voted to strike. The airline
/// said …").
fn employer_of_a_post(toks: &[Tok], start: usize) -> bool {
    start >= 2
        && matches!(toks[start - 1].lower.as_ref(), "at" | "with" | "for" | "of")
        && one_person_post(toks[start - 2].lower.as_ref())
}

/// The name of an organisation in a person's title, two capitalised words or more
/// ending in an organisation's or a club's word, none of them a title, a role or a
/// country: "Ravenscroft Albion" of "Ravenscroft Albion manager", "Central Bank" of
/// "Central Bank Governor". The first such run.
fn org_run_in_title<'w>(title: &'w [&'w str]) -> Option<&'w [&'w str]> {
    // Not a party's portfolio: "Liberal Democrat Treasury spokesperson".
    let plain_cap = |w: &str| {
        w.starts_with(char::is_uppercase)
            && !TITLES.contains(w)
            && country_of(w).is_none()
            && (is_org_head(w) || with_lower(w, role_lookup).is_none())
            && !with_folded(w, is_party_word)
    };
    // Asked of every person's mention: two words of a name and a post make three, and
    // most titles are shorter; then a capitalised organisation's word is found first,
    // and only then is the run before it read.
    if title.len() < 3 {
        return None;
    }
    let head = title
        .iter()
        .position(|w| w.starts_with(char::is_uppercase) && is_org_head(w))?;
    let mut start = title[..=head]
        .iter()
        .rposition(|w| !plain_cap(w))
        .map_or(0, |k| k + 1);
    // A country's name opens the body's own ("Kenya Dairy Processors Association
    // chairman", "Ghana Football Association president"); not its adjective ("Russian
    // Central Bank Governor") nor initials ("US Federal Reserve Chair").
    if head > start
        && let Some(k) = start.checked_sub(1)
        && crate::lexicon::is_country_name(title[k])
        && title[k].chars().any(char::is_lowercase)
    {
        start = k;
    }
    (head > start).then(|| &title[start..=head])
}

/// Enter the initials of an organisation's name `name` as aliases of entity `i`, unless
/// they name something already: of its capitalised words ("ECB" of "European Central
/// Bank") and of every word ("BOJ" of "Bank of Japan"). Only a name of two capitalised
/// words or more with an organisation's word among them, and initials of three letters or
/// more: "JAS" of "John Andrew Smith" or "BJ" are no one's.
fn note_initials(aliases: &mut HashMap<String, usize>, name: &[&str], i: usize) {
    if name.len() < 2 || !name.iter().any(|w| is_org_head(w)) {
        return;
    }
    for every_word in [false, true] {
        // Lower case, as aliases are folded; on the stack.
        let mut buf = [0u8; 12];
        let mut n = 0;
        for w in name {
            let Some(&first) = w.as_bytes().first() else {
                continue;
            };
            if !(first.is_ascii_uppercase() || every_word && first.is_ascii_lowercase()) {
                continue;
            }
            if n == buf.len() {
                return;
            }
            buf[n] = first.to_ascii_lowercase();
            n += 1;
        }
        if n >= 3
            && let Ok(key) = std::str::from_utf8(&buf[..n])
            && !aliases.contains_key(key)
        {
            aliases.insert(key.to_string(), i);
        }
    }
}

/// Whether `w` (lower case) joins a post to the run of its complement and its holder's
/// name: "Chief economist at ING Carsten Brzeski", "Head of research Tom Lee", "EFF
/// leader in Kwaggasrand Mpho Sithole". The registry and resolution read them alike.
fn post_to_holder(w: &str) -> bool {
    matches!(w, "at" | "of" | "for" | "with" | "in")
}

/// Build the registry from the name phrases of the body, outside quotations.
fn build_registry<'a>(
    doc: &'a Document,
    lower: &'a LowerView,
    seg: &Segmentation,
    sentence_toks: SentenceTokens<'a>,
) -> Registry<'a> {
    let view = doc.view();
    let scratch = BUILD_SCRATCH.take();
    // Sized once for every quotation (`collect` cannot tell how many the filter keeps,
    // and grew the vector from four up).
    let mut outer = scratch.outer;
    outer.clear();
    outer.reserve(seg.quotes.len());
    outer.extend(
        seg.quotes
            .iter()
            .enumerate()
            .filter(|(_, q)| q.depth == 0)
            .map(|(i, q)| (i, q.start()..q.end())),
    );
    let mut reg = Registry::from_spare();
    reg.lower_text = lower.as_str();
    reg.outlet = &doc.outlet;
    // Sized for a story's cast (some 16 people and organisations, 45 name phrases of 2
    // words and 75 mentions in a generated report): grown from nothing, each map was
    // rehashed and each list moved several times per document. Longer documents grow
    // them as before.
    reg.entities.reserve(16);
    reg.by_surname.reserve(16);
    reg.by_first_word.reserve(16);
    reg.mention_log.0.reserve(80);
    reg.subject_log.0.reserve(32);
    reg.by_first_name.text.reserve(128);
    reg.by_first_name.names.reserve(16);
    // A start per sentence of the body: at most one per sentence, pushed below.
    reg.sentence_starts.reserve(seg.sentences.len());
    reg.splits.reserve(48);
    reg.split_words.reserve(96);
    // The words of each name found, in one vector for the document (room for the
    // longest names from the start, not grown from four).
    let mut words: Vec<&str> = scratch.words;
    words.reserve(16);
    // People named in the sentence at hand: (last token of the name, entity). One vector
    // for the document, cleared per sentence (a new one was an allocation per sentence
    // naming anyone).
    let mut people: Vec<(usize, usize)> = scratch.people;
    // The tokens of a sentence extraction did not tokenize alone (one of a unit of
    // several): one vector for the document, where a new one per sentence was a block of
    // a kilobyte or more each time.
    let mut fresh: Vec<Tok> = scratch.fresh;
    // The outer quotations in order (`outer`), to tell a sentence that goes on inside a
    // quotation from one that starts in the open.
    let mut open_quotes = outer.iter().map(|(_, r)| r).peekable();
    for (si, s) in seg.sentences.iter().enumerate() {
        if seg.paragraphs[s.para].role != ParaRole::Body {
            continue;
        }
        // "Ukrenergo said … “Schedules will apply on Jan. 22. We ask consumers …,” the
        // company said": a sentence inside a quotation that opened before it is no new
        // sentence for "named in this sentence or the one before".
        while open_quotes.next_if(|q| q.end <= s.span.start).is_some() {}
        let inside = open_quotes
            .peek()
            .is_some_and(|q| q.start < s.span.start && s.span.start < q.end);
        if !inside {
            reg.sentence_starts.push(s.span.start);
        }
        let toks: &[Tok] = match sentence_toks.get(si) {
            Some(t) => t,
            None => {
                fresh.clear();
                tokenize_into(view, lower, s.span.clone(), &outer, &mut fresh);
                &fresh
            }
        };
        people.clear();
        if let Some(np) = post_subject(toks) {
            reg.role_subjects
                .push((s.para, crate::extract::np_raw(view, toks, &np)));
        }
        let mut k = 0;
        while k < toks.len() {
            // "RM250,000", "Rs18,000", "N95": letters joined to a number of two digits or
            // more are an amount or a code, never a name.
            if !toks[k].cap() || toks[k].class().det || amount_word(toks[k].text) {
                k += 1;
                continue;
            }
            // The end of this run of capitalised words.
            let mut e = k;
            while e + 1 < toks.len() && name_continues(toks, k, e + 1) {
                e += 1;
            }
            // "the Ministry of Electricity, Water and Renewable Energy": a run that stops at
            // the first comma of a list of portfolios is no name of its own; the run that
            // ends the list reads the whole name (`listed_name`).
            if toks.get(e + 1).is_some_and(|t| t.punct(','))
                && toks.get(e + 2).is_some_and(|t| t.cap())
                && crate::extract::attribution::portfolios_ahead(toks, e + 1)
            {
                k = e + 1;
                continue;
            }
            // "The Liberal Democrat Treasury spokesperson": a party and a portfolio before
            // a post are the post's, no organisation ("according to Treasury costings"
            // had spoken as "Liberal Democrat Treasury").
            if e > k
                && crate::lexicon::is_portfolio(toks[e].text)
                && with_folded(toks[k].text, is_party_word)
            {
                k = e + 1;
                continue;
            }
            // "Neil Hardcastle’s side": the owner's mark ends the run, the name is before.
            let owner = e > k && toks[e].kind == Kind::Possessive;
            if owner {
                e -= 1;
            }
            if let Some(mut np) = np_backward_core(toks, e)
                && np.kind == NpKind::Name
            {
                // An owner is no subject: the words before its name are the sentence's,
                // not a title ("could again soften Mr Trump’s position", "The defeat
                // leaves Neil Hardcastle’s side").
                if owner {
                    while np.start < e && (!toks[np.start].cap() || toks[np.start].class().det) {
                        np.start += 1;
                    }
                }
                // "The Meteorology, Climatology and Geophysics Agency (BMKG)", "the
                // Ministry of Trade, Industry and Energy (MOTIE)": one name over its list,
                // as attribution reads it.
                if let Some(whole) = crate::extract::attribution::listed_name(toks, &np)
                    .filter(|w| w.kind == NpKind::Name)
                {
                    np = whole;
                }
                // "Minister for Sustainability and the Environment Koh Wei Ming": the run
                // after "and the" ends a post over two portfolios, as attribution reads it.
                if let Some(start) =
                    crate::extract::attribution::post_over_joined_portfolios(toks, &np)
                {
                    np.start = start;
                }
                // "Head of research Tom Lee": the post and its complement are the name's
                // title, as attribution reads them.
                if let Some((post, _)) = crate::extract::attribution::post_before_name(toks, e) {
                    np.start = np.start.min(post);
                }
                words.clear();
                words.extend(toks[np.start..np.end].iter().map(|t| t.text));
                // "Head of the State Revenue Committee Arman Hovhannisyan": a post written
                // as a role noun before the body is the name's title
                // (`post_over_body_name`), as attribution reads it.
                // "Leader of the Opposition in the Legislative Assembly Hemant Bhosale":
                // and so is a post of several words over a house.
                if let Some(post) = post_before_body(toks, np.start)
                    .or_else(|| crate::extract::attribution::post_over_house(toks, np.start))
                {
                    let mut whole: Vec<&str> =
                        toks[post..np.start].iter().map(|t| t.text).collect();
                    whole.extend_from_slice(&words);
                    if post_over_body_name(&whole).is_some() {
                        np.start = post;
                        words.clear();
                        words.extend(whole);
                    }
                }
                // "Chief economist at ING Carsten Brzeski": the person is the run's last
                // words, after the employer (`post_at_employer_name`).
                if np.start >= 2
                    && post_to_holder(toks[np.start - 1].lower.as_ref())
                    && (np.start.saturating_sub(5)..np.start - 1).any(|k| one_post(toks[k].text))
                    && let Some(k) = person_after_employer(&words)
                {
                    np.start += k;
                    words.drain(..k);
                }
                // "the Director General of the Cotton and Cashew Council (CCA), Mr …": a
                // person's post over a body names the body, which the initials after it
                // and "the Council" later stand for (the post's holder is named apart).
                if let Some(body) = body_after_post(&words) {
                    np.start += body;
                    words.drain(..body);
                }
                let parts = split_name(&words);
                reg.note_split(toks[np.start].start, &words, &parts);
                // A lone capitalised word opening the sentence ("Hailing", "Since") is
                // only a mention if it names someone already known.
                // A lone capitalised word opening the sentence is a name unless it reads as
                // an ordinary word: a gerund or participle ("Hailing", "Asked"), an adverb,
                // a sentence opener, a role noun ("Officials").
                let lone_initial = np.start == 0
                    && parts.name.len() == 1
                    && parts.title.is_empty()
                    && toks.get(np.end).is_none_or(|t| cue_forms(t.lower.as_ref()).is_none())
                    // "Parcelly, the same-day delivery app, …": an appositive names it.
                    && !(toks.get(np.end).is_some_and(|t| t.punct(','))
                        && toks.get(np.end + 1).is_some_and(|t| t.class().det));
                let only_country =
                    parts.org.is_none() && parts.name.iter().all(|w| country_of(w).is_some());
                // Subject position: first in the sentence, after an opening adverbial and
                // its comma, or after an opening conjunction ("But Kremlin spokesman …").
                let subject = np.start == 0
                    || (np.start <= 8 && toks[np.start - 1].punct(','))
                    || (np.start == 1 && toks[0].class().conj);
                if !only_country
                    && let Some(i) =
                        reg.mention(&parts, toks[np.start].start, !lone_initial, subject)
                {
                    if employer_of_a_post(toks, np.start) {
                        reg.employer_mentions.push(toks[np.start].start);
                    }
                    // "as the GDL train drivers’ union began a strike": a body's kind after
                    // its name is the body's, which "the union" later looks for.
                    if !owner
                        && !reg.entities[i].person
                        && let Some(kind) = kind_after_name(toks, e)
                    {
                        reg.kinds_after.push((toks[np.start].start, i, kind));
                        reg.entities[i].orgish += 1;
                    } else if !owner
                        && !reg.entities[i].person
                        && let Some(kind) = kind_in_appositive(toks, e)
                    {
                        // "Resources Safety and Health Queensland, the state's mining
                        // regulator, said": so is a body's kind in an appositive after it.
                        reg.kinds_after.push((toks[np.start].start, i, kind));
                        reg.entities[i].orgish += 1;
                    }
                    // "Ashcombe captain Tom Ridley", "Parcelly spokesperson Jenna Ruiz": a
                    // capitalised word in a person's title names their organisation.
                    for &w in parts.title {
                        if w.starts_with(char::is_uppercase)
                            && !TITLES.contains(w)
                            && country_of(w).is_none()
                            && with_lower(w, role_lookup).is_none()
                        {
                            let found = with_folded(w, |f| {
                                reg.first_with_first_word(f, |x| {
                                    !x.person && x.first_folded(&reg.folded_text) == Some(f)
                                })
                            });
                            if let Some(o) = found {
                                reg.entities[o].orgish += 1;
                            }
                        }
                    }
                    // "Ravenscroft Albion manager Javier Olmedo": a club's or a company's
                    // name in a person's title is an organisation of the story, which
                    // "Ravenscroft said" later names.
                    if let Some(run) = org_run_in_title(parts.title) {
                        let org = NameParts {
                            title: &[],
                            name: &[],
                            country: None,
                            org: Some(join_words(run)),
                        };
                        reg.mention(&org, toks[np.start].start, true, false);
                    }
                    if !reg.entities[i].org {
                        people.push((e, i));
                        // "In Palangkaraya, an official at …": after "in" the name is a
                        // place, and what follows its comma describes no one.
                        if !np
                            .start
                            .checked_sub(1)
                            .is_some_and(|p| place_preposition(toks[p].lower.as_ref()))
                        {
                            appositive(&mut reg.entities[i], toks, e);
                        }
                        // "The court, presided over by Counsellor Hassan El-Shazly, …":
                        // "the judge" later is the one presiding.
                        if presides_over_court(toks, np.start) {
                            reg.entities[i]
                                .note_role(toks[np.start].start, "presiding judge".into());
                        }
                        // "the petition filed by Muhammad Rafiq": "the petitioner" later.
                        if let Some(party) = party_by_filing(toks, np.start) {
                            reg.entities[i].note_role(toks[np.start].start, party.into());
                        }
                        if org_context(toks, np.start, e) {
                            reg.entities[i].orgish += 1;
                        }
                        // "French drugmaking group Sanofi": a title that names a kind of
                        // organisation.
                        if parts.title.iter().any(|t| {
                            with_lower(t, |l| {
                                crate::lexicon::ORG_NOUNS.contains(l)
                                    || ROLES.get(l) == Some(&RoleClass::Body)
                            })
                        }) {
                            reg.entities[i].orgish += 1;
                        }
                        // "A survivor of the attack, Malam Sani Abdullahi, told …": the role
                        // phrase before an appositive name is that person's role, and so is
                        // a capitalised post ("The Agriculture Cabinet Secretary, Dr …,").
                        // The appositive may close its sentence ("…,” said the mayor,
                        // Jonah Yamo.").
                        // Not a portfolio between the commas of a post's list ("The
                        // Minister of Agriculture, Fisheries, Water and Forestry said").
                        let portfolio_in_list = || {
                            crate::lexicon::is_portfolio(toks[np.start - 2].text)
                                && toks[np.start..np.end]
                                    .iter()
                                    .all(|t| crate::lexicon::is_portfolio(t.text))
                        };
                        // "The convener, Morag Reid (SNP), said": a party in brackets
                        // after the name stands before the appositive's closing comma.
                        let after = match toks.get(e + 1) {
                            Some(t) if t.punct('(') => (e + 2..(e + 8).min(toks.len()))
                                .find(|&c| toks[c].punct(')'))
                                .map_or(e + 1, |c| c + 1),
                            _ => e + 1,
                        };
                        // "The Director General of the Cotton and Cashew Council (CCA), Mr
                        // …,": the body's initials in brackets close the role phrase.
                        let role_end = if np.start >= 5
                            && crate::extract::attribution::initials_closed_at(toks, np.start - 2)
                        {
                            np.start - 5
                        } else {
                            np.start.saturating_sub(2)
                        };
                        if np.start >= 2
                            && toks[np.start - 1].punct(',')
                            && toks
                                .get(after)
                                .is_none_or(|t| t.punct(',') || t.punct('.') || t.punct(';'))
                            && !portfolio_in_list()
                            && let Some(r) = np_backward(toks, role_end)
                                .map(|r| {
                                    crate::extract::attribution::listed_name(toks, &r).unwrap_or(r)
                                })
                                .filter(|r| r.kind == NpKind::Role || title_only(toks, r))
                                .or_else(|| {
                                    crate::extract::attribution::post_with_lower_complement(
                                        toks, role_end,
                                    )
                                })
                        {
                            // "The UN's humanitarian office, OCHA,", "The country's biggest
                            // union, Unite,": a phrase headed by an organisation noun names
                            // an organisation.
                            // The head is the last word before a complement: "The head of
                            // the agency, Rafael Grossi," is a person.
                            let head_end = toks[r.start..r.end]
                                .iter()
                                .position(|t| t.is("of") || t.is("for") || t.is("at"))
                                .map_or(r.end, |p| r.start + p);
                            let body = toks[r.start..head_end]
                                .iter()
                                .rev()
                                .find(|t| t.is_word())
                                .is_some_and(|h| {
                                    role_lookup(h.lower.as_ref())
                                        .is_some_and(|(c, plural)| c == RoleClass::Body && !plural)
                                });
                            let ent = &mut reg.entities[i];
                            if body {
                                ent.typed_org = true;
                            } else {
                                ent.person = true;
                            }
                            // Without articles, and without a possessive determiner
                            // opening it ("Its chief executive, Pamela Healy,").
                            let words: Vec<&str> = toks[r.start..r.end]
                                .iter()
                                .map(|t| t.text)
                                .enumerate()
                                .filter(|&(n, w)| !(is_article(w) || n == 0 && is_leading_det(w)))
                                .map(|(_, w)| w)
                                .collect();
                            // "Attorney-General and Minister of Legal Affairs, Mr
                            // Sanjeev Ramcharran,": two posts of one holder, the first
                            // before "and" ("the Attorney-General" is his too).
                            let first_post = r
                                .start
                                .checked_sub(2)
                                .filter(|&b| toks[b + 1].is("and"))
                                .and_then(|b| np_backward(toks, b))
                                .filter(|p| {
                                    title_only(toks, p)
                                        || p.kind == NpKind::Role
                                            && crate::lexicon::one_person_post(
                                                toks[p.end - 1].lower.as_ref(),
                                            )
                                });
                            if let Some(p) = first_post {
                                let first: Vec<&str> = toks[p.start..p.end]
                                    .iter()
                                    .map(|t| t.text)
                                    .filter(|w| !is_article(w))
                                    .collect();
                                ent.note_role(toks[p.start].start, join_words(&first));
                            }
                            ent.note_role(toks[r.start].start, join_words(&words));
                        }
                    }
                    // "Global Wire Service (GWS)", "California Department of Forestry and
                    // Fire Protection (Cal Fire)": a bracketed short name is an alias.
                    if toks.get(e + 1).is_some_and(|t| t.punct('('))
                        && let Some(close) =
                            (e + 2..(e + 6).min(toks.len())).find(|&k| toks[k].punct(')'))
                        && close > e + 2
                        && toks[e + 2..close].iter().all(Tok::cap)
                    {
                        // Folded as joined (see `fold_joined_into`), its words on the stack.
                        let alias: Words = toks[e + 2..close].iter().map(|t| t.text).collect();
                        // "Chairman of the Board of Directors of the Kuwait Authority for
                        // Partnership Projects (KAPP)": initials that spell the last words
                        // alone are those words' organisation, not the whole phrase's.
                        let i = match &alias[..] {
                            [a] => spelled_suffix(&words, a)
                                .and_then(|k| {
                                    let org = split_name(&words[k..]);
                                    reg.mention(&org, toks[e].start, true, false)
                                })
                                .unwrap_or(i),
                            _ => i,
                        };
                        reg.aliases.insert(fold_joined(&alias), i);
                        // Initials in brackets ("The US Geological Survey (USGS)") are an
                        // organisation's, unless the name is already a person's
                        // ("Alexandria Ocasio-Cortez (AOC)").
                        let initials = matches!(&alias[..], [w] if w.len() >= 2
                            && w.bytes().all(|b| b.is_ascii_uppercase() || b == b'&'));
                        if initials && !reg.entities[i].person {
                            reg.entities[i].orgish += 1;
                        }
                    }
                    // "The Bank of Japan … the BOJ said", "the European Central Bank … The
                    // ECB said": an organisation's initials name it without brackets too.
                    if !reg.entities[i].person {
                        note_initials(&mut reg.aliases, parts.name, i);
                    }
                    // "Ibrahim Mansour, a retired customs clerk known as Abu Karim,",
                    // "Kobina Mensah, better known as DJ Kobi,": the name the entity is
                    // known by is an alias.
                    if let Some(run) = known_as(toks, e) {
                        let alias: Words = toks[run].iter().map(|t| t.text).collect();
                        reg.aliases.entry(fold_joined(&alias)).or_insert(i);
                    }
                } else if lone_initial
                    && !only_country
                    && parts.name.len() == 1
                    && opening_subject(toks, np.end)
                    // The word as the document's (`parts` borrows it for less long).
                    && let Some(k) = index_within(&words, parts.name)
                {
                    let word = words[k];
                    // "Volkswagen will cut 35,000 jobs, the company said": kept in case a
                    // company noun in the same sentence names it.
                    reg.opening_names.push((toks[np.start].start, word));
                }
            }
            k = e + 1;
        }
        learn_gender(&mut reg, toks, &people);
        learn_post_as(&mut reg, toks, &people);
    }
    // Every organisation named so far is one of these, so the list is made anew, in order.
    reg.org_like.clear();
    reg.org_like.extend(
        reg.entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.org || e.orgish > 0)
            .map(|(i, _)| i),
    );
    // Background knowledge for people the article names without saying who they are.
    let folded_text = &reg.folded_text;
    for e in &mut reg.entities {
        if e.org {
            continue;
        }
        let folded = e.folded(folded_text);
        // (The last space found by a byte loop: `rsplit_once`'s searcher cost more than
        // the search in a name of a few bytes.)
        let fig = match folded.bytes().rposition(|b| b == b' ') {
            Some(k) => figure_of_ends(e.first_folded(folded_text), &folded[k + 1..]),
            None => figure_of_ends(None, folded),
        };
        if let Some(f) = fig {
            e.person = true;
            e.known_role.get_or_insert(f.role);
            e.country.get_or_insert(f.country);
            e.gender.get_or_insert(if f.female {
                Gender::Female
            } else {
                Gender::Male
            });
        }
    }
    // The working vectors, emptied, for the thread's next document.
    outer.clear();
    outer.shrink_to(SPARE_KEEP);
    people.clear();
    people.shrink_to(SPARE_KEEP);
    let mut words = relabel(words);
    words.shrink_to(SPARE_KEEP);
    let mut fresh = relabel(fresh);
    // A sentence's tokens: a long sentence holds a few hundred, four times a registry
    // list's limit keeps any sentence of news copy.
    fresh.shrink_to(4 * SPARE_KEEP);
    BUILD_SCRATCH.set(BuildScratch {
        outer,
        words,
        people,
        fresh,
    });
    reg
}

/// Whether the lower-case word names one person's post ("spokesman", "mayor"), not a
/// group ("officials") or a body ("ministry"): what an appositive after a name must
/// have to give that person a role.
fn person_post(lower: &str) -> bool {
    role_lookup(lower).is_some_and(|(c, _)| c.of_person()) && !crate::lexicon::is_group_role(lower)
}

/// The post in an appositive after "the", from `from` to its closing comma: "the
/// union’s general secretary", "the city’s mayor", "the mayor of Springfield". Its head
/// (the word before an "of", "at", "for" or "in" phrase, else the last word) must be a
/// person's role noun, so "the eldest of three sisters" and "the capital" are no post.
/// Articles are left out of the role, as in a role phrase before a name.
fn the_post(toks: &[Tok], from: usize) -> Option<String> {
    /// Longer than this, the phrase is a description, not a post.
    const MAX_WORDS: usize = 8;
    // Closed by a comma, or by the sentence's end ("…,” said Jim Jordan, the committee’s
    // chairman.").
    let comma = (from..(from + MAX_WORDS + 1).min(toks.len()))
        .find(|&k| toks[k].kind == Kind::Punct)
        .filter(|&k| toks[k].punct(',') || toks[k..].iter().all(|t| t.kind == Kind::Punct))?;
    let phrase = &toks[from..comma];
    if phrase.is_empty()
        || !phrase
            .iter()
            .all(|t| t.is_word() || t.kind == Kind::Possessive)
    {
        return None;
    }
    let head_end = phrase
        .iter()
        .position(|t| matches!(t.lower.as_ref(), "of" | "at" | "for" | "in"))
        .unwrap_or(phrase.len());
    let head = phrase[..head_end].last()?;
    // A post in capitals is written so ("the Embakasi East MP", "the company's CEO"), and
    // a capitalised one is a post too ("Dr Olivier Kayitare, the Minister of
    // Infrastructure,").
    if !person_post(head.lower.as_ref()) {
        return None;
    }
    let words: Vec<&str> = phrase
        .iter()
        .map(|t| t.text)
        .filter(|w| !is_article(w))
        .collect();
    Some(join_words(&words))
}

/// A capitalised post in apposition without an article, from `from` to its closing
/// comma: "Minister of Energy and Minerals", "Chief Executive Officer of SEDCO". Read as
/// [`the_post`] reads one after "the"; and no given name among its words, so another
/// person's title and name ("Trump, Secretary of State Marco Rubio, and …") is none.
fn capitalised_post(toks: &[Tok], from: usize) -> Option<String> {
    let post = the_post(toks, from)?;
    let named = toks[from..]
        .iter()
        .take_while(|t| t.kind != Kind::Punct)
        .any(|t| GIVEN_NAMES.contains_key(t.text));
    (!named).then_some(post)
}

/// "The ministry said" with no ministry named: the ministry of the portfolio of the
/// minister named last ("Minister of Mining and Energy Milica Đorđević Stanić" gives the
/// "Ministry of Mining and Energy"), if one was.
fn ministry_of_minister(reg: &Registry, np: &RawNp) -> Option<(Speaker, Option<usize>)> {
    let i = reg.most_recent(np.start, |e| {
        e.person && e.role.as_deref().is_some_and(|r| minister_of(r).is_some())
    })?;
    let portfolio = reg.entities[i].role.as_deref().and_then(minister_of)?;
    Some((
        Speaker {
            name: CompactString::from(format!("Ministry {portfolio}")),
            surface: collapse_compact(np.text),
            role: None,
            resolved: true,
            kind: SpeakerKind::Organization,
        },
        None,
    ))
}

/// The portfolio of a minister's post with "of" or "for", from that word on: "of Mining
/// and Energy" of "Minister of Mining and Energy". Not a minister of state's.
fn minister_of(role: &str) -> Option<&str> {
    let rest = role.strip_prefix("Minister ")?;
    (rest.starts_with("of ") || rest.starts_with("for "))
        .then_some(rest)
        .filter(|r| !r.starts_with("of State"))
}

/// Financial centres that are not capitals (`countries.tsv` holds those), by their last
/// word: market reports name a market by its city ("Frankfurt shares", "Hong Kong
/// stocks", "Wall Street stocks").
const MARKET_CITIES: &[&str] = &[
    "Frankfurt",
    "Shanghai",
    "Shenzhen",
    "Mumbai",
    "Sydney",
    "Kong",
    "Zurich",
    "Toronto",
    "York",
    "Street",
    "Milan",
    "Chicago",
    "Dubai",
    "Istanbul",
    "Johannesburg",
    "Paulo",
];

/// Whether a name at `start..=end` is a company's by its shares: "Tesla shares fell",
/// "shares in Vestra", "shares of Halden Motors". Not a demonym or another adjective
/// ("Asian shares", "European stocks", "Global shares") nor a market's city ("Tokyo
/// shares", "Frankfurt stocks"): markets are named by those.
fn traded_context(toks: &[Tok], start: usize, end: usize) -> bool {
    let shares = |k: usize| {
        toks.get(k)
            .is_some_and(|t| matches!(t.lower.as_ref(), "shares" | "stock" | "stocks"))
    };
    let market = |t: &Tok| {
        country_of(t.text).is_some()
            || MARKET_CITIES.contains(&t.text)
            || ["an", "ese", "ish", "ic", "al", "ern"]
                .iter()
                .any(|e| t.lower.len() > e.len() + 2 && t.lower.ends_with(e))
    };
    (shares(end + 1)
        || start >= 2 && matches!(toks[start - 1].lower.as_ref(), "in" | "of") && shares(start - 2))
        && !market(&toks[end])
}

/// The kind of body a name ending at token `end` is, written after it in lower case
/// ("as the GDL train drivers’ union began …"): up to four plain words (a plural's mark
/// among them), the last a noun of a body. Not after an owner's mark
/// ("Reißmüller’s union" is his union, not him).
fn kind_after_name<'t>(toks: &[Tok<'t>], end: usize) -> Option<&'t str> {
    for (k, t) in toks.iter().enumerate().take(end + 5).skip(end + 1) {
        if t.kind == Kind::Possessive && k > end + 1 {
            continue;
        }
        if !t.is_word() || t.cap() || t.class() != crate::lexicon::WordClasses::default() {
            return None;
        }
        if ROLES.get(t.lower.as_ref()) == Some(&RoleClass::Body) {
            return Some(t.text);
        }
    }
    None
}

/// The body's kind that ends an appositive after the name ending at `end`: ", the
/// state's mining regulator," (an article or an owner's phrase, a few lower-case words,
/// then the kind, then a comma).
fn kind_in_appositive<'t>(toks: &[Tok<'t>], end: usize) -> Option<&'t str> {
    if !toks.get(end + 1)?.punct(',') || !toks.get(end + 2)?.class().det {
        return None;
    }
    let close = (end + 3..(end + 9).min(toks.len()))
        .find(|&k| !toks[k].is_word() && toks[k].kind != Kind::Possessive)?;
    let last = &toks[close - 1];
    (toks[close].punct(',')
        && close > end + 3
        && !last.cap()
        && ROLES.get(last.lower.as_ref()) == Some(&RoleClass::Body))
    .then_some(last.text)
}

/// Whether a name at `start..=end` stands where organisations do: before a role noun
/// ("Parcelly spokesperson", "Halcyon executives"), as the owner of one ("Pennine Rail’s
/// chief executive"), after a role and a preposition ("drivers at Pennine Rail",
/// "economist at Halden Bank"), or with an appositive naming a kind of organisation.
fn org_context(toks: &[Tok], start: usize, end: usize) -> bool {
    // A capital opening the sentence proves nothing ("Workers at Pennine Rail …").
    let role_at = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.is_word()
                && (!t.cap() || k == 0)
                && role_lookup(t.lower.as_ref()).is_some_and(|(c, _)| c.of_person())
        })
    };
    if role_at(end + 1) {
        return true;
    }
    if traded_context(toks, start, end) {
        return true;
    }
    if toks
        .get(end + 1)
        .is_some_and(|t| t.kind == Kind::Possessive)
    {
        let mut k = end + 2;
        while toks
            .get(k)
            .is_some_and(|t| t.is_word() && !t.cap() && !role_at(k))
            && k < end + 4
        {
            k += 1;
        }
        if role_at(k) {
            return true;
        }
    }
    if start >= 2
        && matches!(toks[start - 1].lower.as_ref(), "at" | "for" | "with")
        && role_at(start - 2)
    {
        return true;
    }
    // "was quoted by RIA Derzhava as saying": what quotes someone "as saying" is an
    // outlet, not a person ("he said" after it is the one quoted).
    if start >= 2
        && toks[start - 1].is("by")
        && matches!(toks[start - 2].lower.as_ref(), "quoted" | "cited")
        && toks.get(end + 1).is_some_and(|t| t.is("as"))
    {
        return true;
    }
    if toks.get(end + 1).is_some_and(|t| t.punct(','))
        && toks.get(end + 2).is_some_and(|t| t.class().det)
    {
        return toks[end + 3..]
            .iter()
            .take(6)
            .take_while(|t| !t.punct(','))
            .any(|t| crate::lexicon::ORG_NOUNS.contains(t.lower.as_ref()));
    }
    false
}

/// What follows a name can show it is a person: an age ("Jana Horvat, 38,") or an
/// indefinite appositive ("Lukas Brenner, a volunteer with a rescue team,"), which also
/// gives the role when none is known.
fn appositive(e: &mut Entity, toks: &[Tok], end: usize) {
    if let Some(label) = us_label_after(toks, end) {
        e.person = true;
        e.us_label = Some(label);
    }
    // "Councillor Helen Pryce (Lib Dem, Abbeyfield), cabinet member for environment,": a
    // group in brackets after the name (a party and a ward) stands before the comma.
    let end = if toks.get(end + 1).is_some_and(|t| t.punct('('))
        && let Some(close) = (end + 2..(end + 10).min(toks.len())).find(|&c| toks[c].punct(')'))
        && toks.get(close + 1).is_some_and(|t| t.punct(','))
    {
        close
    } else {
        end
    };
    if !toks.get(end + 1).is_some_and(|t| t.punct(',')) {
        return;
    }
    let Some(t) = toks.get(end + 2) else { return };
    if t.kind == Kind::Number {
        e.person = true;
        // "Jana Horvat, 34, said": an age closed by a comma (not "Horvat, 34 years …").
        if toks.get(end + 3).is_some_and(|c| c.punct(','))
            && let Ok(age) = t.text.parse::<u16>()
            && (1..=120).contains(&age)
        {
            e.age = Some(age);
            // "Gary Mills, 52, a builder from Upton, said": a post may follow the age.
            appositive_post(e, toks, end + 2);
        }
    } else {
        appositive_post(e, toks, end);
    }
}

/// The party's initial and the state's name of a US politician's label after the name
/// that ends at token `end`, in brackets or between commas: "(D-Ohio)", ", R-Tex.,",
/// "(D-N.Y.)".
fn us_label_after(toks: &[Tok], end: usize) -> Option<(u8, &'static str)> {
    let open = toks.get(end + 1)?;
    if !(open.punct('(') || open.punct(',')) {
        return None;
    }
    let close =
        (end + 3..(end + 8).min(toks.len())).find(|&c| toks[c].punct(')') || toks[c].punct(','))?;
    // The label's tokens touch ("D-N", ".", "Y."): their texts in a row, without the
    // periods, are "D-NY".
    let label = &toks[end + 2..close];
    if label.windows(2).any(|w| w[0].end != w[1].start) {
        return None;
    }
    let (party, state) = label.first()?.text.split_once('-')?;
    if !matches!(party, "D" | "R" | "I") {
        return None;
    }
    let mut rest = String::from(state);
    for t in &label[1..] {
        rest.push_str(t.text);
    }
    rest.retain(|c| c != '.');
    Some((party.as_bytes()[0], us_state(&rest)?))
}

/// The initial of the US party a word names ("Democrat" → D), as labels write it.
fn us_party_initial(w: &str) -> Option<u8> {
    match w {
        "Democrat" => Some(b'D'),
        "Republican" => Some(b'R'),
        "Independent" | "independent" => Some(b'I'),
        _ => None,
    }
}

/// A US state's name from its name, its AP abbreviation or its postal code, without
/// periods ("Calif", "NY", "Ohio", "WVa").
fn us_state(s: &str) -> Option<&'static str> {
    US_STATES
        .iter()
        .find(|(name, ap, postal)| s == *name || s == *ap || s == *postal)
        .map(|&(name, _, _)| name)
}

/// Whether `w` is the name of a US state of one word ("Ohio", "Texas"), as a place after
/// a town ("Columbus, Ohio,").
pub(crate) fn is_us_state(w: &str) -> bool {
    US_STATES.iter().any(|(name, _, _)| *name == w)
}

/// The states: name, AP abbreviation (periods dropped), postal code.
const US_STATES: &[(&str, &str, &str)] = &[
    ("Alabama", "Ala", "AL"),
    ("Alaska", "Alaska", "AK"),
    ("Arizona", "Ariz", "AZ"),
    ("Arkansas", "Ark", "AR"),
    ("California", "Calif", "CA"),
    ("Colorado", "Colo", "CO"),
    ("Connecticut", "Conn", "CT"),
    ("Delaware", "Del", "DE"),
    ("Florida", "Fla", "FL"),
    ("Georgia", "Ga", "GA"),
    ("Hawaii", "Hawaii", "HI"),
    ("Idaho", "Idaho", "ID"),
    ("Illinois", "Ill", "IL"),
    ("Indiana", "Ind", "IN"),
    ("Iowa", "Iowa", "IA"),
    ("Kansas", "Kan", "KS"),
    ("Kentucky", "Ky", "KY"),
    ("Louisiana", "La", "LA"),
    ("Maine", "Maine", "ME"),
    ("Maryland", "Md", "MD"),
    ("Massachusetts", "Mass", "MA"),
    ("Michigan", "Mich", "MI"),
    ("Minnesota", "Minn", "MN"),
    ("Mississippi", "Miss", "MS"),
    ("Missouri", "Mo", "MO"),
    ("Montana", "Mont", "MT"),
    ("Nebraska", "Neb", "NE"),
    ("Nevada", "Nev", "NV"),
    ("New Hampshire", "NH", "NH"),
    ("New Jersey", "NJ", "NJ"),
    ("New Mexico", "NM", "NM"),
    ("New York", "NY", "NY"),
    ("North Carolina", "NC", "NC"),
    ("North Dakota", "ND", "ND"),
    ("Ohio", "Ohio", "OH"),
    ("Oklahoma", "Okla", "OK"),
    ("Oregon", "Ore", "OR"),
    ("Pennsylvania", "Pa", "PA"),
    ("Rhode Island", "RI", "RI"),
    ("South Carolina", "SC", "SC"),
    ("South Dakota", "SD", "SD"),
    ("Tennessee", "Tenn", "TN"),
    ("Texas", "Tex", "TX"),
    ("Utah", "Utah", "UT"),
    ("Vermont", "Vt", "VT"),
    ("Virginia", "Va", "VA"),
    ("Washington", "Wash", "WA"),
    ("West Virginia", "WVa", "WV"),
    ("Wisconsin", "Wis", "WI"),
    ("Wyoming", "Wyo", "WY"),
];

/// A preposition after which a name is a place ("In Palangkaraya, an official …").
fn place_preposition(w: &str) -> bool {
    matches!(
        w,
        "in" | "near" | "outside" | "inside" | "across" | "around" | "throughout"
    )
}

/// The role a relative clause of office gives, its verb at `v`: "(who) heads the
/// regional water authority" → "head of the regional water authority", "runs a trucking
/// firm in the city" → "head of a trucking firm", "founded the charity" → "founder of the
/// charity". Present tense only ("who led the inquiry" held the post before), and the
/// object up to a comma, a preposition other than "of" or "for", or a verb.
fn office_clause(toks: &[Tok], v: usize) -> Option<String> {
    let noun = match toks.get(v)?.lower.as_ref() {
        "heads" | "runs" | "manages" => "head",
        "leads" => "leader",
        "chairs" => "chair",
        "directs" => "director",
        "owns" => "owner",
        "founded" | "co-founded" | "cofounded" => "founder",
        _ => return None,
    };
    // "who heads up the unit".
    let from = v + 1 + usize::from(toks.get(v + 1).is_some_and(|t| t.is("up")));
    // At most seven words: on the stack.
    let mut words = Words::default();
    for (n, t) in toks.iter().skip(from).take(7).enumerate() {
        if !(t.is_word() || t.kind == Kind::Possessive) {
            break;
        }
        let c = t.class();
        let stops = c.prep && !(t.is("of") || t.is("for"))
            || c.conj
            || c.aux
            || c.time
            || c.adverb
            || c.pronoun && n > 0
            || cue_forms(t.lower.as_ref()).is_some();
        if stops {
            break;
        }
        words.push(t.text);
    }
    let mut kept = words.len();
    while kept > 0 && (matches!(words[kept - 1], "of" | "for") || is_article(words[kept - 1])) {
        kept -= 1;
    }
    let words = &words[..kept];
    // A noun after the article: not "who runs the" alone.
    if words.iter().all(|w| is_article(w) || is_possessive(w)) {
        return None;
    }
    Some(format!("{noun} of {}", join_words(words)))
}

/// Whether the name at `start` follows "presided over by" after a court or tribunal
/// named a few words before: "The Cairo Criminal Court, presided over by Counsellor …",
/// "a tribunal presided over by Judge …".
fn presides_over_court(toks: &[Tok], start: usize) -> bool {
    let Some(by) = start.checked_sub(1) else {
        return false;
    };
    by >= 2
        && toks[by].is("by")
        && toks[by - 1].is("over")
        && toks[by - 2].is("presided")
        && toks[by.saturating_sub(8)..by - 2]
            .iter()
            .any(|t| matches!(t.lower.as_ref(), "court" | "tribunal" | "bench"))
}

/// The party to a case that a name after "filed by" (or "moved", "brought", "lodged by")
/// is, by what was filed: "the petition filed by Muhammad Rafiq" makes him "the
/// petitioner", an appeal the appellant, a complaint the complainant, a suit the
/// plaintiff.
fn party_by_filing(toks: &[Tok], start: usize) -> Option<&'static str> {
    let by = start.checked_sub(1)?;
    if by < 2
        || !toks[by].is("by")
        || !matches!(
            toks[by - 1].lower.as_ref(),
            "filed" | "moved" | "brought" | "lodged" | "submitted"
        )
    {
        return None;
    }
    toks[by.saturating_sub(5)..by - 1]
        .iter()
        .rev()
        .find_map(|t| match t.lower.as_ref() {
            "petition" | "petitions" | "writ" => Some("petitioner"),
            "appeal" => Some("appellant"),
            "complaint" => Some("complainant"),
            "suit" | "lawsuit" => Some("plaintiff"),
            _ => None,
        })
}

/// The post given after a name and a comma at `end + 1` ([`appositive`]): "Rachel Kim,
/// policy director at …", "Dave Hollis, the club's chairman", "Gary Mills, a builder
/// from Upton". A number after the comma is no post.
fn appositive_post(e: &mut Entity, toks: &[Tok], end: usize) {
    let Some(t) = toks.get(end + 2) else { return };
    // "Maria Lopez, who heads the regional water authority, said".
    if t.is("who")
        && let Some(role) = office_clause(toks, end + 3)
    {
        e.person = true;
        e.note_role(t.start, role);
        return;
    }
    let unlisted_post = crate::extract::attribution::post_with_modifiers(toks, end + 2);
    if t.is_word()
        && !t.cap()
        // A post, not a group: "in Kestria, officials said" gives Kestria no role.
        && (person_post(t.lower.as_ref())
            // "Rachel Kim, policy director at Clean Rivers Trust,": unlisted words before
            // the role noun.
            || unlisted_post.is_some())
    {
        // "Majed Al-Ansari, spokesman of the ministry, said"; "Lena Sorensen, deputy
        // director of the institute": the role runs over modifiers to its last role noun.
        e.person = true;
        // "Kim Forrest, chief investment officer at …": a role noun may also open the
        // post before unlisted words and the role noun that ends it.
        let mut last = unlisted_post
            .or_else(|| crate::extract::attribution::post_with_modifiers(toks, end + 3))
            .unwrap_or(end + 2);
        for (k, n) in toks.iter().enumerate().skip(last + 1).take(3) {
            if !n.is_word() || n.cap() {
                break;
            }
            let l = n.lower.as_ref();
            if role_lookup(l).is_some() {
                last = k;
            } else if !crate::lexicon::ROLE_MODIFIERS.contains(l) {
                break;
            }
        }
        // Joined from the tokens, without a vector of their words first.
        let role = join_iter(toks[end + 2..=last].iter().map(|t| t.text));
        e.note_role(t.start, role);
    } else if t.is("the")
        && let Some(role) = the_post(toks, end + 3)
    {
        e.person = true;
        e.note_role(toks[end + 3].start, role);
    } else if t.cap()
        && let Some(role) = capitalised_post(toks, end + 2)
    {
        // "Hamad al Rawahi, Minister of Energy and Minerals, said".
        e.person = true;
        e.note_role(t.start, role);
    } else if t.is("a") || t.is("an") {
        let phrase = toks[end + 3..]
            .iter()
            .take_while(|t| {
                (t.is_word() || t.kind == Kind::Number) && {
                    let c = t.class();
                    !(c.prep || c.conj || c.det || c.pronoun || c.aux)
                        && crate::lexicon::cue_forms(t.lower.as_ref()).is_none()
                }
            })
            .count();
        // "… between Kurla and Thane, a railway spokesperson said.": a role running
        // straight into its speech verb speaks after the clause; it is not Thane's post.
        if toks
            .get(end + 3 + phrase)
            .is_some_and(|v| crate::lexicon::cue_forms(v.lower.as_ref()).is_some())
        {
            return;
        }
        e.person = true;
        if e.role.is_none() {
            let words: Vec<&str> = toks[end + 3..end + 3 + phrase]
                .iter()
                .take(4)
                .map(|t| t.text)
                .collect();
            if !words.is_empty() {
                e.note_role(toks[end + 3].start, join_words(&words));
            }
        }
    }
}

/// "Jana Horvat, 38, was asleep with her two children": the first gendered pronoun after
/// a person, with nobody else named in between, gives that person's gender.
/// "Helen Marchbank has delivered her second budget as chancellor": "as" and a person's
/// post (after "the" or an owner's word at most) after the one person named before it
/// in the sentence is that person's post, which "the chancellor" later names. Not "as a
/// …" (a past post or a comparison), nor a post a word of which follows ("as police
/// officers").
fn learn_post_as(reg: &mut Registry, toks: &[Tok], people: &[(usize, usize)]) {
    let Some(&(first_end, _)) = people.first() else {
        return;
    };
    for m in first_end + 1..toks.len() {
        // "Bogdan Hrastić, who as minister of infrastructure oversaw …": a relative
        // clause tells what the person did in a post, held then, not now.
        if !toks[m].is("as") || toks[m - 1].is("who") {
            continue;
        }
        let mut p = m + 1;
        if toks
            .get(p)
            .is_some_and(|t| matches!(t.lower.as_ref(), "the" | "her" | "his" | "their"))
        {
            p += 1;
        }
        let Some(post) = toks.get(p).filter(|t| t.is_word() && !t.cap()) else {
            continue;
        };
        if !one_person_post(post.lower.as_ref())
            || toks.get(p + 1).is_some_and(|n| {
                n.is_word() && !n.cap() && n.class() == crate::lexicon::WordClasses::default()
            })
        {
            continue;
        }
        let mut before = people.iter().filter(|(e, _)| *e < m).map(|(_, i)| *i);
        if let Some(only) = before.next()
            && before.all(|i| i == only)
            && reg.entities[only].person
        {
            let at = post.start;
            reg.entities[only].note_role(at, post.lower.to_string());
        }
    }
}

fn learn_gender(reg: &mut Registry, toks: &[Tok], people: &[(usize, usize)]) {
    let Some(&(first_end, _)) = people.first() else {
        return;
    };
    for (k, t) in toks.iter().enumerate().skip(first_end + 1) {
        let g = match t.lower.as_ref() {
            "he" | "his" | "him" | "himself" => Gender::Male,
            "she" | "her" | "hers" | "herself" => Gender::Female,
            _ => continue,
        };
        let mut before = people.iter().filter(|(e, _)| *e < k).map(|(_, i)| *i);
        if let Some(only) = before.next()
            && before.all(|i| i == only)
            && reg.entities[only].gender.is_none()
        {
            reg.entities[only].gender = Some(g);
        }
        return;
    }
}

/// Where the shortest run of last words of `words` starts whose capitalised words'
/// initials spell `initials` ("KAPP" of "… the Kuwait Authority for Partnership
/// Projects"), when a post's "of", "for" or "the" stands before it.
fn spelled_suffix(words: &[&str], initials: &str) -> Option<usize> {
    if initials.len() < 2 || !initials.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let want = initials.as_bytes();
    let mut got = 0;
    for k in (0..words.len()).rev() {
        let w = words[k];
        if matches!(w, "of" | "for" | "the" | "and" | "&" | "on") {
            continue;
        }
        let first = w.bytes().next()?;
        if !first.is_ascii_uppercase() || got == want.len() || want[want.len() - 1 - got] != first {
            return None;
        }
        got += 1;
        if got == want.len() {
            // After a post's "of" or "the": "Banayog Provincial Disaster … Council
            // (PDRRMC)" keeps its place's name.
            return (k > 0 && matches!(words[k - 1], "of" | "the" | "for")).then_some(k);
        }
    }
    None
}

/// Whether the token at `i` continues the run of a name that opened at `start`.
fn name_continues(toks: &[Tok], start: usize, i: usize) -> bool {
    let n = &toks[i];
    n.cap()
        || n.kind == Kind::Possessive
        || (n.is_word()
            && !n.cap()
            && ROLES.contains_key(n.lower.as_ref())
            && toks.get(i + 1).is_some_and(Tok::cap))
        || ((n.is("of") || n.is("for") && !crate::extract::attribution::person_words(&toks[start..i]))
            && toks.get(i + 1).is_some_and(Tok::cap))
        // "the Committee on Lands and Forestry"
        || crate::extract::attribution::on_joins_name(toks, i)
        // "Procter & Gamble", "Pruitt Halloran & Weiss LLP": an ampersand between
        // capitalised words joins one name.
        || n.punct('&') && i > 0 && toks[i - 1].cap() && toks.get(i + 1).is_some_and(Tok::cap)
        // "Ernesto “Bong” Lacsamana": a nickname between two words of a name.
        || n.is_nickname() && i > 0 && toks[i - 1].cap() && toks.get(i + 1).is_some_and(Tok::cap)
        // "Mr Rizal bin Hamzah", "Ms Ana de la Cruz": a particle inside the name. (The run
        // ended at it, and "Mr Rizal" became someone of their own.)
        || (n.is_word()
            && crate::lexicon::is_name_particle(n.lower.as_ref())
            && toks.get(i + 1).is_some_and(|t| {
                t.cap() || crate::lexicon::is_name_particle(t.lower.as_ref())
            }))
}

/// A claim's resolved (speaker, via, addressee).
pub(crate) type Resolved = (Option<Speaker>, Vec<Speaker>, Option<CompactString>);

/// Resolved (speaker, via, addressee) for each raw claim, in order, and the people the
/// document names with a role.
pub(crate) fn resolve<'a>(
    doc: &'a Document,
    lower: &'a LowerView,
    seg: &Segmentation,
    claims: &[RawClaim<'a>],
    sentence_toks: SentenceTokens<'a>,
) -> (Vec<Resolved>, Vec<Person>) {
    let mut reg = build_registry(doc, lower, seg, sentence_toks);
    // One entry per claim: sized once instead of grown (each growth copied the entries
    // so far into a new block of a few kilobytes).
    let mut out: Vec<Resolved> = Vec::with_capacity(claims.len());
    // The entity of each claim's speaker, for the kinds settled at the end.
    let mut speakers: Vec<Option<usize>> = Vec::with_capacity(claims.len());
    // The last resolved speaker: the speaker is read from `out` rather than copied for
    // every claim.
    let mut last_at: Option<LastAt> = None;
    // The same for an unnamed source ("a council spokeswoman") that spoke after it.
    let mut unnamed_at: Option<(usize, usize, usize)> = None;
    for c in claims {
        let last = last_at.and_then(|(k, ent, para, end, relayer)| {
            let claim = out.get(k)?;
            let s = match relayer {
                Some(v) => claim.1.get(v)?,
                None => claim.0.as_ref()?,
            };
            Some((s, ent, para, end))
        });
        let unnamed = unnamed_at.and_then(|(k, para, end)| {
            let s = out.get(k)?.0.as_ref()?;
            Some((s, None, para, end))
        });
        if c.inherited
            && let Some(prev) = out.last()
        {
            let prev = (prev.0.clone(), prev.1.clone(), None);
            out.push(prev);
            speakers.push(speakers.last().copied().flatten());
            continue;
        }
        let speaker = c
            .speaker
            .as_ref()
            .map(|np| resolve_np(&mut reg, np, c.hint.as_ref(), (last, unnamed), c.first_para));
        if let Some((_, Some(i))) = &speaker
            && !c.conjunct
        {
            // Not the first of two names joined by "and": "Marks" of "Marks and Spencer".
            reg.entities[*i].note_speech();
        }
        // The first person among the intermediaries, who is the subject of the sentence
        // that relays: "Mensah claimed the minister had told members …" (Mensah), "…,
        // LeBlanc said Fontenot had told him, AP reported" (LeBlanc, not AP).
        let mut relayer = None;
        let via: Vec<Speaker> = c
            .via
            .iter()
            .enumerate()
            .map(|(v, np)| {
                let (s, ent) = resolve_np(&mut reg, np, None, (last, unnamed), c.first_para);
                // Not an organisation, nor a name shaped like one ("TASS", "the
                // Associated Press").
                if relayer.is_none()
                    && let Some(i) = ent
                    && reg.entities[i].note_speech()
                {
                    relayer = Some((v, i));
                }
                s
            })
            .collect();
        let addressee = c.addressee.as_ref().map(|np| {
            let (s, _) = resolve_np(&mut reg, np, None, (None, None), c.first_para);
            s.name
        });
        if let Some((s, ent)) = &speaker
            && (s.resolved || ent.is_some())
        {
            // A pronoun after relayed speech is the relayer's: "… had told members in
            // May. He indicated that …" (see `resolve_pronoun`).
            last_at = Some(match relayer {
                Some((v, i)) => (out.len(), Some(i), c.last_para, c.span.end, Some(v)),
                None => (out.len(), *ent, c.last_para, c.span.end, None),
            });
            unnamed_at = None;
        } else if let Some((s, None)) = &speaker
            && s.kind == SpeakerKind::Unnamed
            // Not a source inside the last speaker's claim: "Priya Desai said a guard had
            // told her …".
            && last_at.is_none_or(|(_, _, _, end, _)| c.span.start >= end)
        {
            unnamed_at = Some((out.len(), c.last_para, c.span.end));
        }
        // "…, the ministry said in a statement": the statement is the ministry's, whether
        // or not an entity stands for it.
        if let (Some(channel), Some((s, ent))) = (&c.channel, &speaker)
            && let Some(noun) = channel.split_whitespace().find(|w| {
                with_lower(w, role_lookup).is_some_and(|(c, plural)| c == RoleClass::Doc && !plural)
            })
        {
            let noun = CompactString::from(lower_case(noun));
            let author = match ent {
                Some(i) => DocAuthor::Entity(*i),
                None => DocAuthor::Unresolved(s.clone()),
            };
            reg.doc_authors.push((c.span.start, noun, author));
        }
        speakers.push(speaker.as_ref().and_then(|(_, ent)| *ent));
        out.push((speaker.map(|(s, _)| s), via, addressee));
    }
    // A name read as a person or a name when it first spoke and shown later to be an
    // organisation (the "it" that speaks for it) is an organisation in all its claims.
    // Only then: kinds settled as each claim was resolved stand otherwise (the pass was
    // a look-up per claim of every document for the few where an "it" speaks).
    if reg.turned_org {
        for (r, ent) in out.iter_mut().zip(speakers) {
            if let (Some(s), Some(i)) = (&mut r.0, ent)
                && s.resolved
                && s.kind != SpeakerKind::Organization
                && kind_of(&reg.entities[i]) == SpeakerKind::Organization
            {
                s.kind = SpeakerKind::Organization;
            }
        }
    }
    let people = people_of(&reg, doc.view());
    reg.recycle();
    (out, people)
}

/// The speaker of the last claim that resolved one, with its entity, the claim's last
/// paragraph and its end.
type Last<'s> = (&'s Speaker, Option<usize>, usize, usize);

/// Where [`Last`] is read from: the claim's index among those resolved, the entity, the
/// claim's last paragraph and end, and the index in the claim's via when the relayer is
/// meant rather than the speaker.
type LastAt = (usize, Option<usize>, usize, usize, Option<usize>);

/// Words that open a speaker phrase as its determiner, left out of its name: "the
/// commuter", "a guard", "her deputy", "His widow".
const LEADING_DETS: [&str; 18] = [
    "the", "The", "a", "A", "an", "An", "his", "His", "her", "Her", "their", "Their", "its", "Its",
    "our", "Our", "my", "My",
];

/// [`LEADING_DETS`]' first bytes and lengths: every name phrase's first word is asked,
/// and most are ruled out by a table read rather than eighteen comparisons.
static LEADING_DET_HEADS: LazyLock<crate::lexicon::HeadLengths> =
    LazyLock::new(|| crate::lexicon::HeadLengths::of(LEADING_DETS));

/// `LEADING_DETS.contains(&w)`.
fn is_leading_det(w: &str) -> bool {
    LEADING_DET_HEADS.may_hold(w) && LEADING_DETS.contains(&w)
}

/// Whether a capitalised word opens a phrase as its determiner ("The", "His", "This")
/// rather than naming anything.
fn is_determiner_cap(w: &str) -> bool {
    is_leading_det(w) || matches!(w, "This" | "That")
}

fn strip_det(text: &str) -> String {
    let mut t = collapse(text);
    t.replace_range(..det_len(&t), "");
    t
}

/// [`strip_det`] for a speaker's field, copied inline when short.
fn strip_det_compact(text: &str) -> CompactString {
    let t = crate::segment::collapsed(text);
    CompactString::from(&t[det_len(&t)..])
}

/// The length of the determiner and its space that open the collapsed phrase `t`, 0 when
/// none does.
fn det_len(t: &str) -> usize {
    // (The first space found by a byte loop: the first word is a few bytes, and a
    // character searcher cost more than the search.)
    if let Some(sp) = t.bytes().position(|b| b == b' ') {
        let (first, rest) = (&t[..sp], &t[sp + 1..]);
        // "One official said" and "Another trader said" are "an official said", "a
        // trader said"; "One Nation leader" and "one of the officials" keep their "one".
        if is_leading_det(first)
            && let Some(q) = quantifier_len(rest)
        {
            return sp + 1 + q;
        }
        if is_leading_det(first)
            || (first.eq_ignore_ascii_case("one") || first.eq_ignore_ascii_case("another"))
                && rest.starts_with(char::is_lowercase)
                && !rest.starts_with("of ")
        {
            return sp + 1;
        }
    }
    0
}

/// After an article, the rest of a quantifier of several words and its space ("number
/// of ", "large number of ", "couple of ", "handful of ", "few "), when `rest` opens with
/// one and a lower-case word follows it: "A number of residents" is the residents. One
/// word may stand before the noun, as attribution reads it ("a large number of").
fn quantifier_len(rest: &str) -> Option<usize> {
    fn noun_of(h: &str) -> Option<&str> {
        crate::lexicon::QUANTIFIER_NOUNS
            .iter()
            .find_map(|q| h.strip_prefix(q).and_then(|r| r.strip_prefix(" of ")))
            .or_else(|| h.strip_prefix("few "))
    }
    let after = noun_of(rest).or_else(|| {
        let (adj, h) = rest.split_once(' ')?;
        adj.starts_with(char::is_lowercase)
            .then(|| noun_of(h))
            .flatten()
    })?;
    after
        .starts_with(char::is_lowercase)
        .then_some(rest.len() - after.len())
}

fn kind_of(e: &Entity) -> SpeakerKind {
    if e.org || e.typed_org || e.orgish > 0 && !e.person || e.initials_body() {
        SpeakerKind::Organization
    } else if e.person {
        SpeakerKind::Person
    } else {
        SpeakerKind::Named
    }
}

fn speaker_of(reg: &Registry, i: usize, surface: &str) -> Speaker {
    let e = &reg.entities[i];
    Speaker {
        name: CompactString::from(e.canonical.as_str()),
        surface: collapse_compact(surface),
        role: e.role.as_deref().map(CompactString::from),
        resolved: true,
        kind: kind_of(e),
    }
}

/// A named person or organisation of a document with every role the document gives it,
/// whether or not it speaks: compare checks that outlets agree on who people are.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct Person {
    /// Canonical name, as in [`Speaker::name`].
    pub name: CompactString,
    /// What it is.
    pub kind: SpeakerKind,
    /// Each role as written, in document order.
    pub roles: Vec<RoleMention>,
}

/// A role given to a person at one place.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct RoleMention {
    /// The role words ("Russian Deputy Foreign Minister").
    pub role: CompactString,
    /// Byte range of the role in the document text (the start of the mention when the
    /// words are not found verbatim).
    pub start: usize,
    /// End of the byte range.
    pub end: usize,
}

fn people_of(reg: &Registry, view: &str) -> Vec<Person> {
    let mut people: Vec<Person> = reg
        .entities
        .iter()
        .filter(|e| !e.role_mentions.is_empty())
        .map(|e| {
            let mut roles: Vec<RoleMention> = e
                .role_mentions
                .iter()
                .map(|(at, role)| {
                    // The role begins at or shortly after the mention ("the Kremlin aide").
                    let mut end = (*at + role.len() + 40).min(view.len());
                    while !view.is_char_boundary(end) {
                        end -= 1;
                    }
                    let window = view.get(*at..end).unwrap_or("");
                    match window.find(role.as_str()) {
                        Some(i) => RoleMention {
                            role: CompactString::from(role.as_str()),
                            start: at + i,
                            end: at + i + role.len(),
                        },
                        None => RoleMention {
                            role: CompactString::from(role.as_str()),
                            start: *at,
                            end: *at,
                        },
                    }
                })
                .collect();
            roles.sort_by_key(|r| r.start);
            roles.dedup();
            Person {
                name: CompactString::from(e.canonical.as_str()),
                kind: kind_of(e),
                roles,
            }
        })
        .collect();
    held_for_comparison(&mut people);
    people
}

/// A document's people, kept for a whole comparison, cut to their length: the list
/// (`collect` through a filter, or serde, grows it by doubling) and each person's roles
/// (less the duplicates dropped).
pub(crate) fn held_for_comparison(people: &mut Vec<Person>) {
    people.shrink_to_fit();
    for p in people.iter_mut() {
        p.roles.shrink_to_fit();
    }
}

pub(crate) fn unresolved(surface: &str, role: Option<CompactString>) -> Speaker {
    // Collapsed once for both: the name is the surface without its determiner.
    let surface = collapse_compact(surface);
    Speaker {
        name: CompactString::from(&surface[det_len(&surface)..]),
        surface,
        role,
        resolved: false,
        kind: SpeakerKind::Unnamed,
    }
}

/// `last` is (the last resolved speaker, an unnamed source who spoke after it): see
/// [`Last`].
fn resolve_np(
    reg: &mut Registry,
    np: &RawNp,
    hint: Option<&RawNp>,
    (last, unnamed): (Option<Last>, Option<Last>),
    para: usize,
) -> (Speaker, Option<usize>) {
    if np.kind != NpKind::Pronoun
        && let Some(found) = post_at_employer_name(reg, np)
    {
        return found;
    }
    match np.kind {
        NpKind::Name => resolve_name(reg, np),
        NpKind::Pronoun => resolve_pronoun(reg, np, hint, (last, unnamed), para),
        NpKind::Role => resolve_role(reg, np),
    }
}

/// Where the person's name starts in a post over a body whose name ends in an
/// organisation's word: "Chairman of the Finance Committee Patricia Chilembwe",
/// "Chairperson of the Parliamentary Committee on Agriculture Patricia Chilembwe". The
/// post opens the phrase and "of" or "for" follows it; after the body's last organisation
/// word (and a complement after "on", up to a given name or the last two words) come two
/// or three capitalised words.
fn post_over_body_name(ws: &[&str]) -> Option<usize> {
    let of = ws.iter().position(|w| matches!(*w, "of" | "for"))?;
    if of == 0 || !ws[..of].iter().any(|w| TITLES.contains(w) || one_post(w)) {
        return None;
    }
    let head = (of + 2..ws.len().saturating_sub(2))
        .rev()
        .find(|&k| ws[k].starts_with(char::is_uppercase) && is_org_head(ws[k]))?;
    let mut k = head + 1;
    // "… Committee on Agriculture", "… Ministry of Health", "… of Electricity, Water and
    // Renewable Energy": the body's complement, its portfolios (and a word before one)
    // and the commas and "and" of their list, not a given name, up to the last two words.
    if matches!(ws[k], "on" | "of" | "for") {
        k += 2;
        let portfolio = |w: &str| crate::lexicon::is_portfolio(w);
        while ws.len().saturating_sub(k) > 2
            && !GIVEN_NAMES.contains_key(ws[k])
            && (portfolio(ws[k])
                || matches!(ws[k], "," | "and" | "&")
                || ws[k].starts_with(char::is_uppercase) && portfolio(ws[k + 1]))
        {
            k += 1;
        }
    }
    // "… Economic Committee Hojatoleslam Mohammad-Reza Kazemi-Ardakani": a courtesy
    // title before the name is the title's.
    while ws.len().saturating_sub(k) > 2 && (is_courtesy(ws[k]) || name_entry(ws[k]).title) {
        k += 1;
    }
    let rest = ws.get(k..)?;
    // "… Savar Police Station Rahman": a police unit is the body's last word.
    ((2..=3).contains(&rest.len())
        && !is_police_unit(rest[0])
        && rest
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) && !is_org_head(w)))
    .then_some(k)
}

/// Whether a capitalised word holds two digits or more ("RM250", "Rs18", "N95"): an
/// amount or a code ("G7", "F1" keep their one digit).
fn amount_word(w: &str) -> bool {
    // A name's last byte is no digit: one test for nearly every word.
    w.as_bytes().last().is_some_and(u8::is_ascii_digit)
        && w.bytes().filter(u8::is_ascii_digit).count() >= 2
}

/// Where the body starts in a person's post over it that is followed by the body's
/// initials in brackets: "Director General of the Cotton and Cashew Council" → 4. The
/// post is capitalised words opening with a listed title or a one-person post, then "of"
/// (and "the"); the body is capitalised words and joiners ending in an organisation's
/// word.
fn body_after_post(words: &[&str]) -> Option<usize> {
    // Asked of every name the registry reads: the "of" first, then the look-ups.
    let article = usize::from(words.first().is_some_and(|w| is_article(w)));
    let of = words.iter().take(4 + article).position(|w| *w == "of")?;
    let first = words.get(article)?;
    if of <= article || !(TITLES.contains(first) || one_post(first)) {
        return None;
    }
    let body = of + 1 + usize::from(words.get(of + 1) == Some(&"the"));
    let rest = words.get(body..)?;
    (rest.len() >= 2
        // Post words only: "Economist Lena Ng of Halden Bank" names a person of it.
        && words[article..of].iter().all(|w| {
            w.starts_with(char::is_uppercase)
                && (TITLES.contains(w) || with_lower(w, role_lookup).is_some())
        })
        && rest
            .first()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
        && rest.last().is_some_and(|w| is_org_head(w))
        && rest
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || matches!(*w, "and" | "of" | "for" | "&")))
    .then_some(body)
}

/// Whether `w` is one person's post ("economist", "head"), in any case.
fn one_post(w: &str) -> bool {
    with_lower(w, one_person_post)
}

/// Whether the words of a post (lower case) hold every word of a role's head `hw`. A
/// head of one word must head the post, not modify a role word after it: "the chief" is
/// the "Fire Chief", not the "Majority Chief Whip".
fn heads_post<'w>(words: impl Iterator<Item = &'w str>, hw: &[&str]) -> bool {
    if let [h] = hw {
        // Whether the word before matched the head, waiting on the word after it.
        let mut matched = false;
        // Whether the words since the match are military ranks, the person's and not a
        // post the head modifies: "Communication Minister Colonel Mahamadou Boré" is "the
        // minister", "Interior Minister Lieutenant General …" too. "General" counts only
        // after another rank: in "Attorney General" it is the post.
        let mut ranked = false;
        // The word before, and the word before the last preposition passed.
        let mut before: Option<&str> = None;
        let mut before_prep: Option<&str> = None;
        // The complement after a person's post and its preposition is no head: "Counsel
        // for the petitioner" is no petitioner ("Reserve Bank of Zimbabwe governor" is
        // the governor: the "of" is the bank's). The word before the preposition is looked
        // up only when the head matches after it: this runs for every word of every post
        // the look-back meets.
        let complement =
            |b: Option<&str>| b.is_some_and(|b| role_lookup(b).is_some_and(|(c, _)| c.of_person()));
        let mut guard: Option<&str> = None;
        for w in words {
            if matched && role_lookup(w).is_none() {
                return !complement(guard);
            }
            if matches!(w, "of" | "for" | "to" | "at") {
                before_prep = before;
            } else if w == "and" {
                // "Leader of the Opposition and Micoud North MP": a second post.
                before_prep = None;
            }
            before = Some(w);
            if matched && with_lower(w, |l| rank_after_post(l, ranked)) {
                ranked = true;
                continue;
            }
            let r = role_synonym(w);
            matched = r == *h || generic_post_covers(h, r);
            if matched {
                guard = before_prep;
            }
            ranked = false;
        }
        return matched && !complement(guard);
    }
    let words: Words = words.collect();
    hw.iter()
        .all(|h| words.iter().any(|w| role_synonym(w) == *h))
}

/// Whether `lower`, a word after a civilian post, is the person's military rank and not
/// part of the post: "Communication Minister Colonel Mahamadou Boré", "Interior Minister
/// Lieutenant General …". "General" is a rank only after another (`ranked`): alone after
/// a post it is part of it ("Attorney General"). Resolution's post matching and
/// compare's office family read the same words.
pub(crate) fn rank_after_post(lower: &str, ranked: bool) -> bool {
    let l = lower.trim_end_matches('.');
    // "Presidential Spokesman Ambassador Mohamed el-Gamal": a diplomat keeps the rank of
    // ambassador before the name in other posts too (Arab and African state copy). So
    // does a minister who sits in a senate: "Transport and Mining Minister Senator Aubyn
    // Hylton" (Caribbean and Philippine copy).
    is_military_rank(l)
        || matches!(l, "ambassador" | "senator" | "sen")
        || ranked && matches!(l, "general" | "gen")
}

/// Whether `lower` (without a period) is a military rank that may follow a civilian post.
fn is_military_rank(lower: &str) -> bool {
    matches!(
        lower,
        "colonel"
            | "col"
            | "lieutenant"
            | "lt"
            | "brigadier"
            | "brig"
            | "commodore"
            | "admiral"
            | "adm"
            | "captain"
            | "capt"
            | "major"
            | "maj"
            | "marshal"
    )
}

/// Whether a lower-case word is a title of the peerage ("lord", "baroness"): a rank that
/// is the person's role, which "the noble" or "the peer" names.
fn is_peerage(lower: &str) -> bool {
    matches!(
        lower,
        "lord" | "lady" | "baroness" | "baron" | "earl" | "viscount" | "marquess" | "duke"
    )
}

/// Whether the generic post `h` names the holder of post `r` (both as
/// [`role_synonym`] gives them), one way only: "Rep. J. Saye Gbarngay-Tokpah … The
/// lawmaker" (every legislator is a lawmaker; "the senator" is no representative),
/// "Japanese Ambassador Hiroshi Takeda … the diplomat said" (an envoy is a diplomat),
/// "co-founder and CEO Dana Kessler-Hart … the executive wrote" (a chief officer is an
/// executive; "the CEO" is no CFO), "Special Representative … the envoy".
fn generic_post_covers(h: &str, r: &str) -> bool {
    match h {
        "lawmaker" => matches!(r, "representative" | "senator" | "congressman"),
        "diplomat" => matches!(
            r,
            "ambassador" | "envoy" | "consul" | "consul general" | "high commissioner"
        ),
        "executive" => matches!(
            r,
            "chief executive" | "cfo" | "coo" | "cto" | "cio" | "cmo" | "cso"
        ),
        // "The EU Special Representative for the Belgrade-Prishtina Dialogue, Henrik
        // Solberg, … the envoy wrote": a special representative or an ambassador is an
        // envoy.
        "envoy" => matches!(r, "representative" | "ambassador" | "emissary"),
        // "Hon. Lord Ha'amoalupe … the noble said": a lord or a lady of a title is a noble,
        // a peer in Britain.
        // "the village chief, Mr. Sékouba Cissokho, … the elder told our correspondent":
        // a chief of a village or a clan is its elder.
        "elder" => matches!(r, "chief" | "headman" | "chieftain"),
        "noble" | "peer" => is_peerage(r),
        _ => false,
    }
}

/// Where the person's name starts in `run`, capitalised words after a post's "at" that
/// name the employer and then the person ("ING Carsten Brzeski", "Capital Economics
/// Jennifer McKeown"): at a given name with a word after it, or else at the last two
/// words. `None` for fewer than three words, a word in lower case, or an organisation's
/// word among the person's ("Parcelly Capital Partners" is the employer alone).
fn person_after_employer(run: &[&str]) -> Option<usize> {
    if run.len() < 3 || !run.iter().all(|w| w.starts_with(char::is_uppercase)) {
        return None;
    }
    // "Officer-in-Charge of Ashulia Police Station Md Abu Sayeed Miah", "… of Savar Police
    // Station Rahman": a police unit ends the employer, and the person is all after it.
    let after_unit = run
        .windows(2)
        .position(|p| p[0] == "Police" && is_police_unit(p[1]))
        .map(|k| k + 2)
        .filter(|&e| e < run.len());
    // "(Undersecretary of the Ministry of) Health Adel Yousef Al-Zamel": after a remit of
    // portfolios, the person is all the rest, two or three words.
    let after_remit = || {
        let k = run.iter().position(|w| !crate::lexicon::is_portfolio(w))?;
        (k >= 1 && (2..=3).contains(&(run.len() - k))).then_some(k)
    };
    let at = after_unit
        .or_else(|| (1..run.len() - 1).find(|&k| is_given_name(run[k])))
        .or_else(after_remit)
        .unwrap_or(run.len() - 2);
    let firm = |w: &&str| {
        is_org_head(w)
            || with_lower(w, |l| {
                matches!(
                    l,
                    "capital"
                        | "partners"
                        | "holdings"
                        | "group"
                        | "investments"
                        | "management"
                        | "advisors"
                        | "advisers"
                        | "associates"
                        | "ventures"
                        | "economics"
                        | "analytics"
                )
            })
    };
    // "a spokeswoman for Ms Ní Fhearghail": an honorific is no employer; the phrase is
    // the post of someone acting for that person.
    if run[..at].iter().all(|w| is_honorific(w)) {
        return None;
    }
    (!run[at..].iter().any(firm)).then_some(at)
}

/// Where the person starts in the words after a post's preposition when they are a
/// lower-case remit and then the holder's name: "(critic for) the French language
/// Daniel Whitfield-Nadeau". The name is the last two to four capitalised words, opening
/// with a given name and holding no organisation's word, after a plain lower-case word
/// (not "of the Foreign Ministry", whose capitals are a body's).
fn person_after_remit(run: &[&str]) -> Option<usize> {
    let start = run
        .iter()
        .rposition(|w| !w.starts_with(char::is_uppercase))?
        + 1;
    (plain_lower_word(run[start - 1])
        && (2..=4).contains(&(run.len() - start))
        && is_given_name(run[start])
        && !run[start..].iter().any(|w| is_org_head(w)))
    .then_some(start)
}

/// "Chief economist at ING Carsten Brzeski", "Head of research at Parcelly Tom Lee": wire
/// copy runs a post, its employer and the holder's name together before the verb. The
/// capitalised words after the post's last "at", "of", "for" or "with" are the employer
/// and then the person: from a given name with a word after it, or else the last two
/// words when the employer has one word or more before them. The person is resolved as
/// that name, with everything before it as the role. `None` for any other phrase ("a
/// spokesman for Network Rail": no person's name).
fn post_at_employer_name(reg: &mut Registry, np: &RawNp) -> Option<(Speaker, Option<usize>)> {
    // The last preposition and the words after it, read off the word ranges: asked of
    // every speaker phrase, where four substring searches cost 1.7% of extraction.
    let (mut p, mut n) = (None, 0);
    // "Ambassador of Japan to Tajikistan Hiroshi Takeda": an envoy's "to" is a
    // preposition of the post too ("an adviser to Prime Minister Keir Starmer" is about
    // someone else).
    let mut envoy = false;
    for (k, r) in np.words.iter().enumerate() {
        let w = &np.text[r];
        if post_to_holder(w) || envoy && w == "to" {
            p = Some(k);
        }
        envoy |= crate::lexicon::is_envoy_title(w);
        n = k + 1;
    }
    let p = p?;
    if n < p + 4 {
        return None;
    }
    let words = np.words();
    // A post before the preposition: "economist", "head of research".
    if !words[..p].iter().any(|w| one_post(w)) {
        return None;
    }
    // "Analyst Anele Dyantyi of Veritas Energy Research": a name of two words right
    // before the preposition holds the post already; what follows is the employer.
    let plain_cap = |w: &str| {
        w.starts_with(char::is_uppercase)
            && !one_post(w)
            && !is_org_head(w)
            && country_of(w).is_none()
    };
    if p >= 3 && plain_cap(words[p - 1]) && plain_cap(words[p - 2]) {
        return None;
    }
    let after = &words[p + 1..];
    // "Head of the State Revenue Committee Arman Hovhannisyan": the name after a post
    // over a body (a lower-case "the" before the body is no employer's run).
    let at = (person_after_employer(after).or_else(|| person_after_remit(after)))
        .map(|k| p + 1 + k)
        .or_else(|| post_over_body_name(&words).filter(|&k| k > p))?;
    let spans: Vec<std::ops::Range<usize>> = np.words.iter().collect();
    let part = part_np(np, &spans, at..words.len(), NpKind::Name, false);
    let (mut speaker, i) = resolve_name(reg, &part);
    // The post before it says the name is a person's.
    if !matches!(speaker.kind, SpeakerKind::Person | SpeakerKind::Named) || !speaker.resolved {
        return None;
    }
    speaker.kind = SpeakerKind::Person;
    // "Minister of Agriculture Honourable Sam Kawale", "… of Health Dr. Adel Al-Zamel":
    // a courtesy title before the name is how the name is written, not the post's.
    let post_end = (p + 2..=at)
        .rev()
        .find(|&k| !is_courtesy(words[k - 1]))
        .unwrap_or(at);
    let title = collapse_compact(np.text[..spans[post_end].start].trim_end());
    if let Some(i) = i {
        let e = &mut reg.entities[i];
        e.person = true;
        if e.role.is_none() {
            e.role = Some(title.to_string());
        }
    }
    speaker.role = Some(title);
    speaker.surface = collapse_compact(np.text);
    Some((speaker, i))
}

/// The body whose initials, given in brackets after its name, a phrase is when the
/// phrase reads as a post alone: "The Panama Canal Authority (ACP) … the ACP said" ("ACP"
/// is also an assistant commissioner of police). The phrase at `at` is noted as a mention
/// of it.
fn initials_alias(reg: &mut Registry, parts: &NameParts, at: usize) -> Option<usize> {
    if !parts.name.is_empty() || parts.org.is_some() || reg.aliases.is_empty() {
        return None;
    }
    let [initials] = parts.title else { return None };
    if !is_initials(initials) {
        return None;
    }
    let i = reg
        .aliases
        .get(fold_joined(&[initials]).as_str())
        .copied()?;
    reg.note_mention(i, at);
    Some(i)
}

/// A capitalised phrase: a person, an organisation, a country, or a title alone.
fn resolve_name(reg: &mut Registry, np: &RawNp) -> (Speaker, Option<usize>) {
    let words = np.words();
    // "Sh.Tursunov emphasized" after "Minister of Agriculture Shavkat Tursunov": Central
    // Asian and Russian copy write the given name's initial against the surname. A
    // person the story named whose given name opens with the initial is that person
    // (a Mongolian "B.Dorjpurev", a whole name, is named so from the first).
    if let [only] = &words[..]
        && is_initialled_name(only)
        && let Some((initial, surname)) = only.split_once('.')
    {
        let spaced = [&only[..=initial.len()], surname];
        let parts = NameParts {
            title: &spaced[..0],
            name: &spaced,
            country: None,
            org: None,
        };
        if let Some(i) = reg.mention(&parts, np.start, false, false)
            && reg.entities[i].person
            && reg.entities[i].folded_len >= 2
        {
            return (speaker_of(reg, i, np.text), Some(i));
        }
    }
    // Split while the registry was built, most often (the speaker is a name of the
    // body).
    let parts = reg
        .split_before(np.start, &words)
        .unwrap_or_else(|| split_name(&words));
    // "The Panama Canal Authority (ACP) … the ACP said".
    if let Some(i) = initials_alias(reg, &parts, np.start) {
        return (speaker_of(reg, i, np.text), Some(i));
    }
    // A lone country is read as a title ("US President"), so the name's words
    // alone would be empty: every word but an article is asked.
    let mut own = words.iter().filter(|w| !is_article(w)).peekable();
    // "Ukrainians said", "Palestinians said": a nation's people are a group of
    // sources, not the country; "Democrats said", "Tories said": so are a party's
    // members.
    if let [only] = &words[..]
        && (is_people_of_country(only) || is_party_members(only))
    {
        return (unresolved(np.text, Some(strip_det_compact(np.text))), None);
    }
    // "The Dutchman admitted", "the Portuguese said": a nationality alone after
    // "the" describes the person last made a subject, if one fits (else the
    // country speaks, below).
    // "The 24-year-old Spaniard": an age may stand before the nationality.
    let (age, demonym_words) = match &words[..] {
        [the, aged, only] if aged.ends_with("-year-old") => (
            aged.strip_suffix("-year-old")
                .and_then(|n| n.parse::<u16>().ok()),
            Some([*the, *only]),
        ),
        [the, only] => (None, Some([*the, *only])),
        _ => (None, None),
    };
    if let Some([the, only]) = demonym_words
        && the.eq_ignore_ascii_case("the")
        && is_demonym(only)
    {
        if let Some(i) = describe(reg, np.start, country_of(only), age, None, None) {
            return (speaker_of(reg, i, np.text), Some(i));
        }
        // "The Croatian", "the Spaniard": one person of that country, not named, never
        // the country itself. "The Portuguese", "the Chinese" are also the nation's
        // side, which speaks below.
        if !only.ends_with("ese") {
            return (unresolved(np.text, Some(strip_det_compact(np.text))), None);
        }
    }
    // "Sen. Thomas Haskell (D-Ohio) … The Ohio Democrat said": the member whose label
    // gave that state and party.
    if let [the, state @ .., party] = &words[..]
        && the.eq_ignore_ascii_case("the")
        && (1..=2).contains(&state.len())
        && let Some(initial) = us_party_initial(party)
        && let Some(state) = us_state(&state.join(" "))
        && let Some(i) = reg.most_recent(np.start, |e| e.us_label == Some((initial, state)))
    {
        return (speaker_of(reg, i, np.text), Some(i));
    }
    // "Lower Saxony's state premier Hannelore Wiegmann said … “…,” the Social Democrat
    // told reporters", "the Republican said": a party's member, one, after "the",
    // describes the person last made a subject, as a nationality does. Not "the Green",
    // which is also a place ("speaking on the Green").
    if let [the, party @ ..] = &words[..]
        && the.eq_ignore_ascii_case("the")
        && (1..=2).contains(&party.len())
        && party.iter().all(|w| w.starts_with(char::is_uppercase))
        && party.last().is_some_and(|w| {
            !w.ends_with('s') && with_folded(w, |f| is_party_word(f) && f != "green")
        })
        && let Some(i) = describe(reg, np.start, None, None, None, None)
    {
        return (speaker_of(reg, i, np.text), Some(i));
    }
    if parts.org.is_none() && own.peek().is_some() && own.all(|w| country_of(w).is_some()) {
        // "Russia said", "Kyiv insisted": the country speaks.
        return (
            Speaker {
                name: strip_det_compact(np.text),
                surface: collapse_compact(np.text),
                role: None,
                resolved: true,
                kind: SpeakerKind::Organization,
            },
            None,
        );
    }
    if parts.org.is_none() && parts.name.is_empty() || post_of_portfolios(&words) {
        // "The President", "the Prime Minister": a title alone is a role phrase. So is
        // "the Minister of Agriculture", a post over its portfolios, no organisation.
        return resolve_role(reg, np);
    }
    // "The Emergency Relief Coordinator went on to say" after "Lucía Ferrand-Diallo, …
    // Emergency Relief Coordinator,", "the CEO of Sonatrach said" after "Sonatrach CEO
    // Mourad Hadjeres": a post in capitals after "the", of an organisation or not, no
    // one's name in it, is the person the story gave a role holding each of its words
    // ("The Red Cross Coordinator" is not the Emergency Relief Coordinator, "the CEO of
    // Betamax" not Acme's chief executive).
    if let [the, rest @ ..] = &words[..]
        && the.eq_ignore_ascii_case("the")
        && rest.len() >= 2
        && rest.iter().any(|w| one_post(w))
        && rest.iter().all(|w| {
            matches!(*w, "of" | "the")
                || w.starts_with(char::is_uppercase) && !GIVEN_NAMES.contains_key(*w)
        })
        && let Some(i) = reg.most_recent(np.start, |e| {
            e.person
                && gave_role_with(
                    e,
                    rest.iter().copied().filter(|w| !matches!(*w, "of" | "the")),
                )
        })
    {
        reg.note_mention(i, np.start);
        return (speaker_of(reg, i, np.text), Some(i));
    }
    // "Inspector-General of Police Stephen Ndung’u … The IG denied", "Deputy Public
    // Prosecutor Lim Jia Hui … DPP Lim sought", "Assistant Commissioner of Police Peter
    // Mwangi … ACP Mwangi said": capitals no one is named by, after "the" or before one
    // or two words of the person's name, are the initials of a post the story gave that
    // person before.
    let (abbr, names): (Option<&str>, &[&str]) = match &words[..] {
        [the, abbr] if the.eq_ignore_ascii_case("the") => (Some(abbr), &[]),
        [abbr, rest @ ..]
            if (1..=2).contains(&rest.len())
                && rest.iter().all(|w| w.starts_with(char::is_uppercase)) =>
        {
            (Some(abbr), rest)
        }
        _ => (None, &[]),
    };
    if let Some(abbr) = abbr
        && (2..=5).contains(&abbr.len())
        && is_initials(abbr)
        && country_of(abbr).is_none()
        && !crate::lexicon::NEWS_MEDIA.contains(abbr)
        && !crate::lexicon::INSTITUTIONS.contains(abbr)
        // (Folded once here, not for every entity the look-back meets.)
        && let folded = names.iter().map(|w| fold(w)).collect::<Vec<String>>()
        && let Some(i) = reg.most_recent(np.start, |e| {
            e.person
                && folded
                    .iter()
                    .all(|w| e.folded_words(&reg.folded_text).any(|n| n == w))
                && e.role_mentions
                    .iter()
                    .any(|(at, r)| *at < np.start && post_initials(r, abbr))
        })
    {
        reg.note_mention(i, np.start);
        return (speaker_of(reg, i, np.text), Some(i));
    }
    if let Some(i) = person_before_contraction(reg, np.start, &words) {
        reg.note_subject(i, np.start);
        return (speaker_of(reg, i, np.text), Some(i));
    }
    // "The Head of Government said", "The Ministry said": a listed role phrase
    // capitalised after "the" is the role phrase it is in lower case (the head of
    // government named before; the ministry named so, else the last minister's).
    let listed_role = match &words[..] {
        [the, a, of, b] if *of == "of" => {
            the.eq_ignore_ascii_case("the")
                && ROLE_PAIRS.get_of(&lower_case(a), &lower_case(b)).is_some()
        }
        // Of the bodies alone, only the ministry: "The Kremlin", "The Presidency" and the
        // like are institutions the story names so, read as names.
        [the, w] => the.eq_ignore_ascii_case("the") && w.eq_ignore_ascii_case("ministry"),
        _ => false,
    };
    if listed_role {
        return resolve_role(reg, np);
    }
    match reg.mention(&parts, np.start, true, true) {
        Some(i) => {
            let mut s = speaker_of(reg, i, np.text);
            // The title as a role only for a speaker without one: most speakers
            // named have one by now, and the title was filtered into a new
            // vector for each only to be dropped.
            if s.role.is_none() && parts.org.is_none() {
                s.role = title_role(&parts).map(CompactString::from);
            }
            (s, Some(i))
        }
        None => (unresolved(np.text, None), None),
    }
}

/// A lower-case word of no closed class: a remit's or a title's content word
/// ("language", "concert-industry"), not "the", "of" or "has".
fn plain_lower_word(w: &str) -> bool {
    w.starts_with(char::is_lowercase) && crate::lexicon::function_word(w).is_none()
}

/// Whether `w` names a police unit after the word "Police" ("Ashulia Police Station",
/// "Midtown Police Precinct", "Savar Police Thana"): the end of a post's employer, not a
/// person's first name.
fn is_police_unit(w: &str) -> bool {
    matches!(w, "Station" | "Precinct" | "Division" | "Circle" | "Thana")
}

/// Whether `w` may stand inside an organisation's name: a capitalised word, a name
/// particle, or a joiner ("the Office for National Statistics", "the Bank of England",
/// "the Committee on Lands and Forestry").
fn in_org_name(w: &str) -> bool {
    w.starts_with(char::is_uppercase)
        || crate::lexicon::is_name_particle(w)
        || matches!(w, "of" | "for" | "and" | "on")
}

/// The words from the first capitalised one to the last of `ws` when only words of a
/// name ([`in_org_name`], "the" or "&") stand between them: "City of Sinqobile" of "A City of
/// Sinqobile". `None` when no capitalised word is there, or another word is.
fn joined_name<'w>(ws: &'w [&'w str]) -> Option<&'w [&'w str]> {
    let cap = |w: &&str| w.starts_with(char::is_uppercase) && !is_determiner_cap(w);
    let first = ws.iter().position(cap)?;
    let last = ws.iter().rposition(cap)?;
    ws[first..=last]
        .iter()
        .all(|w| in_org_name(w) || matches!(*w, "the" | "&"))
        .then(|| &ws[first..=last])
}

/// Whether `word` is a name joined to an initial by a full stop, with no space:
/// "Sh.Altangerel", "L.Munkhbayar", "Ch.Erdenebileg" (an initial of one or two letters,
/// the first a capital, then a capitalised name of three letters or more).
pub(crate) fn is_initialled_name(word: &str) -> bool {
    let Some((initial, name)) = word.split_once('.') else {
        return false;
    };
    let mut ic = initial.chars();
    let mut nc = name.chars();
    ic.next().is_some_and(char::is_uppercase)
        && initial.chars().count() <= 2
        && ic.all(char::is_lowercase)
        && nc.next().is_some_and(char::is_uppercase)
        && name.chars().count() >= 3
        && nc.all(char::is_alphabetic)
}

/// The first letter of `word` when it is initials ("k", "k.", "k.t.", folded): single
/// letters (the first may be one written with two, "sh.", "kh."), each followed by a full
/// stop but perhaps the last.
fn initials(word: &str) -> Option<char> {
    let mut letters = word.split_terminator('.');
    let first = letters.next()?;
    let one_letter = |l: &str| {
        let mut cs = l.chars();
        cs.next().is_some_and(char::is_alphabetic) && cs.next().is_none()
    };
    // "sh." of "Sh.Tursunov", "kh." of "Kh. Rakhimov": a transliterated letter written
    // with two.
    let digraph = |l: &str| {
        let mut cs = l.chars();
        cs.next().is_some_and(char::is_alphabetic) && cs.next() == Some('h') && cs.next().is_none()
    };
    ((one_letter(first) || digraph(first)) && letters.all(one_letter))
        .then(|| first.chars().next())
        .flatten()
}

/// Whether `w` names a kind of administrative division ("Province", "Oblast",
/// "Prefecture"): the last word of a place's name, not an organisation's.
pub(crate) fn is_division(w: &str) -> bool {
    with_lower(w, |l| {
        matches!(
            l,
            "province"
                | "prefecture"
                | "oblast"
                | "krai"
                | "governorate"
                | "region"
                | "county"
                | "district"
                | "canton"
                | "territory"
                | "aimag"
                | "soum"
                | "velayat"
                | "vilayat"
                | "viloyat"
                | "etrap"
                | "rayon"
                | "raion"
                | "okrug"
                | "wilaya"
                | "woreda"
                | "tehsil"
                | "upazila"
        )
    })
}

/// The capitalised words of "the Consumatori Attivi consumer group", "The Unite union":
/// after an article, a name of capitalised words that name no country or people (nor
/// read as a people's adjective: "the Serevian embassy"), then one or two lower-case
/// words whose last is a noun for a company, a union or a group that a name goes before
/// (not "agency", "party" or "embassy", which follow a country as often).
fn body_name_before_kind<'w>(words: &'w [&'w str]) -> Option<&'w [&'w str]> {
    let from = usize::from(words.first().is_some_and(|w| is_article(w)));
    let caps = words[from..]
        .iter()
        .take_while(|w| w.starts_with(char::is_uppercase))
        .count();
    let kind = &words[from + caps..];
    let last = kind.last()?;
    (caps >= 1
        && (1..=2).contains(&kind.len())
        && words[from..from + caps]
            .iter()
            .all(|w| country_of(w).is_none() && !is_possessive(w))
        && !["ian", "ean", "ese", "ish"]
            .iter()
            .any(|e| words[from + caps - 1].ends_with(e))
        && kind
            .iter()
            .all(|w| w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'))
        && matches!(
            *last,
            "company" | "firm" | "group" | "union" | "charity" | "conglomerate" | "network"
        ))
    .then(|| &words[from..from + caps])
}

/// "Trump's said …", "“…,” Trump’s said": a speaker's name ending in "’s" whose words
/// without it the registry read here as a person the story names, who "has" said it.
/// A firm written with the mark ("Moody's said") is no person, and keeps it.
fn person_before_contraction(reg: &mut Registry, at: usize, words: &[&str]) -> Option<usize> {
    let (last, rest) = words.split_last()?;
    let bare = last
        .strip_suffix("'s")
        .or_else(|| last.strip_suffix("’s"))
        .filter(|b| !b.is_empty())?;
    let mut bare_words: Vec<&str> = rest.to_vec();
    bare_words.push(bare);
    let parts = reg.split_before(at, &bare_words)?;
    let i = reg.mention(&parts, at, false, false)?;
    let e = &reg.entities[i];
    (e.person && !e.org).then_some(i)
}

/// The pronouns [`resolve_pronoun`] tells apart, in lower case.
const PRONOUNS: [&str; 6] = ["he", "she", "him", "her", "they", "it"];

fn pronoun_gender(w: &str) -> Option<Gender> {
    match w {
        "he" | "him" => Some(Gender::Male),
        "she" | "her" => Some(Gender::Female),
        _ => None,
    }
}

fn resolve_pronoun(
    reg: &mut Registry,
    np: &RawNp,
    hint: Option<&RawNp>,
    (last, unnamed): (Option<Last>, Option<Last>),
    para: usize,
) -> (Speaker, Option<usize>) {
    // Borrowed when already in lower case ("he", "she"), and a capitalised pronoun ("He",
    // "It") as the listed word rather than a copy.
    // "His Excellency", "Her Majesty" (`style_of_address`): a style of address is "he"
    // or "she".
    let w = match np.text.split_once(' ') {
        Some((his, _)) if his.eq_ignore_ascii_case("his") => std::borrow::Cow::Borrowed("he"),
        Some((her, _)) if her.eq_ignore_ascii_case("her") => std::borrow::Cow::Borrowed("she"),
        // "Two of them": a part of the group "they" names (`np_backward_core`).
        Some(_) if np.text.ends_with(" of them") => std::borrow::Cow::Borrowed("they"),
        _ => PRONOUNS
            .iter()
            .find(|p| p.eq_ignore_ascii_case(np.text))
            .map_or_else(|| lower_case(np.text), |p| std::borrow::Cow::Borrowed(*p)),
    };
    let gender = pronoun_gender(&w);
    let fits = |e: &Entity| {
        !e.org
            && e.person
            && !e.initials_body()
            && (gender.is_none() || e.gender.is_none() || e.gender == gender)
    };
    match w.as_ref() {
        "he" | "she" | "him" | "her" => {
            if let Some(h) = hint {
                let (s, ent) = resolve_np(reg, h, None, (None, None), para);
                // "The mayor has called for calm: “…,” she tweeted.": the sentence's own
                // unnamed subject, when its noun can be "he" or "she".
                if s.resolved && ent.is_none_or(|i| fits(&reg.entities[i]))
                    || !s.resolved && unnamed_fits_pronoun(&s.name, gender)
                {
                    return (
                        Speaker {
                            surface: CompactString::from(np.text),
                            ..s
                        },
                        ent,
                    );
                }
            }
            // Someone made the subject of a sentence after the last claim is the likelier
            // referent: "Zelensky touched down on Thursday. ‘…,’ he fumed."
            let last_end = last.map_or(0, |l| l.3);
            // So is a post made the subject there, unless someone the pronoun fits was
            // made a subject after it: "The Prime Minister visited the area. He told
            // residents …".
            if let Some((p, role)) = reg.role_subject_before(np.start)
                && role.start >= last_end
                && para <= p + 1
                && unnamed_fits_pronoun(&strip_det(role.text), gender)
                && reg
                    .most_recent_subject(np.start, fits)
                    .is_none_or(|(_, at)| at < role.start)
            {
                let role = role.clone();
                let (s, ent) = resolve_role(reg, &role);
                if ent.is_none_or(|i| fits(&reg.entities[i])) {
                    return (
                        Speaker {
                            surface: CompactString::from(np.text),
                            ..s
                        },
                        ent,
                    );
                }
            }
            if let Some((i, at)) = reg.most_recent_subject(np.start, fits)
                && at >= last_end
                && last.is_none_or(|l| l.1 != Some(i))
            {
                return (speaker_of(reg, i, np.text), Some(i));
            }
            // "A council spokeswoman insisted …. She told the Flash …": an unnamed source
            // who spoke last (after the last resolved speaker) is the referent when its head
            // noun can be "he" or "she" and no one the pronoun fits was named since (nor made
            // a subject since the last resolved claim, above).
            if let Some((s, _, p, end)) = unnamed
                && para <= p + 1
                && unnamed_fits_pronoun(&s.name, gender)
                && !reg
                    .entities
                    .iter()
                    .any(|e| fits(e) && e.mentions.iter().any(|&m| m >= end && m < np.start))
            {
                return (resurfaced(s, np.text), None);
            }
            // Another person of the same gender named since the last claim makes the
            // pronoun ambiguous across a paragraph break: leave it unresolved rather than
            // guess. One named in the pronoun's own sentence is what it reports ("The
            // decision was reached at a meeting chaired by Zulkarnain Harahap, he
            // informed"), not who speaks.
            let sentence = reg
                .sentence_starts
                .partition_point(|&s| s <= np.start)
                .checked_sub(1)
                .map_or(0, |k| reg.sentence_starts[k]);
            let rival = |keep: Option<usize>| {
                reg.entities.iter().enumerate().any(|(i, e)| {
                    Some(i) != keep
                        && fits(e)
                        && e.mentions.iter().any(|&m| m > last_end && m < sentence)
                })
            };
            if let Some((s, ent, p, _)) = last
                && para <= p + 2
                && ent.is_some_and(|i| fits(&reg.entities[i]))
                && (p == para || !rival(ent))
            {
                return (resurfaced(s, np.text), ent);
            }
            let last_fits = last
                .and_then(|l| l.1)
                .is_some_and(|i| fits(&reg.entities[i]));
            if let Some(i) = reg.most_recent(np.start, fits)
                && !rival(Some(i))
                && !(last_fits && last.and_then(|l| l.1) != Some(i))
            {
                return (speaker_of(reg, i, np.text), Some(i));
            }
            (unresolved(np.text, None), None)
        }
        "they" | "it" => {
            let last_end = last.map_or(0, |l| l.3);
            // "…, according to three officials familiar with the talks. Two of them
            // said …": an unnamed group that spoke after the last named speaker, in this
            // paragraph or the one before.
            if w == "they"
                && let Some((s, _, p, _)) = unnamed
                && para <= p + 1
                && unnamed_is_group(&s.name)
            {
                return (resurfaced(s, np.text), None);
            }
            // The last thing, no person and no country, made a subject before "it".
            let thing = (w == "it")
                .then(|| {
                    reg.most_recent_subject(np.start, |e| {
                        (e.org || !e.person) && country_of(&e.canonical).is_none()
                    })
                })
                .flatten();
            // "…, the agriculture ministry said … Soybean sowing lagged in Rajasthan, it
            // said.": a body named in lower case, the last to speak, is what "it" says,
            // when nothing was made a subject since it spoke ("Paddy, the main kharif crop,
            // has been sown …" before it is no speaker after it).
            if w == "it"
                && let Some((s, _, p, end)) = unnamed
                && para <= p + 1
                && end >= last_end
                && unnamed_is_body(&s.name)
                && thing.is_none_or(|(_, at)| at < end)
            {
                return (resurfaced(s, np.text), None);
            }
            if let Some((i, at)) = thing
                && at >= last_end
                && last.is_none_or(|l| l.1 != Some(i))
            {
                return (speaker_of(reg, i, np.text), Some(i));
            }
            // "Greenpeace said …. “…,” it said.": a name that is a person only for having
            // spoken is the organisation "it" speaks for.
            if w == "it"
                && let Some((_, Some(i), p, _)) = last
                && para <= p + 1
            {
                let e = &mut reg.entities[i];
                if e.person_by_speech {
                    e.person = false;
                    e.person_by_speech = false;
                    e.typed_org = true;
                    reg.turned_org = true;
                }
            }
            // An organisation, named as one, called "the company" ("they" too: "The
            // company said … . They added …") or one by how the story used it ("The
            // National Health Directorate (NHD)": no listed word says so).
            if let Some((s, ent, p, _)) = last
                && para <= p + 1
                && ent.is_none_or(|i| kind_of(&reg.entities[i]) == SpeakerKind::Organization)
            {
                return (
                    Speaker {
                        kind: ent.map_or(s.kind, |i| kind_of(&reg.entities[i])),
                        ..resurfaced(s, np.text)
                    },
                    ent,
                );
            }
            if w == "it"
                && let Some(i) = reg.most_recent(np.start, |e| e.org)
            {
                return (speaker_of(reg, i, np.text), Some(i));
            }
            (unresolved(np.text, None), None)
        }
        _ => (unresolved(np.text, None), None),
    }
}

/// Whether the story gave `e` a role holding every word of `words` (any case): the
/// post a phrase names is the person's only then ("The Red Cross Coordinator" is not the
/// Emergency Relief Coordinator, "the CEO of Betamax" not Acme's chief executive).
fn gave_role_with<'w>(e: &Entity, words: impl Iterator<Item = &'w str> + Clone) -> bool {
    e.role_mentions.iter().any(|(_, role)| {
        words.clone().all(|w| {
            role.split(|c: char| !c.is_alphanumeric() && c != '-')
                .any(|r| r.eq_ignore_ascii_case(w))
        })
    })
}

/// Whether `abbr` is the initials of `post`'s capitalised words (hyphenated ones letter
/// by letter), of the whole post or of the part before its "of" or "for":
/// "Inspector-General of Police" is "IGP" and "IG"; or its last word ("Health CECM").
fn post_initials(post: &str, abbr: &str) -> bool {
    // Compared a letter at a time, not collected: asked of every post of every person
    // the look-back meets.
    let initials =
        |p| str::split(p, [' ', '-']).filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()));
    let head = post
        .split(" of ")
        .next()
        .and_then(|p| p.split(" for ").next())
        .unwrap_or(post);
    initials(post).eq(abbr.chars())
        || initials(head).eq(abbr.chars())
        // "Health CECM Dr Esther Wambui Kariuki … The CECM": the post written in its
        // initials already, as its last word ("EC secretary-general" is no EC).
        || post.rsplit(' ').next() == Some(abbr)
}

/// Speaker `s` as referred to by `surface` (a pronoun): its fields copied but the
/// surface, which `Speaker { surface, ..s.clone() }` copied only to drop.
fn resurfaced(s: &Speaker, surface: &str) -> Speaker {
    Speaker {
        name: s.name.clone(),
        surface: CompactString::from(surface),
        role: s.role.clone(),
        resolved: s.resolved,
        kind: s.kind,
    }
}

/// Whether "he" or "she" (`gender`) can refer to the unnamed source `name` ("council
/// spokeswoman", "a witness"): one person, not a group ("officials", "police"), and not of
/// the other gender by its head noun ("spokesman" is not "she").
fn unnamed_fits_pronoun(name: &str, gender: Option<Gender>) -> bool {
    let Some(head) = unnamed_head(name) else {
        return false;
    };
    with_lower(head, |h| {
        // A person's post or kind, one of them: not an organisation ("the opposition"), a
        // document ("police estimates") or a group ("officials", "police").
        // An agent noun no list holds is one person too: "One shipbroker said … “…,” he
        // said".
        if !one_person_post(h) && !unlisted_agent_noun(h) {
            return false;
        }
        noun_sex(h).is_none_or(|g| gender.is_none_or(|p| p == g))
    })
}

/// Whether the folded word `w` names a political party as a modifier of a post ("the
/// Labour MP", "the Republican senator", "a Tory councillor"): the parties news copy
/// in English names most, by the word it writes before a post.
fn is_party_word(w: &str) -> bool {
    matches!(
        w,
        "labour"
            | "labor"
            | "conservative"
            | "tory"
            | "liberal"
            | "democrat"
            | "democratic"
            | "republican"
            | "green"
            | "snp"
            | "dup"
            | "reform"
            | "bjp"
            | "anc"
            | "eff"
            | "likud"
            | "cdu"
            | "spd"
            | "afd"
            | "socialist"
            | "communist"
            | "gop"
    )
}

/// Whether "they" can refer to the unnamed source `name`: a group ("police", "staff") or
/// people in the plural ("officials familiar with the talks", "two witnesses"), by a
/// word before any complement.
fn unnamed_is_group(name: &str) -> bool {
    // Any word before the complement: "officials familiar with the talks" has its
    // adjective last.
    name.split(' ')
        .take_while(|w| !word_class(w).prep)
        .any(|w| {
            with_lower(w, |h| {
                crate::lexicon::is_group_role(h)
                    || role_lookup(h).is_some_and(|(c, _)| c.of_person()) && is_plural_noun(h)
            })
        })
}

/// The head noun of the unnamed source `name`: its last word before a complement
/// ("spokesman" of "spokesman for the ministry").
fn unnamed_head(name: &str) -> Option<&str> {
    name.split(' ').take_while(|w| !word_class(w).prep).last()
}

/// Whether the unnamed source `name` is a body by its head noun ("agriculture ministry",
/// "the council").
fn unnamed_is_body(name: &str) -> bool {
    unnamed_head(name).is_some_and(|h| {
        with_lower(h, |h| {
            role_lookup(h).is_some_and(|(c, _)| c == RoleClass::Body)
        })
    })
}

/// Whether a post (folded) is the one that heads a body: chief executive, director
/// general, managing director, chair, president, governor, secretary-general.
fn heads_a_body(post: &str) -> bool {
    const TOP: &[&[&str]] = &[
        &["chief", "executive"],
        &["ceo"],
        &["director", "general"],
        &["managing", "director"],
        &["executive", "director"],
        &["chairman"],
        &["chairwoman"],
        &["chairperson"],
        &["chair"],
        &["president"],
        &["governor"],
        &["secretary", "general"],
        &["head"],
    ];
    let words: Words = alnum_words(post).filter(|w| !w.is_empty()).collect();
    TOP.iter().any(|p| words.windows(p.len()).any(|w| w == *p))
}

/// Role nouns that name the same post: "spokesperson" and "the spokeswoman", "Gov." and
/// "the governor".
fn role_synonym(w: &str) -> &str {
    match w {
        "spokesman" | "spokeswoman" | "spokesperson" | "spokespeople" => "spokesperson",
        "adviser" | "advisor" => "adviser",
        "chairman" | "chairwoman" | "chairperson" | "chair" => "chair",
        "congressman" | "congresswoman" => "congressman",
        "councilmember" | "councilman" | "councilwoman" | "councillor" | "councilor" | "cllr" => {
            "councillor"
        }
        "boss" | "manager" | "coach" | "head coach" | "trainer" => "manager",
        // "Justice Anne Nyokabi Mwaura … The judge said": a judge's title in Kenyan,
        // British and Commonwealth courts.
        "justice" => "judge",
        // "a federal lawsuit filed Monday … The suit asks".
        "suit" => "lawsuit",
        "pm" | "prime minister" | "premier" => "prime minister",
        // "chief executive Konstantin von Reischach … the CEO said".
        "ceo" => "chief executive",
        // "Treasury Cabinet Secretary Joseph Kimani Mbugua … the CS said": Kenyan copy's
        // cabinet minister.
        "cs" => "cabinet secretary",
        // "Livestock Development Principal Secretary Jonathan Kiprotich Langat … the PS
        // added": the ministry's civil-service head, below the CS.
        "ps" => "principal secretary",
        // "Mr Otieno, the Embakasi East MP … The lawmaker alleged".
        "mp" | "msp" | "mla" | "td" | "mpp" | "mna" | "lawmaker" | "legislator" => "lawmaker",
        // Titles abbreviated before a name ("Gov. Gavin Newsom" … "the governor"), as
        // the role's words are read: letters only, folded.
        "gov" => "governor",
        "sen" => "senator",
        "rep" => "representative",
        "sec" => "secretary",
        "gen" => "general",
        "lt" => "lieutenant",
        "col" => "colonel",
        "capt" => "captain",
        "sgt" => "sergeant",
        "supt" => "superintendent",
        "insp" => "inspector",
        "atty" => "attorney",
        "prof" => "professor",
        other => other,
    }
}

const LEADER_ROLES: &[&str] = &[
    "president",
    "prime minister",
    "leader",
    "premier",
    "chancellor",
    "king",
    "queen",
    "emir",
    "supreme leader",
];

/// The bit of [`post_ranks`] for "former" and "ex".
const RANK_FORMER: u8 = 4;

/// Which of "vice", "deputy", "former", "ex", "prime" (or "premier") and "shadow" are
/// among `words` (lower case), as bits: each makes a post another one ("Vice President",
/// "deputy mayor", "former minister", "Prime Minister", "shadow chancellor").
fn post_ranks<'w>(words: impl Iterator<Item = &'w str>) -> u8 {
    words.fold(0, |bits, w| {
        bits | match w {
            "vice" => 1,
            "deputy" => 2,
            "former" | "ex" => RANK_FORMER,
            // "The minister" is no prime minister ("the premier" and "the PM" are).
            "prime" | "premier" | "pm" => 8,
            // "the chancellor" is not the shadow chancellor.
            "shadow" => 16,
            _ => 0,
        }
    })
}

/// Words that make a leader a party's leader, not a head of state or government
/// ("Senate Majority Leader", "opposition leader", "party leader").
const PARTY_LEADER: &[&str] = &["majority", "minority", "opposition", "party"];

/// The pieces of `s` between characters that are not alphanumeric, empty ones included:
/// what `s.split(|c: char| !c.is_alphanumeric())` gives. ASCII text (nearly every role)
/// is cut by a byte loop ([`AsciiAlnumWords`]): the character searcher decoded and
/// classified each character through the predicate, and this runs for each person a
/// role phrase is compared with.
fn alnum_words(s: &str) -> impl Iterator<Item = &str> {
    let ascii = s.is_ascii();
    let by_bytes = ascii.then_some(AsciiAlnumWords { rest: Some(s) });
    let by_chars = (!ascii).then(|| s.split(|c: char| !c.is_alphanumeric()));
    by_bytes
        .into_iter()
        .flatten()
        .chain(by_chars.into_iter().flatten())
}

/// [`alnum_words`] of an ASCII text: for an ASCII character, being alphanumeric is
/// being an ASCII letter or digit, and each separator is one byte.
struct AsciiAlnumWords<'a> {
    /// The text after the last separator; `None` once the last piece is given.
    rest: Option<&'a str>,
}

impl<'a> Iterator for AsciiAlnumWords<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let s = self.rest?;
        match s.bytes().position(|b| !b.is_ascii_alphanumeric()) {
            Some(k) => {
                self.rest = Some(&s[k + 1..]);
                Some(&s[..k])
            }
            None => {
                self.rest = None;
                Some(s)
            }
        }
    }
}

/// `w.to_lowercase()`, borrowing an ASCII word already in lower case (most words of a
/// role phrase: "the", "spokesperson") rather than copying every word.
fn lower_case(w: &str) -> std::borrow::Cow<'_, str> {
    if !w.is_ascii() {
        std::borrow::Cow::Owned(w.to_lowercase())
    } else if w.bytes().any(|b| b.is_ascii_uppercase()) {
        // ASCII lower-casing is what `to_lowercase` does to ASCII text.
        std::borrow::Cow::Owned(w.to_ascii_lowercase())
    } else {
        std::borrow::Cow::Borrowed(w)
    }
}

/// The speaker a document's author names when it is not a name alone, the words of `np`
/// from `from` on ("the port authority" of "A statement from the port authority", "the
/// King's Fund think tank"): resolved as a role phrase of its own when its last word is a
/// noun that is no document ("the state auditor", "the union"; not "a report by the end
/// of the year").
fn lower_case_author(
    reg: &mut Registry,
    np: &RawNp,
    from: usize,
) -> Option<(Speaker, Option<usize>)> {
    let spans: Vec<std::ops::Range<usize>> = np.words.iter().collect();
    let last = &np.text[spans.last()?.clone()];
    let noun = with_lower(last, |l| {
        let c = word_class(l);
        !(c.det || c.prep || c.conj || c.pronoun || c.aux || c.adverb || c.time)
            && role_lookup(l).is_none_or(|(c, _)| !matches!(c, RoleClass::Doc | RoleClass::Honor))
    });
    if !noun {
        return None;
    }
    Some(resolve_part_as_role(
        reg,
        np,
        &spans,
        from..spans.len(),
        false,
        false,
    ))
}

/// The words `part` of `np` (`spans` are its word ranges) as a phrase of its own, of
/// `kind`.
fn part_np<'a>(
    np: &RawNp<'a>,
    spans: &[std::ops::Range<usize>],
    part: std::ops::Range<usize>,
    kind: NpKind,
    initial: bool,
) -> RawNp<'a> {
    let words = &spans[part];
    let first = words.first().map_or(0, |r| r.start);
    let end = words.last().map_or(first, |r| r.end);
    RawNp {
        text: &np.text[first..end],
        start: np.start + first,
        kind,
        initial,
        words: words
            .iter()
            .map(|r| r.start - first..r.end - first)
            .collect(),
    }
}

/// The person who owns a document, the capitalised words of `np` from word `from` up to
/// a possessive before the document at word `head` ("Peskov" of "Peskov's statement",
/// "Kremlin spokesman Dmitry Peskov" of "Kremlin spokesman Dmitry Peskov's statement"),
/// resolved as that name would be; `None` when the name is no person's.
fn named_owner(
    reg: &mut Registry,
    np: &RawNp,
    from: usize,
    head: usize,
) -> Option<(Speaker, Option<usize>)> {
    let words = np.words();
    let p = (from + 1..head).rfind(|&i| is_possessive(words[i]))?;
    if !words[p - 1].starts_with(char::is_uppercase) {
        return None;
    }
    // Only an owner with evidence of a person is resolved as a name: a title ("Kremlin
    // spokesman Dmitry Peskov"), a given name, or a person the story has named ("Peskov"
    // after "Dmitry Peskov"). Any other owner ("Parcelly's statement") is left to the
    // organisation read by the caller, without an entity of a name made for it first.
    let parts = split_name(&words[from..p]);
    let person = parts.org.is_none()
        && (!parts.title.is_empty()
            || parts.name.first().is_some_and(|w| is_given_name(w))
            || reg
                .mention(&parts, np.start, false, false)
                .is_some_and(|i| reg.entities[i].person));
    if !person {
        return None;
    }
    let spans: Vec<std::ops::Range<usize>> = np.words.iter().take(p).collect();
    let sub = part_np(np, &spans, from..p, NpKind::Name, np.initial);
    let (s, ent) = resolve_name(reg, &sub);
    (s.kind == SpeakerKind::Person).then(|| {
        (
            Speaker {
                surface: collapse_compact(np.text),
                ..s
            },
            ent,
        )
    })
}

/// The words `part` of `np` (`spans` are its word ranges) resolved as a role phrase of
/// their own, the speaker keeping `np` as written for its surface: the author of "A
/// statement from the port authority", the owner of "the company's statement".
/// `owner`: read as definite ([`resolve_role_owning`]).
fn resolve_part_as_role(
    reg: &mut Registry,
    np: &RawNp,
    spans: &[std::ops::Range<usize>],
    part: std::ops::Range<usize>,
    initial: bool,
    owner: bool,
) -> (Speaker, Option<usize>) {
    let sub = part_np(np, spans, part, NpKind::Role, initial);
    let (s, ent) = resolve_role_owning(reg, &sub, owner);
    (
        Speaker {
            surface: collapse_compact(np.text),
            ..s
        },
        ent,
    )
}

/// The words `part` of `np` resolved as a name of their own, the speaker keeping `np` as
/// written for its surface: the person of "Energy analyst Lukas Jurgaitis of
/// Lietkapitalas bank", the paper of "The Denník N daily".
fn resolve_part_as_name(
    reg: &mut Registry,
    np: &RawNp,
    part: std::ops::Range<usize>,
    initial: bool,
) -> (Speaker, Option<usize>) {
    let spans: Vec<std::ops::Range<usize>> = np.words.iter().collect();
    let sub = part_np(np, &spans, part, NpKind::Name, initial);
    let (s, ent) = resolve_name(reg, &sub);
    (
        Speaker {
            surface: collapse_compact(np.text),
            ..s
        },
        ent,
    )
}

/// The speaker a document's lower-case owner names, the words of `np` before the
/// possessive at word `p` ("the company" of "the company's statement"): resolved as a
/// role phrase of its own when its last word is a role noun.
fn possessive_owner(reg: &mut Registry, np: &RawNp, p: usize) -> Option<(Speaker, Option<usize>)> {
    let spans: Vec<std::ops::Range<usize>> = np.words.iter().take(p).collect();
    // Only a role noun owns a document here ("the company", "the ministry").
    with_lower(&np.text[spans.last()?.clone()], role_lookup)?;
    Some(resolve_part_as_role(
        reg,
        np,
        &spans,
        0..p,
        np.initial,
        false,
    ))
}

/// The speaker a lower-case noun before a document names, the words of `np` from its
/// first after the article up to the document at word `head` ("ministry" of "a ministry
/// statement", "defence ministry" of "a defence ministry statement"): resolved as a role
/// phrase of its own when the word before the document is a role noun. "Official" is not
/// one there: before a document it is the adjective ("an official statement").
fn modifier_owner(reg: &mut Registry, np: &RawNp, head: usize) -> Option<(Speaker, Option<usize>)> {
    // Plural documents are the source themselves ("according to court papers", "police
    // reports said"): only a single document speaks for the noun before it.
    let document = np.text.get(np.words.iter().nth(head)?)?;
    if is_plural_noun(document) {
        return None;
    }
    let spans: Vec<std::ops::Range<usize>> = np.words.iter().take(head).collect();
    let first = spans.iter().position(|r| {
        let w = &np.text[r.clone()];
        !is_article(w) && !is_leading_det(w)
    })?;
    let last = &np.text[spans.last()?.clone()];
    if last.eq_ignore_ascii_case("official") {
        return None;
    }
    // "according to city hall data": a role of two words names the author too.
    let pair = spans.len() >= first + 2
        && with_lower(&np.text[spans[spans.len() - 2].clone()], |a| {
            with_lower(last, |b| ROLE_PAIRS.get(a, b).is_some())
        });
    if !pair {
        with_lower(last, role_lookup)?;
    }
    Some(resolve_part_as_role(
        reg,
        np,
        &spans,
        first..head,
        np.initial,
        true,
    ))
}

/// Whether a document noun reads as a plural: it ends in "s" but not as a singular does
/// ("statements", "papers"; not "analysis", "address", "status").
fn is_plural_noun(word: &str) -> bool {
    let w = word.as_bytes();
    let ends = |s: &[u8]| w.len() > s.len() && w[w.len() - s.len()..].eq_ignore_ascii_case(s);
    ends(b"s") && !ends(b"ss") && !ends(b"is") && !ends(b"us")
}

/// The words of a phrase in lower case ([`lower_case`]), on the stack for phrases of
/// ordinary length.
type LowerWords<'a> =
    crate::inline::Inline<std::borrow::Cow<'a, str>, { crate::extract::WORDS_FEW }>;

fn resolve_role(reg: &mut Registry, np: &RawNp) -> (Speaker, Option<usize>) {
    // The phrase's words, split once for the readings below.
    let words = np.words();
    evidence_owner(reg, np, &words)
        .or_else(|| person_of_named_body(reg, np, &words))
        .or_else(|| post_of_initialled_body(reg, np, &words))
        .or_else(|| outlet_before_its_kind(reg, np, &words))
        .or_else(|| named_by_handle(reg, np, &words))
        .or_else(|| the_latter(reg, np))
        .unwrap_or_else(|| resolve_role_owning(reg, np, false))
}

/// "According to the latter": the person named last before the phrase.
fn the_latter(reg: &mut Registry, np: &RawNp) -> Option<(Speaker, Option<usize>)> {
    if !np.text.eq_ignore_ascii_case("the latter") {
        return None;
    }
    let i = reg.most_recent(np.start, |e| e.person && !e.org)?;
    Some((speaker_of(reg, i, np.text), Some(i)))
}

/// "a user with the handle ColdWalletCarl", "an account under the username @kvx_whale":
/// the name given after "handle" or "username" speaks.
fn named_by_handle(
    reg: &mut Registry,
    np: &RawNp,
    words: &[&str],
) -> Option<(Speaker, Option<usize>)> {
    let n = words.len();
    // (One word each: a phrase's words hold no space, so "user name" could never match.)
    if n < 3 || !matches!(words[n - 2], "handle" | "username" | "moniker") {
        return None;
    }
    let last = words[n - 1];
    if !(last.starts_with(char::is_uppercase) || last.starts_with('@')) {
        return None;
    }
    // The words before it describe the account, no post ("a user with the handle").
    let (mut speaker, i) = resolve_part_as_name(reg, np, n - 1..n, false);
    speaker.role = None;
    Some((speaker, i))
}

/// A publication's name before the noun of its kind: "The Denník N daily reported", "the
/// Kommersant newspaper wrote". The name speaks, an organisation.
fn outlet_before_its_kind(
    reg: &mut Registry,
    np: &RawNp,
    words: &[&str],
) -> Option<(Speaker, Option<usize>)> {
    let [.., kind] = words else {
        return None;
    };
    // The kind first: most phrases end in none, and skip the descriptors' look-ups.
    if !with_lower(kind, crate::lexicon::is_media_noun) {
        return None;
    }
    // "the Tanjug news agency": the kind may take "news" before it.
    let n = words.len() - usize::from(words.len() >= 3 && words[words.len() - 2] == "news");
    // "the Belgrade-based Tanjug news agency", "the state-run Tanjug": words that
    // describe the outlet before its name, in lower case (no function word: "an official
    // at the … Agency" is a person) or ending in a participle after a hyphen.
    let mut first = usize::from(words.first().is_some_and(|w| is_article(w)));
    while first + 2 < n
        && (!words[first].starts_with(char::is_uppercase)
            && word_class(words[first]) == crate::lexicon::WordClasses::default()
            && !with_lower(words[first], |l| role_lookup(l).is_some())
            || words[first]
                .rsplit_once('-')
                .is_some_and(|(_, p)| p.starts_with(char::is_lowercase)))
    {
        first += 1;
    }
    if n < first + 2
        || !words[first..n - 1]
            .iter()
            .all(|w| w.starts_with(char::is_uppercase))
        || words[first..n - 1]
            .iter()
            .any(|w| is_org_head(w) || country_of(w).is_some())
    {
        return None;
    }
    let (mut speaker, i) = resolve_part_as_name(reg, np, first..n - 1, false);
    if let Some(i) = i {
        reg.entities[i].orgish += 1;
    }
    speaker.kind = SpeakerKind::Organization;
    speaker.role = Some(CompactString::from(words[n - 1..].join(" ")));
    Some((speaker, i))
}

/// "The SRC head added", "the CBN governor": a body's initials before a post are the body
/// a person's post named in full ("Head of the State Revenue Committee Arman
/// Hovhannisyan"); the person most recently named with such a post speaks.
fn post_of_initialled_body(
    reg: &mut Registry,
    np: &RawNp,
    words: &[&str],
) -> Option<(Speaker, Option<usize>)> {
    let [.., initials, post] = words else {
        return None;
    };
    if words.len() > 3
        || words.len() == 3 && !is_article(words[0])
        || initials.len() < 2
        || !initials.bytes().all(|b| b.is_ascii_uppercase())
        || !one_post(post)
    {
        return None;
    }
    let post = lower_case(post);
    let i = reg.most_recent(np.start, |e| {
        e.person
            && e.role.as_deref().is_some_and(|r| {
                let role: Vec<&str> = r.split_whitespace().collect();
                let lower = r.to_lowercase();
                heads_post(lower.split_whitespace(), &[role_synonym(&post)])
                    && (1..role.len()).any(|k| {
                        role[k] == *initials || spelled_suffix(&role[..=k], initials).is_some()
                    })
            })
    })?;
    Some((speaker_of(reg, i, np.text), Some(i)))
}

/// Whether `words` (an article first or not) are a listed post, "of" or "for" and its
/// portfolios: "the Minister of Agriculture", "Secretary for Health and Social Care".
fn post_of_portfolios(words: &[&str]) -> bool {
    let ws = match words {
        [the, rest @ ..] if is_article(the) => rest,
        _ => words,
    };
    matches!(ws, [post, of, first, ..]
        if matches!(*of, "of" | "for")
            && TITLES.contains(post)
            && one_post(post)
            && crate::lexicon::is_portfolio(first))
        && ws[2..]
            .iter()
            .all(|w| crate::lexicon::is_portfolio(w) || matches!(*w, "and" | "&" | ","))
}

/// Where a capitalised post written as a role noun stands before "of" or "of the" (or "in
/// the" of a member: "MP in the National Assembly …") and the name phrase at `start`
/// ("Head" of "Head of the State Revenue Committee …").
fn post_before_body(toks: &[Tok], start: usize) -> Option<usize> {
    let of = match start.checked_sub(1)? {
        t if toks[t].is("the") => t.checked_sub(1)?,
        o => o,
    };
    let post = of.checked_sub(1)?;
    ((toks[of].is("of") || toks[of].is("in"))
        && toks[post].cap()
        && toks[post].is_word()
        && one_post(toks[post].text))
    .then_some(post)
}

/// A person's name (after any title) before "of" or "at", a named organisation and a
/// lower-case noun of its kind: "Energy analyst Lukas Jurgaitis of Lietkapitalas bank",
/// "Ana Costa of SEB bank", as translated copy writes it. The phrase ends in a body noun,
/// so it reads as a role; the person is the name before "of", resolved as that name
/// would be.
fn person_of_named_body(
    reg: &mut Registry,
    np: &RawNp,
    words: &[&str],
) -> Option<(Speaker, Option<usize>)> {
    let n = words.len();
    let cap = |w: &&str| w.starts_with(char::is_uppercase);
    if n < 5
        || cap(&words[n - 1])
        || crate::lexicon::listed_role(words[n - 1]) != Some(&RoleClass::Body)
    {
        return None;
    }
    let p = (n.saturating_sub(4)..n - 2).rfind(|&k| matches!(words[k], "of" | "at"))?;
    if p < 2 || !words[p + 1..n - 1].iter().all(cap) || !words[p - 2..p].iter().all(cap) {
        return None;
    }
    let (speaker, i) = resolve_part_as_name(reg, np, 0..p, np.initial);
    (speaker.resolved && matches!(speaker.kind, SpeakerKind::Person | SpeakerKind::Named))
        .then_some((speaker, i))
}

/// The body whose evidence a phrase names: "according to ministry figures", "police
/// data", "government statistics" are the ministry's, the police's, the government's,
/// read as definite as "a ministry statement" is ([`modifier_owner`]).
fn evidence_owner(
    reg: &mut Registry,
    np: &RawNp,
    words: &[&str],
) -> Option<(Speaker, Option<usize>)> {
    let [.., body, last] = words else {
        return None;
    };
    let n = words.len();
    if body.starts_with(char::is_uppercase)
        || !with_lower(last, |l| crate::lexicon::EVIDENCE_NOUNS.contains(l))
    {
        return None;
    }
    let first = words
        .iter()
        .position(|w| !is_article(w) && !is_leading_det(w))
        .filter(|&f| f < n - 1)?;
    let is_body = with_lower(body, |b| {
        matches!(b, "police" | "customs")
            || crate::lexicon::listed_role(b) == Some(&RoleClass::Body)
    });
    let spans: Vec<std::ops::Range<usize>> = np.words.iter().take(n - 1).collect();
    is_body.then(|| resolve_part_as_role(reg, np, &spans, first..n - 1, np.initial, true))
}

/// [`resolve_role`]; `owner`: the phrase names a document's author by the noun before
/// the document ("company" of "a company statement"), read as definite whatever the
/// document's article: news means the story's company.
fn resolve_role_owning(reg: &mut Registry, np: &RawNp, owner: bool) -> (Speaker, Option<usize>) {
    let words = np.words();
    // "The majority held …", "the three-judge panel wrote …" after "The Oregon Supreme
    // Court …": a court's majority or bench speaks as the court named before, and so
    // does its decision ("According to the award, …" after "the Court of Arbitration
    // for Sport").
    if let [the, .., last] = &words[..]
        && the.eq_ignore_ascii_case("the")
        && matches!(
            *last,
            "majority" | "panel" | "bench" | "ruling" | "judgment" | "judgement" | "award"
        )
        && let Some(i) = reg.most_recent(np.start, |e| {
            e.org && kind_word(&e.canonical).is_some_and(|(w, _)| matches!(w, "Court" | "Tribunal"))
        })
    {
        return (speaker_of(reg, i, np.text), Some(i));
    }
    let lower: LowerWords = words.iter().map(|w| lower_case(w)).collect();
    // The head: the last role word (two-word roles first), before any complement
    // ("a spokesperson for the ministry" → spokesperson).
    // The head borrows its word of `lower` when it is one word: only a two- or
    // three-word head is a new string (a copy of every head was made only to be compared
    // and dropped, but for the few that an unnamed source keeps).
    let mut head: Option<(usize, std::borrow::Cow<str>, RoleClass, bool)> = None;
    let mut skip_to = 0;
    for i in 0..lower.len() {
        if i < skip_to {
            continue;
        }
        // A listed role of three words with "of" ("head of state", "head of government")
        // is read whole, not as "head" and its complement.
        if lower[i] == "of"
            && i >= 1
            && i + 1 < lower.len()
            && head.as_ref().is_some_and(|h| h.0 == i - 1)
            && let Some(c) = ROLE_PAIRS.get_of(&lower[i - 1], &lower[i + 1])
        {
            head = Some((
                i + 1,
                format!("{} of {}", lower[i - 1], lower[i + 1]).into(),
                c,
                false,
            ));
            skip_to = i + 2;
            continue;
        }
        if matches!(
            &*lower[i],
            "for" | "of" | "at" | "with" | "in" | "to" | "from" | "by"
        ) && head.is_some()
        {
            break;
        }
        if i + 1 < lower.len()
            && let Some(c) = ROLE_PAIRS.get(&lower[i], &lower[i + 1])
        {
            head = Some((
                i + 1,
                format!("{} {}", lower[i], lower[i + 1]).into(),
                c,
                false,
            ));
            continue;
        }
        if let Some((c, plural)) = role_lookup(&lower[i]) {
            head = Some((i, std::borrow::Cow::Borrowed(&*lower[i]), c, plural));
        }
    }
    // "A Bank of England statement", "a Ministry of Health report": the head read before
    // "of" is a word of the owner's name, and the document after the name is the head.
    // (A name, "of", a word and the document: asked only of a phrase that long after
    // its head, so most role phrases pay nothing.)
    if let Some((h, _, class, _)) = &head
        && *class != RoleClass::Doc
        && *h + 3 < lower.len()
        && let Some((RoleClass::Doc, plural)) = role_lookup(&lower[lower.len() - 1])
        // The name runs from the head to the word before the document, whole.
        && joined_name(&words[*h..words.len() - 1])
            .is_some_and(|n| n.len() == words.len() - 1 - *h)
    {
        let last = lower.len() - 1;
        head = Some((
            last,
            std::borrow::Cow::Borrowed(&*lower[last]),
            RoleClass::Doc,
            plural,
        ));
    }
    let country = words
        .iter()
        .find_map(|w| country_of(w))
        .or_else(|| words.windows(2).find_map(|p| COUNTRY_PAIRS.get(p[0], p[1])));
    let Some((hi, head_text, class, plural)) = head else {
        // "The Spaniard", "the 79-year-old": a demonym or an age alone.
        let last = lower.last().map_or("", |w| &**w);
        // "The 24-year-old Spaniard": an age before the demonym.
        let aged_demonym = words.len() == 3 && lower[1].ends_with("-year-old");
        let demonym = (words.len() <= 2 || aged_demonym)
            && words.last().is_some_and(|w| country_of(w).is_some());
        // "The Portuguese socialist said": a nationality and a political leaning.
        let leaning =
            words.len() == 3 && is_demonym(words[1]) && POLITICAL_LEANINGS.contains(&last);
        // "the 25-year-old from Hyderabad": the age may take a place after it.
        let age_word = lower
            .iter()
            .position(|w| w.ends_with("-year-old"))
            .filter(|&p| {
                p + 1 == lower.len()
                    || aged_demonym
                    || matches!(&*lower[p + 1], "from" | "of" | "in")
            })
            .map_or(last, |p| &*lower[p]);
        let age = age_word
            .strip_suffix("-year-old")
            .map(|n| n.parse::<u16>().ok());
        if lower.first().is_some_and(|w| w == "the")
            && (demonym || leaning || age.is_some())
            && let Some(i) = describe(
                reg,
                np.start,
                if demonym {
                    words.last().and_then(|w| country_of(w))
                } else if leaning {
                    country_of(words[1])
                } else {
                    None
                },
                age.flatten(),
                None,
                None,
            )
        {
            return (speaker_of(reg, i, np.text), Some(i));
        }
        return (unresolved(np.text, None), None);
    };
    let head: &str = &head_text;
    // The role as written without its determiner (`strip_det`) is made only where it is
    // kept: a phrase that names someone who has a role already drops it.
    let definite = owner
        || lower
            .first()
            .is_some_and(|w| matches!(&**w, "the" | "this" | "that"));
    // Plural heads are groups: "officials", "analysts", "sources familiar with the call".
    // "The officials" after "Aldmark security officials" is that group again.
    if plural || crate::lexicon::is_group_role(head) {
        let role_text = strip_det_compact(np.text);
        return (
            same_unnamed(reg, head, definite, role_text, np.text, np.start),
            None,
        );
    }
    // "Official data have shown …", "Local radio said …": the first word of a phrase that
    // opens its sentence may be capitalised for that alone, and then names nothing.
    let from = usize::from(
        np.initial
            && words
                .first()
                .is_some_and(|w| sentence_case_only(reg, w, np.start)),
    )
    .min(hi);
    // Capitalised modifiers that are not countries name the affiliation: "the Commission’s
    // chief spokesperson", "the Serevian embassy", "a Parcelly spokeswoman".
    let affiliation: Vec<String> = words[from..hi]
        .iter()
        .filter(|w| {
            w.starts_with(char::is_uppercase)
                && !is_determiner_cap(w)
                // "The Head of Government": the words of a head of several are no one's
                // affiliation.
                && !head.split(' ').any(|h| w.eq_ignore_ascii_case(h))
                && country_of(w).is_none()
                // "The Miami-based center", "the Kyiv-born pianist": where it sits or
                // was born, not whose it is.
                && !crate::lexicon::is_descriptor(w)
                // "the Honourable Minister", "the Hon. Member": a courtesy title is how
                // the post is addressed, no one's affiliation.
                && !is_courtesy(w)
        })
        .map(|w| {
            // The folded word cut in place, not copied again.
            let mut f = fold(w);
            f.truncate(trim_possessive(&f).len());
            f
        })
        .collect();
    let country_modifier = words[from..hi]
        .iter()
        .any(|w| w.starts_with(char::is_uppercase) && country_of(w).is_some());
    if class == RoleClass::Body && (!affiliation.is_empty() || country_modifier) {
        // A self-describing organisation: "the Serevian embassy". A name and the kind of
        // body it is ("The Consumatori Attivi consumer group", "the Unite union") is the
        // body by its name.
        let name = match body_name_before_kind(&words) {
            Some(name) => join_words(name),
            None => strip_det(np.text),
        };
        let speaker_name = CompactString::from(name.as_str());
        let parts = NameParts {
            title: &[],
            name: &[],
            country,
            org: Some(name),
        };
        let i = reg.mention(&parts, np.start, true, true);
        return (
            Speaker {
                name: speaker_name,
                surface: collapse_compact(np.text),
                role: None,
                resolved: true,
                kind: SpeakerKind::Organization,
            },
            i,
        );
    }
    // "…, according to its website", "Its statement said": a document of "its" is the
    // organisation's that "it" would name, the last made a subject.
    if class == RoleClass::Doc
        && hi <= 2
        && lower.first().is_some_and(|w| w == "its")
        && let Some((i, _)) = reg.most_recent_subject(np.start, |e| {
            (e.org || !e.person || e.person_by_speech) && country_of(&e.canonical).is_none()
        })
    {
        reg.note_mention(i, np.start);
        return (speaker_of(reg, i, np.text), Some(i));
    }
    // "According to a ministry memo seen by the Courier": a document the story says who
    // has, not who wrote, is its own unnamed source, the holder's words with it; "the
    // memo" later is that one.
    // A document of an owner ("a police report seen by …", "a Water Authority document
    // seen by …") is the owner's, read below.
    if class == RoleClass::Doc
        && lower
            .get(hi + 1)
            .is_some_and(|w| crate::extract::attribution::held_by(w))
        && words[..hi].iter().zip(&lower[..hi]).all(|(w, l)| {
            is_article(w)
                || is_leading_det(w)
                || w.starts_with(char::is_lowercase) && role_lookup(l).is_none()
        })
    {
        let speaker = unresolved(np.text, None);
        reg.doc_authors.push((
            np.start,
            CompactString::from(head),
            DocAuthor::Unresolved(speaker.clone()),
        ));
        return (speaker, None);
    }
    if matches!(class, RoleClass::Body | RoleClass::Doc) {
        // "a Kremlin statement", "the White House readout".
        // A platform is where a document is, not who wrote it: "A viral Facebook post
        // claims …" is the post's.
        let caps: Vec<&str> = words[from..hi]
            .iter()
            .copied()
            .filter(|w| {
                w.starts_with(char::is_uppercase)
                    && !is_determiner_cap(w)
                    && !(class == RoleClass::Doc && crate::lexicon::is_platform(w))
            })
            .collect();
        // "A statement from the White House said …", "a letter from Senator Mary Lane":
        // the author named after the document, when the complement is a name.
        // "Figures published by the Home Office": the author after a participle.
        let mut by_at = if lower
            .get(hi + 1)
            .is_some_and(|w| crate::extract::attribution::authored_by(w))
        {
            hi + 2
        } else {
            hi + 1
        };
        // "a statement issued yesterday by …": a time between.
        if by_at == hi + 2 {
            let word = |k: usize| lower.get(k).map_or("", |w| &**w);
            by_at += crate::extract::attribution::time_before_by(word(by_at), word(by_at + 1));
        }
        // "the report of the Committee on Lands and Forestry": "of" names the author too.
        // "According to a report in Der Spiegel", "an interview in the Financial Times":
        // a piece "in" a periodical is the periodical's.
        let in_periodical = || {
            matches!(
                head,
                "report" | "article" | "interview" | "story" | "editorial" | "column" | "piece"
            ) && lower.get(by_at).is_some_and(|w| &**w == "in")
                && words.get(by_at + 1).is_some_and(|first| {
                    let last = words.last().copied().unwrap_or_default();
                    // A paper's name in its own language: "Der Spiegel", "Le Monde".
                    matches!(
                        *first,
                        "Der" | "Die" | "Das" | "Le" | "La" | "Les" | "El" | "Il"
                    ) && words.len() > by_at + 2
                        && last.starts_with(char::is_uppercase)
                        || crate::lexicon::NEWS_MEDIA.contains(last)
                        || matches!(
                            last,
                            "Times"
                                | "Post"
                                | "Journal"
                                | "Herald"
                                | "News"
                                | "Gazette"
                                | "Guardian"
                                | "Telegraph"
                                | "Tribune"
                                | "Mail"
                                | "Express"
                                | "Observer"
                                | "Economist"
                                | "Chronicle"
                                | "Standard"
                                | "Review"
                                | "Magazine"
                                | "Spiegel"
                                | "Zeitung"
                                | "Monde"
                        )
                })
                && country_of(words.last().copied().unwrap_or_default()).is_none()
        };
        // "A poll of 2,000 voters", "a survey of members": "of" names who was asked, not
        // the author.
        let asked_of = crate::extract::attribution::asks_a_group(head);
        if class == RoleClass::Doc
            && caps.is_empty()
            && (lower
                .get(by_at)
                .is_some_and(|w| matches!(&**w, "from" | "by") || &**w == "of" && !asked_of)
                || in_periodical())
        {
            let mut author: Vec<&str> = words[by_at + 1..]
                .iter()
                .copied()
                .skip_while(|w| is_article(w))
                .collect();
            // "A letter from Putin to Trump": the document's addressee after "to" is not
            // its author ("the Committee to Protect Journalists" keeps its "to").
            if let Some(to) = author
                .iter()
                .position(|w| *w == "to")
                .filter(|&to| to > 0 && !is_org_head(author[to - 1]))
            {
                author.truncate(to);
            }
            // "estimates by concert-industry tracker Boxline Data": a title of a few
            // lower-case content words before the name, as before a speaker's name.
            let name_from = author
                .iter()
                .rposition(|w| !in_org_name(w))
                .map_or(0, |k| k + 1);
            let titled = (1..=3).contains(&name_from)
                && author[..name_from].iter().all(|w| plain_lower_word(w));
            if author
                .last()
                .is_some_and(|w| w.starts_with(char::is_uppercase))
                && (name_from == 0
                    || titled
                        && author
                            .get(name_from)
                            .is_some_and(|w| w.starts_with(char::is_uppercase)))
            {
                let parts = split_name(&author);
                let found = initials_alias(reg, &parts, np.start)
                    .or_else(|| reg.mention(&parts, np.start, true, true));
                if let Some(i) = found {
                    // "The report, however, noted …" later is this author's (see the
                    // definite document below).
                    if !plural {
                        reg.doc_authors.push((
                            np.start,
                            CompactString::from(head_text.as_ref()),
                            DocAuthor::Entity(i),
                        ));
                    }
                    return (speaker_of(reg, i, np.text), Some(i));
                }
            }
            // "A statement from the port authority said", "a report by the state
            // auditor": an author in lower case is the role phrase it is.
            if let Some(found) = lower_case_author(reg, np, by_at + 1) {
                return found;
            }
        }
        // "The company's statement said", "according to the ministry's report": the
        // document's owner speaks, resolved as the role phrase it is ("the company" → the
        // story's company).
        if class == RoleClass::Doc
            && caps.is_empty()
            && let Some(p) = (1..hi).rfind(|&i| is_possessive(words[i]))
            && let Some(found) = possessive_owner(reg, np, p)
        {
            return found;
        }
        // "A ministry statement said", "according to a police report": the noun before
        // the document names its author, as a possessive does.
        if class == RoleClass::Doc
            && caps.is_empty()
            && let Some(found) = modifier_owner(reg, np, hi)
        {
            return found;
        }
        // "Peskov's statement said", "Kremlin spokesman Dmitry Peskov's statement": a
        // person who owns the document speaks as the name would ("Peskov said"); any
        // other owner is the organisation read below.
        if class == RoleClass::Doc
            && !caps.is_empty()
            && let Some(found) = named_owner(reg, np, from, hi)
        {
            return found;
        }
        if class == RoleClass::Doc && !caps.is_empty() {
            // "A City of Sinqobile statement": the name with its joining words.
            let org = join_words(joined_name(&words[from..hi]).unwrap_or(&caps));
            let name = CompactString::from(org.as_str());
            let parts = NameParts {
                title: &[],
                name: &[],
                country,
                org: Some(org),
            };
            let i = reg.mention(&parts, np.start, true, true);
            // "According to AFAD data" after "the Disaster and Emergency Management
            // Authority (AFAD)": the organisation under the name it was given first, and
            // so is any name no person has ("World Food Programme (WFP)" names no
            // organisation by its words).
            let name = i
                .filter(|&i| reg.entities[i].org || !reg.entities[i].person)
                .map_or(name, |i| {
                    CompactString::from(reg.entities[i].canonical.as_str())
                });
            return (
                Speaker {
                    name,
                    surface: collapse_compact(np.text),
                    role: None,
                    resolved: true,
                    kind: SpeakerKind::Organization,
                },
                i,
            );
        }
        // "the council" → the organisation named with that word earlier; else "the
        // company", "the club" → the organisation most recently made the
        // subject of a sentence (news names the company, then calls it "the company").
        if definite {
            // "according to the statistics bureau" after "the National Statistics and
            // Census Institute": a public body called by its kind, with what it deals in
            // before the kind, is the body named with those words, whichever kind word
            // its name uses ("the weather bureau" is no statistics institute).
            // The words before the kind, asked first and collected only when they are
            // all plain lower-case words (most phrases have none).
            let subject: Option<LowerWords> = (AGENCY_HEADS.contains(&head)
                && (from..hi).any(|k| !is_article(words[k]))
                && (from..hi).all(|k| {
                    is_article(words[k])
                        || plain_lower_word(words[k])
                            && words[k].bytes().all(|b| b.is_ascii_alphabetic())
                }))
            .then(|| {
                (from..hi)
                    .filter(|&k| !is_article(words[k]))
                    .map(|k| lower[k].clone())
                    .collect()
            });
            let agency_named = |e: &Entity, f: &str| {
                subject.as_ref().is_some_and(|subject| {
                    kind_word(&e.canonical)
                        .is_some_and(|(w, _)| with_lower(w, |l| AGENCY_HEADS.contains(&l)))
                        && subject
                            .iter()
                            .all(|s| f.split_whitespace().any(|w| w == &**s))
                })
            };
            // "The premier’s office said" after "the Office québécois …": a body a
            // person's post owns is that post's, and only an organisation named with the
            // owner's word is it ("the country's largest trade federation" is owned by
            // no post).
            let owner_word = (1..hi)
                .find(|&i| {
                    is_possessive(words[i])
                        && words[i - 1].starts_with(char::is_lowercase)
                        && role_lookup(&lower[i - 1]).is_some_and(|(c, _)| c.of_person())
                })
                .map(|i| &lower[i - 1]);
            let named = reg.most_recent(np.start, |e| {
                // Folded on the stack when it can be: asked of every organisation the
                // look-back meets.
                e.org
                    && with_folded(&e.canonical, |f| {
                        // "the court" after "the State Courts": the name's word in
                        // the plural is the body too.
                        (f.split_whitespace()
                            .any(|w| w == head || w.strip_suffix('s') == Some(head))
                            || agency_named(e, f))
                            && owner_word.is_none_or(|o| f.split_whitespace().any(|w| w == &**o))
                    })
            });
            // An organisation whose name ends in another kind ("City Council" for "the
            // company") does not fit; a company name ("Halden Motors") fits a company
            // noun ("the company", "the firm").
            // "the carmaker", "the lender": a kind of business, which the story's company
            // need not be.
            let kind = crate::lexicon::business_kind_heads(head);
            let company_noun = kind.is_some() || BUSINESS_NOUNS.contains(&head);
            // "The club said …" after "Ashcombe Rovers have sacked …".
            let club_noun = matches!(head, "club" | "team" | "side");
            // The name that opens this very sentence as its subject, if no one knew it:
            // "Volkswagen will cut 35,000 jobs, the company said".
            let opening = if named.is_none() && (company_noun || club_noun) {
                reg.opening_name(np.start)
            } else {
                None
            };
            let fits = |e: &Entity| {
                kind_word(&e.canonical).is_none_or(|(w, joined)| {
                    !(joined || is_org_head(w))
                        || with_folded(w, |f| f == head)
                        || company_noun
                            && kind.map_or_else(
                                || crate::lexicon::is_company_head(w),
                                |heads| {
                                    crate::lexicon::is_legal_form(w)
                                        || with_lower(w, |l| heads.contains(&l))
                                },
                            )
                        || club_noun && crate::lexicon::is_club_head(w)
                        || head == "agency" && with_lower(w, |l| AGENCY_HEADS.contains(&l))
                        // "The Virtual Assets Commission … the regulator said", "the
                        // Office for Budget Responsibility … the watchdog": a public
                        // body that oversees others.
                        || matches!(head, "regulator" | "watchdog")
                            && with_lower(w, |l| AGENCY_HEADS.contains(&l))
                        || head == "party" && with_lower(w, |l| PARTY_HEADS.contains(&l))
                        || ADVOCACY_NOUNS.contains(&head)
                            && with_lower(w, |l| ADVOCACY_HEADS.contains(&l))
                }) && country_of(&e.canonical).is_none()
                    // "According to the ACCC, Harvest Lane shoppers paid … The watchdog
                    // said": a regulator is a public body by its name's last word, or one
                    // the story called so; a name of no kind ("Harvest Lane") is none.
                    && (!matches!(head, "regulator" | "watchdog")
                        || kind_word(&e.canonical)
                            .is_some_and(|(w, _)| with_lower(w, |l| AGENCY_HEADS.contains(&l)))
                        || e.role.as_deref().is_some_and(|r| {
                            r.split_whitespace()
                                .last()
                                .is_some_and(|r| with_folded(r, |r| r == head))
                        }))
                    // "Xiling Province", "Kherson Oblast": a place's division is called by
                    // its own kind ("the province"), never "the commission".
                    && kind_word(&e.canonical)
                        .is_none_or(|(w, _)| !is_division(w) || with_folded(w, |f| f == head))
                    // "told Reuters": a news agency is "the agency", never "the union".
                    && (crate::lexicon::is_media_noun(head)
                        || !crate::lexicon::NEWS_MEDIA.contains(e.canonical.as_str()))
                    // "the journal Nature Climate Change" is no team, firm or agency.
                    && e.role
                        .as_deref()
                        .and_then(|r| r.split_whitespace().last())
                        .is_none_or(|r| {
                            with_folded(r, |r| {
                                r == head
                                    || role_lookup(r).is_none_or(|(c, _)| c != RoleClass::Body)
                                    // "German carmaker Varenholt … the company": a kind of
                                    // business is a company.
                                    || company_noun
                                        && (BUSINESS_NOUNS.contains(&r)
                                            || crate::lexicon::business_kind_heads(r).is_some())
                            })
                        })
            };
            // An organisation by its name, by how the story used it, or by the role its
            // appositive gave it ("The main opposition party, the National Renewal Front,").
            // A one-word name known only to have spoken ("Ukrenergo said in a statement
            // …; “…,” the company said") may be the organisation a business noun names.
            // Shown to be an organisation: so named, typed as one by "it", or read as one
            // where no person was.
            let shown_org = |e: &Entity| e.org || e.typed_org || !e.person && e.orgish > 0;
            let org_fits = |e: &Entity| {
                (shown_org(e)
                    || company_noun && e.person_by_speech && e.folded_len <= 1
                    // "Korvan Steel … the steelmaker said": a name that ends in the
                    // kind's trade, though the word alone ("Steel") may be anyone's.
                    || !e.person
                        && kind.is_some_and(|heads| {
                            kind_word(&e.canonical)
                                .is_some_and(|(w, _)| with_lower(w, |l| heads.contains(&l)))
                        }))
                    && fits(e)
            };
            // The story's organisation: of those that fit, the one named most often so far
            // (ties: the most recent). A kind of business names it only when no other one
            // named so far fits: "The retailer said" three paragraphs after a carmaker and
            // a bank were named is neither.
            let salient = || {
                let mut fitting = reg
                    .org_like
                    .iter()
                    .map(|&i| (i, &reg.entities[i]))
                    .filter(|(_, e)| org_fits(e))
                    .filter_map(|(i, e)| {
                        // How often it was mentioned before, and when last.
                        let (mut n, mut last) = (0, None);
                        // An employer's mention is not the story naming it ("…, an
                        // analyst at Bokeh Capital"): a firm named only so is no one's
                        // "the company".
                        for &m in e.mentions.iter().filter(|&&m| {
                            m < np.start && reg.employer_mentions.binary_search(&m).is_err()
                        }) {
                            n += 1;
                            last = last.max(Some(m));
                        }
                        Some((
                            i,
                            n + e.subjects.iter().filter(|&&m| m < np.start).count(),
                            last?,
                        ))
                    });
                if kind.is_some() {
                    let (only, _, _) = fitting.next()?;
                    return fitting.next().is_none().then_some(only);
                }
                fitting
                    .max_by_key(|&(_, n, last)| (n, last))
                    .map(|(i, _, _)| i)
            };
            // A body of the state ("the government", "the ministry", "the army") is not
            // the story's company under another name: only one named with its word. Nor
            // is a document ("The study found …" after "Priya Nandakumar of the
            // University of Halden"): the study, the report and the survey speak for
            // themselves.
            // Nor is a body its members describe ("the employers' federation", "the
            // farmers' union"): it is one of its own, not the story's company.
            let members_own = (1..hi)
                .any(|i| is_possessive(words[i]) && words[i - 1].starts_with(char::is_lowercase));
            let salient_ok =
                class != RoleClass::Doc && !STATE_BODIES.contains(&head) && !members_own;
            // One that fits, named in this sentence or the one before, is meant before
            // the story's most-named one: news names a company, then calls it by its kind.
            let nearby = || reg.named_just_before(np.start, org_fits);
            // "Ciara Breathnach, chief executive of the housing charity Dídean, said … The
            // charity believes": an employer's mention is no story naming it (above), but
            // one the story described by this very kind is the one meant.
            let described = || {
                reg.most_recent(np.start, |e| {
                    org_fits(e)
                        && e.role
                            .as_deref()
                            .and_then(|r| r.split_whitespace().last())
                            .is_some_and(|r| with_folded(r, |r| r == head))
                })
            };
            // One whose kind the story wrote after its name ("the GDL train drivers’
            // union" and then "the union said") is meant before one named nearby. The
            // kind written is the evidence: a name whose own words give another kind
            // ("Resources Safety and Health Queensland, the state's mining regulator")
            // is that kind all the same.
            let kind_written = || {
                reg.kinds_after
                    .iter()
                    .rev()
                    .find(|&&(at, i, k)| {
                        at < np.start && k.eq_ignore_ascii_case(head) && shown_org(&reg.entities[i])
                    })
                    .map(|&(_, i, _)| i)
            };
            if let Some(i) = named
                .or(opening)
                .or_else(|| salient_ok.then(kind_written).flatten())
                .or_else(|| salient_ok.then(|| nearby().or_else(salient)).flatten())
                .or_else(|| salient_ok.then(described).flatten())
            {
                reg.note_mention(i, np.start);
                reg.note_subject(i, np.start);
                let e = &mut reg.entities[i];
                e.typed_org |= !e.org;
                return (speaker_of(reg, i, np.text), Some(i));
            }
            // "The Ministry said" after "Minister of Mining and Energy Milica Đorđević
            // Stanić wrote …", no ministry named: the ministry of the last minister's
            // portfolio (not a minister of state's).
            if head == "ministry"
                && hi + 1 == lower.len()
                && let Some(found) = ministry_of_minister(reg, np)
            {
                return found;
            }
        }
        // "According to the statement, …" after "…, the ministry said in a statement":
        // the definite document is the one a speaker of the story last issued.
        if class == RoleClass::Doc
            && definite
            && caps.is_empty()
            && let Some((_, _, author)) = reg
                .doc_authors
                .iter()
                .rev()
                .find(|(at, noun, _)| *at < np.start && noun.as_str() == head)
        {
            match *author {
                DocAuthor::Entity(i) => {
                    reg.note_mention(i, np.start);
                    return (speaker_of(reg, i, np.text), Some(i));
                }
                DocAuthor::Unresolved(ref s) => {
                    let surface = collapse_compact(np.text);
                    return (
                        Speaker {
                            surface,
                            ..s.clone()
                        },
                        None,
                    );
                }
            }
        }
        let mut speaker = unresolved(np.text, None);
        // "… according to a criminal complaint filed in …" and then "the complaint
        // alleges": the document the story described before, by its fuller phrase. So is
        // a body named in lower case: "…, the agriculture ministry said" and then "the
        // ministry said".
        if (class == RoleClass::Doc || class == RoleClass::Body) && caps.is_empty() {
            let earlier = definite
                .then(|| {
                    reg.unnamed_sources().rev().find(|&(h, name)| {
                        role_synonym(h) == role_synonym(head)
                            && name.len() > speaker.name.len()
                            && name.ends_with(speaker.name.as_str())
                    })
                })
                .flatten();
            match earlier {
                Some((_, name)) => speaker.name = CompactString::from(name),
                None => reg.add_unnamed(head, &speaker.name, np.start),
            }
        }
        return (speaker, None);
    }
    // "The CCA boss" after "the Director General of the Cotton and Cashew Council (CCA),
    // Mr OUATTARA …": a boss is whoever heads the body, by any post's name. So is a chief
    // of a body named ("the Sahyadri chief" after "N. Venkatesh, Managing Director and
    // CEO of Sahyadri …"); "the fire chief" alone is that post.
    let boss = matches!(head, "boss" | "supremo") || head == "chief" && !affiliation.is_empty();
    let head = role_synonym(head);
    // On the stack: a role head has a word or three. A post written as one hyphenated
    // word is read by its parts, as a person's role is ("the secretary-general" is the
    // "EC secretary-general").
    let head_words: Words = head.split([' ', '-']).collect();
    // "Vice President Moss" is not "the president", nor "Mayor Hill" "the deputy mayor":
    // a role and the phrase name the same post only with the same of these words.
    let np_ranks = post_ranks(lower.iter().flat_map(|w| alnum_words(w)));
    let role_has = |r: &str, hw: &[&str], ranks: u8| {
        let has = |rl: &str| {
            // "Premier" for "the prime minister": one word whose synonym is the whole
            // head of several words.
            let whole = |w: &str| hw.len() > 1 && role_synonym(w) == head;
            // An ASCII role (nearly all) is cut by `AsciiAlnumWords` itself: through
            // `alnum_words`, each pass tested the text for ASCII again and went through
            // its two chained iterators.
            if rl.is_ascii() {
                let words = || AsciiAlnumWords { rest: Some(rl) };
                return (heads_post(words(), hw) || words().any(whole))
                    && post_ranks(words()) == ranks;
            }
            (heads_post(alnum_words(rl), hw) || alnum_words(rl).any(whole))
                && post_ranks(alnum_words(rl)) == ranks
        };
        // Asked of every person the look-back meets: folded on the stack when it can be.
        with_folded(r, has)
    };
    // Any post the story gave the person before the phrase: "Minority Leader Raphael
    // Otieno … said Mr Otieno, the Embakasi East MP. … The lawmaker alleged".
    // (The first post given is the entity's role, read already: the others are read
    // only for the few people given more than one.)
    let has_head_ranked = |e: &Entity, ranks: u8| {
        e.role
            .as_ref()
            .is_some_and(|r| role_has(r, &head_words, ranks))
            || e.known_role
                .is_some_and(|r| role_has(r, &head_words, ranks))
            || e.role_mentions.len() > 1
                && e.role_mentions.iter().any(|(at, r)| {
                    *at < np.start && e.role.as_ref() != Some(r) && role_has(r, &head_words, ranks)
                })
    };
    let has_head = |e: &Entity| {
        has_head_ranked(e, np_ranks)
            || boss
                && [e.role.as_deref(), e.known_role]
                    .into_iter()
                    .flatten()
                    .any(|r| {
                        with_folded(r, |rl| {
                            heads_a_body(rl) && post_ranks(alnum_words(rl)) == np_ranks
                        })
                    })
    };
    // The country, a comparison, is tested before `has_head`: "the Russian president"
    // passes over the people of other countries without reading their roles. (All are
    // tests without effects: the order changes no answer.)
    let country_fits = |e: &Entity| country.is_none() || e.country == country;
    // Asked of every person the look-back meets: compared folded without a folded copy.
    // An affiliation written as a body's initials ("the CCA boss") is the body's name,
    // which a role may hold in full ("Director General of the Cotton and Cashew
    // Council"). (Looked up once: most phrases have no affiliation.)
    let spelled_out: Vec<Option<String>> = affiliation
        .iter()
        .map(|a| {
            reg.aliases
                .get(a.as_str())
                .filter(|&&o| reg.entities[o].org)
                .map(|&o| fold(&reg.entities[o].canonical))
        })
        .collect();
    // A capitalised complement names the body the post is of: "the President of the
    // Republic" is not the President of the National Agency named since.
    let complement: Vec<String> = if lower
        .get(hi + 1)
        .is_some_and(|w| matches!(&**w, "of" | "for"))
    {
        words[hi + 2..]
            .iter()
            .filter(|w| w.starts_with(char::is_uppercase) && !is_determiner_cap(w))
            .map(|w| fold(w))
            .collect()
    } else {
        Vec::new()
    };
    let has_complement = |e: &Entity| {
        complement.iter().all(|c| {
            [e.role.as_deref(), e.known_role]
                .into_iter()
                .flatten()
                .any(|r| folded_contains(r, c))
        })
    };
    // Every affiliation the phrase gives is the person's (in their role or name), or
    // every party among them ("the Labour MP"; "the Grammy winner" names no party).
    let affiliated_in = |e: &Entity, parties_only: bool| {
        affiliation
            .iter()
            .zip(&spelled_out)
            .filter(|(a, _)| !parties_only || is_party_word(a))
            .all(|(a, full)| {
                e.role.as_ref().is_some_and(|r| {
                    folded_contains(r, a) || full.as_ref().is_some_and(|f| folded_contains(r, f))
                }) || folded_contains(&e.canonical, a)
            })
    };
    let affiliated = |e: &Entity| affiliated_in(e, false);
    let generic_head = matches!(head, "leader" | "head of state" | "head of government");
    let leaderish = |e: &Entity| {
        [e.role.as_deref(), e.known_role]
            .into_iter()
            .flatten()
            .any(|r| {
                // Folded, and its words listed, on the stack: asked of every person the
                // look-back meets.
                with_folded(r, |rl| {
                    let ws: Words = alnum_words(rl).filter(|w| !w.is_empty()).collect();
                    // A former, vice or deputy leader is a leader only to the same words;
                    // a generic word fits a prime minister ("the head of government").
                    let prime = if generic_head { !8 } else { !0 };
                    post_ranks(ws.iter().copied()) & prime == np_ranks & prime
                        && !ws.iter().any(|w| PARTY_LEADER.contains(w))
                        && LEADER_ROLES.iter().any(|h| {
                            // "The president" is no prime minister: a post of another
                            // name fits only a generic word ("the Russian leader"), and a
                            // generic post ("Chinese leader Xi") fits any.
                            (generic_head || *h == head || *h == "leader")
                                && ws
                                    .windows(h.split(' ').count())
                                    .any(|win| win.iter().copied().eq(h.split(' ')))
                        })
                })
            })
    };
    // "A ministry spokeswoman said" after "The opposition health spokesman, Pablo
    // Ortega,": an indefinite article brings in someone new, an unnamed source, never a
    // person the story named (looked for only after a definite or bare phrase).
    let indefinite = lower
        .first()
        .is_some_and(|w| matches!(&**w, "a" | "an" | "another"));
    // A person given the post: of the country and affiliation the phrase names, if any.
    let holds_post =
        |e: &Entity| !e.org && e.person && country_fits(e) && has_head(e) && affiliated(e);
    // Among people who fit, the one most recently made a subject, else the one most
    // recently mentioned.
    let find = || {
        (!indefinite)
            .then(|| {
                reg.most_recent_subject(np.start, holds_post)
                    .map(|(i, _)| i)
                    .or_else(|| reg.most_recent(np.start, holds_post))
                    .or_else(|| {
                        // "Speaker Dale Whitford, R-La., …" and then "The House speaker told …": a
                        // person given the bare post, with no affiliation to contradict the phrase's.
                        (!affiliation.is_empty())
                            .then(|| {
                                reg.most_recent(np.start, |e| {
                                    !e.org
                                        && e.person
                                        && country_fits(e)
                                        && e.role
                                            .as_deref()
                                            .is_some_and(|r| r.eq_ignore_ascii_case(head))
                                })
                            })
                            .flatten()
                    })
                    .or_else(|| {
                        // "Manchester Irwell MP Daniel Okafor …" and then "The Labour MP said": a
                        // party the story had not given the one person named with the post. Not
                        // a holder given another party ("Conservative MP …"), and not when two
                        // hold it. So too a name the story gives nothing else ("The Kestrels
                        // boss", a club's nickname; "the former FC Zaandijk coach", a past post,
                        // whose "former" is that post's).
                        let np_end = np.start + np.text.len();
                        let new_to_story = |a: &str| {
                            reg.entities.iter().all(|e| {
                                e.mentions.iter().all(|&m| m >= np.start && m < np_end)
                                    || !with_folded(&e.canonical, |f| f.split(' ').any(|w| w == a))
                            }) && !crate::lexicon::INSTITUTIONS
                                .iter()
                                .any(|i| i.eq_ignore_ascii_case(a))
                        };
                        let not_given = !affiliation.is_empty()
                            && affiliation
                                .iter()
                                .all(|a| is_party_word(a) || new_to_story(a));
                        let ranks = if affiliation.iter().any(|a| !is_party_word(a)) {
                            np_ranks & !RANK_FORMER
                        } else {
                            np_ranks
                        };
                        (definite && not_given)
                            .then(|| {
                                let other_party = |e: &Entity| {
                                    e.role.as_deref().is_some_and(|r| {
                                        r.split([' ', '-']).any(|w| {
                                            with_folded(w, |f| {
                                                is_party_word(f)
                                                    && !affiliation.iter().any(|a| a == f)
                                            })
                                        })
                                    })
                                };
                                let mut holders =
                                    reg.entities.iter().enumerate().filter(|(_, e)| {
                                        !e.org
                                            && e.person
                                            && country_fits(e)
                                            && has_head_ranked(e, ranks)
                                            && !other_party(e)
                                            && e.mentions.first().is_some_and(|&m| m < np.start)
                                    });
                                let (i, _) = holders.next()?;
                                holders.next().is_none().then_some(i)
                            })
                            .flatten()
                    })
                    .or_else(|| {
                        (class == RoleClass::Leader)
                            .then(|| {
                                reg.most_recent(np.start, |e| {
                                    !e.org
                                        && e.person
                                        && leaderish(e)
                                        && country_fits(e)
                                        && affiliated(e)
                                })
                            })
                            .flatten()
                    })
                    .or_else(|| {
                        (class == RoleClass::Leader && country.is_some())
                            .then(|| {
                                reg.most_recent(np.start, |e| {
                                    !e.org
                                        && e.person
                                        && e.country.is_none()
                                        && e.role.is_none()
                                        && e.known_role.is_none()
                                })
                            })
                            .flatten()
                    })
                    .or_else(|| {
                        // "…, its chairman confirmed on Wednesday." and, a paragraph on, "Harbour
                        // board chairman Gareth Lloyd told …": a lede gives the post and the story
                        // names its holder later. Only the one person given the post.
                        // Not a post an unnamed source held before ("A government spokesman
                        // said …" and then "the spokesman said"): that source again.
                        let post = definite
                            || lower
                                .first()
                                .is_some_and(|w| matches!(&**w, "its" | "their" | "his" | "her"));
                        (post && !reg.unnamed_sources().any(|(h, _)| h == head))
                            .then(|| reg.only_named_after(np.start, holds_post))
                            .flatten()
                    })
                    .or_else(|| {
                        // "“…,” the official said" after the Minister of Energy and Mines spoke;
                        // "the head of the portfolio" (the Spanish "titular de la cartera"):
                        // the person who last spoke with a post, no unnamed official before.
                        let portfolio = head == "head" && lower.iter().any(|w| &**w == "portfolio");
                        ((head == "official" || portfolio)
                            && definite
                            && !reg.unnamed_sources().any(|(h, _)| h == head))
                        .then(|| {
                            reg.most_recent_subject(np.start, |e| {
                                !e.org
                                    && e.person
                                    && e.role.as_deref().is_some_and(|r| {
                                        !portfolio || {
                                            let r = r.to_lowercase();
                                            r.contains("minister") || r.contains("secretary")
                                        }
                                    })
                            })
                            .map(|(i, _)| i)
                        })
                        .flatten()
                    })
            })
            .flatten()
    };
    // A holder given the post with its complement first; without it when no one was
    // ("the Minister of State" is the Minister of Energy given that rank first).
    let with_complement = |e: &Entity| holds_post(e) && has_complement(e);
    let found = (!indefinite && !complement.is_empty())
        .then(|| {
            reg.most_recent_subject(np.start, with_complement)
                .map(|(i, _)| i)
                .or_else(|| reg.most_recent(np.start, with_complement))
        })
        .flatten()
        .or_else(find)
        .filter(|&i| !(definite && reg.unnamed_since(head, i, np.start)));
    if let Some(i) = found {
        let e = &mut reg.entities[i];
        if e.country.is_none() {
            e.country = country;
        }
        if e.role.is_none() {
            e.role = Some(strip_det(np.text));
        }
        reg.note_mention(i, np.start);
        return (speaker_of(reg, i, np.text), Some(i));
    }
    // "the mother of three, who sells foodstuffs at Mile 12, told": a parent described by
    // the number of children is the person the story is about, not someone's parent.
    // So is one written as one word: "the father-of-three sobbed" (UK copy).
    let hyphenated_parent = parent_title(head);
    let parent_of_n = matches!(head, "mother" | "father" | "grandmother" | "grandfather")
        && lower.windows(2).any(|w| {
            &*w[0] == "of"
                && (w[1].bytes().all(|b| b.is_ascii_digit())
                    || crate::quantities::is_number_word(&w[1]))
        })
        || hyphenated_parent.is_some();
    // "The money man, who arrived … in a chauffeur-driven limousine, admitted": a man or
    // woman described by a word before the noun is someone named before, as a calling
    // is (tabloid copy's nicknames); "the man" alone may be a passer-by the story never
    // names, and "the other man" is someone else.
    let epithet = matches!(head, "man" | "woman")
        && lower.len() >= 3
        && lower[lower.len() - 2]
            .bytes()
            .all(|b| b.is_ascii_lowercase())
        && !matches!(
            &*lower[lower.len() - 2],
            "other" | "first" | "second" | "third" | "last" | "next" | "another"
        );
    if definite
        && !reg.unnamed_sources().any(|(h, _)| h == head)
        && (crate::lexicon::DESCRIPTIONS.contains(head) || parent_of_n || epithet)
        && !introduced_as_new(reg.lower_text, np)
        && let Some(i) = describe(
            reg,
            np.start,
            country,
            None,
            hyphenated_parent.or_else(|| noun_sex(head)),
            Some(head),
        )
        // "The Labour MP" (a lawmaker) is not the Conservative MP who spoke last: a
        // party the phrase gives must be the person's.
        && affiliated_in(&reg.entities[i], true)
    {
        return (speaker_of(reg, i, np.text), Some(i));
    }
    let role_text = strip_det_compact(np.text);
    (
        same_unnamed(reg, head, definite, role_text, np.text, np.start),
        None,
    )
}

/// Whether `w`, the first word of a phrase that opens its sentence, is capitalised only
/// because it opens it ("Official", "Preliminary", "Local"): it reads as a modifier (a
/// role modifier, an adjective's ending, a few common adjectives), and it is no name the
/// story has given (as a first word, surname, organisation or alias), no institution,
/// country, given name or public figure of the lexicons, and not written in capitals
/// ("BBC"). Any other capitalised word is a place or a name the story has not given
/// before: "Northvale council said …" is an organisation. A name the registry took from
/// this very place does not count ("Initial estimates put …", where "estimates" may
/// be read as the verb of a name "Initial"): the story gives it nowhere else.
fn sentence_case_only(reg: &Registry, w: &str, at: usize) -> bool {
    let modifier = with_lower(w, |l| {
        crate::lexicon::ROLE_MODIFIERS.contains(l)
            || ["al", "ary", "ive", "ic", "ous", "ful", "ed"]
                .iter()
                .any(|e| l.len() > e.len() + 2 && l.ends_with(e))
            || matches!(
                l,
                "latest"
                    | "new"
                    | "early"
                    | "recent"
                    | "current"
                    | "fresh"
                    | "first"
                    | "last"
                    | "secret"
                    | "private"
            )
    });
    if !modifier
        || !w.starts_with(char::is_uppercase)
        || w.chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
        || crate::lexicon::INSTITUTIONS.contains(w)
        || country_of(w).is_some()
        || GIVEN_NAMES.contains_key(w)
    {
        return false;
    }
    let mut f = fold(w);
    f.truncate(trim_possessive(&f).len());
    let elsewhere = |i: &usize| reg.entities[*i].mentions.iter().any(|&m| m != at);
    let known = [reg.by_first_word.get(&f), reg.by_surname.get(&f)]
        .into_iter()
        .flatten()
        .flat_map(|l| l.iter())
        .chain(reg.find_org(&f).as_ref())
        .any(elsewhere);
    !(known || figure_of_ends(None, &f).is_some())
}

/// An unnamed source with role head `head`: with a definite article, the one last
/// introduced with that head ("the diplomat" after "a Nato diplomat"); without, a new one
/// that later definite phrases may refer to.
fn same_unnamed(
    reg: &mut Registry,
    head: &str,
    definite: bool,
    role_text: CompactString,
    surface: &str,
    at: usize,
) -> Speaker {
    debug_assert_eq!(role_text.as_str(), strip_det(surface));
    let head = role_synonym(head);
    // "According to Razvilka’s sources" in Razvilka's own story: the story's sources,
    // as "our sources" would be; the owner names no one another outlet could cite.
    let role_text = match own_outlet_owner(reg.outlet, &role_text) {
        Some(rest) => CompactString::from(rest),
        None => role_text,
    };
    // "…, according to people familiar with the matter. …, one of the people said": a
    // part of a group the story named is that group's source, and no new one (a later
    // "the people said" is the group again).
    // A part of a group named nowhere before keeps its words ("Some of the residents").
    let group = partitive_of_definite(&role_text);
    // "the source said" after "one of the sources said", no single source named: one of
    // that group (the head alone, in the singular, of a group named by its plural).
    let one_of_group = |h: &str| {
        definite
            && group.is_none()
            && role_text == head
            && h.len() == head.len() + 1
            && h.starts_with(head)
            && h.ends_with('s')
    };
    if (definite || group.is_some())
        && let Some((_, name)) = reg
            .unnamed_sources()
            .rev()
            .find(|&(h, name)| h == head && owners_agree(group.unwrap_or(&role_text), name))
            .or_else(|| reg.unnamed_sources().rev().find(|&(h, _)| one_of_group(h)))
            // "…, according to a source familiar with the matter. …, the person said":
            // an anonymous source is "the person" or "the source" later, whichever word
            // introduced it; so are "the sources" after "two people familiar with …".
            .or_else(|| {
                let bare = definite && group.is_none() && role_text == head;
                (bare && matches!(head, "person" | "source" | "people" | "sources"))
                    .then(|| {
                        reg.unnamed_sources().rev().find(|&(h, name)| {
                            matches!(h, "person" | "people" | "source" | "sources")
                                && ["familiar with", "knowledge of", "close to", "briefed on"]
                                    .iter()
                                    .any(|p| name.contains(p))
                        })
                    })
                    .flatten()
            })
    {
        return Speaker {
            name: CompactString::from(name),
            surface: collapse_compact(surface),
            role: Some(role_text),
            resolved: false,
            kind: SpeakerKind::Unnamed,
        };
    }
    // "The Prime Minister's official spokesman" after "a spokesperson for the
    // Environment Agency": a source of its own, which a later "the spokesman" names; so
    // is one with an owner in lower case ("the prime minister’s official spokesperson").
    if !definite
        || capital_words(&role_text).next().is_some()
        || role_text
            .split(is_space)
            .any(|w| without_possessive(w).len() < w.len())
    {
        reg.add_unnamed(head, &role_text, at);
    }
    // `unresolved(surface, Some(role_text))`, whose name, the surface without its
    // determiner, is `role_text` (`strip_det(surface)`): copied, not made again.
    Speaker {
        name: role_text.clone(),
        surface: collapse_compact(surface),
        role: Some(role_text),
        resolved: false,
        kind: SpeakerKind::Unnamed,
    }
}

/// `phrase` without its owner when the owner is the outlet `outlet` the document names
/// in its header, or that name's first words: "sources" of "Razvilka’s sources" in a
/// story of "Razvilka (English edition)". `None` for any other phrase.
fn own_outlet_owner<'p>(outlet: &str, phrase: &'p str) -> Option<&'p str> {
    // Asked of every unnamed source: the outlet's first word first.
    let first = outlet.split(' ').next().filter(|w| !w.is_empty())?;
    if !phrase.starts_with(first) {
        return None;
    }
    // The owner runs to the first word with an owner's mark ([`without_possessive`]).
    let mut end = 0;
    for w in phrase.split(is_space) {
        let bare = without_possessive(w);
        if bare.len() < w.len() {
            let owner = &phrase[..end + bare.len()];
            let rest = phrase.get(end + w.len() + 1..)?;
            return outlet
                .strip_prefix(owner)
                .is_some_and(|after| after.is_empty() || after.starts_with(' '))
                .then_some(rest);
        }
        end += w.len() + 1;
    }
    None
}

/// The group of a partitive phrase with a definite group: "people" of "one of the
/// people", "officials" of "two of those officials"; `None` for any other phrase.
fn partitive_of_definite(phrase: &str) -> Option<&str> {
    let (part, rest) = phrase.split_once(' ')?;
    let rest = rest.strip_prefix("of ")?;
    let group = rest
        .strip_prefix("the ")
        .or_else(|| rest.strip_prefix("those "))
        .or_else(|| rest.strip_prefix("these "))?;
    (group.starts_with(char::is_lowercase)
        && with_lower(part, crate::extract::attribution::is_partitive))
    .then_some(group)
}

/// The capitalised words of a role phrase, a possessive ending cut: "Prime", "Minister"
/// of "Prime Minister's official spokesman".
fn capital_words(phrase: &str) -> impl Iterator<Item = &str> {
    phrase
        .split(is_space)
        .filter(|w| w.starts_with(char::is_uppercase))
        .map(without_possessive)
}

/// `w` without a possessive ending ([`POSSESSIVES`]: "Minister's", "Ministers’").
fn without_possessive(w: &str) -> &str {
    POSSESSIVES
        .iter()
        .find_map(|p| w.strip_suffix(p))
        .unwrap_or(w)
}

/// Whether a definite role phrase may name the source an earlier phrase introduced: each
/// of its capitalised words (its owner: "the Downing Street spokeswoman", "the Kremlin
/// spokesman") is a word of the earlier phrase. "The spokesman" names any spokesperson.
fn owners_agree(phrase: &str, earlier: &str) -> bool {
    capital_words(phrase).all(|w| {
        earlier
            .split(is_space)
            .any(|e| without_possessive(e).eq_ignore_ascii_case(w))
    })
}

/// "The Spaniard admitted", "the star slammed", "the 79-year-old said": a description of
/// the person most recently made the subject of a sentence (of that country, if given).
/// The person a description refers to: the most recent subject who fits. With an age
/// ("the 34-year-old"), the person given that age if any was; else one given no age (a
/// person given another age is someone else). With the description's noun
/// (`description`), not a person the story gave a post it cannot describe
/// ([`other_post`]).
fn describe(
    reg: &Registry,
    before: usize,
    country: Option<&'static str>,
    age: Option<u16>,
    sex: Option<Gender>,
    description: Option<&str>,
) -> Option<usize> {
    let fits = |e: &Entity| {
        !e.org
            && e.person
            && (country.is_none() || e.country.is_none() || e.country == country)
            && (sex.is_none() || e.gender.is_none() || e.gender == sex)
            && description.is_none_or(|d| !other_post(e, d))
    };
    if let Some(age) = age {
        let aged = |e: &Entity| fits(e) && e.age == Some(age);
        // A subject of that age, else anyone named with it ("Real Madrid signed Luka
        // Varga, 24, …").
        if let Some(i) = reg
            .most_recent_subject(before, aged)
            .map(|(i, _)| i)
            .or_else(|| reg.most_recent(before, aged))
        {
            return Some(i);
        }
    }
    let unaged = |e: &Entity| fits(e) && (age.is_none() || e.age.is_none());
    // "Later on Instagram, the Spaniard wrote" after his coach, of no known country,
    // spoke: a subject of that country is meant first.
    if country.is_some()
        && let Some((i, _)) = reg.most_recent_subject(before, |e| unaged(e) && e.country == country)
    {
        return Some(i);
    }
    // An age and a nationality no one was given describe the last subject only if no
    // one they fit was named after it: "World number one Henrik Aasland was asked
    // …. “…,” the 26-year-old Norwegian said" is not the tournament director who spoke
    // before him.
    if age.is_some() && country.is_some() {
        let (i, _) = reg.most_recent_subject(before, unaged)?;
        return (reg.most_recent(before, unaged) == Some(i)).then_some(i);
    }
    reg.most_recent_subject(before, unaged)
        .map(|(i, _)| i)
        // "Real Madrid signed Luka Varga on Monday. The Croatian said …": no subject
        // fits, and the person described was named as an object.
        .or_else(|| reg.most_recent(before, unaged))
}

/// Whether the story brought in the one a definite description names as someone new,
/// with "a" or "an" and the same words, before the phrase: "interviews with … a
/// military doctor" and then "According to the military doctor" is that doctor, not
/// the person last made a subject. `lower_text` is the document in ASCII lower case.
fn introduced_as_new(lower_text: &str, np: &RawNp) -> bool {
    let Some(phrase) = lower_text.get(np.start..np.start + np.text.len()) else {
        return false;
    };
    let Some(words) = phrase.strip_prefix("the ").map(str::trim_start) else {
        return false;
    };
    let before = &lower_text[..np.start];
    // No letter, digit or hyphen joins the words to the one beside them.
    let edge = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric() && c != '-');
    before.match_indices(words).any(|(at, _)| {
        let ahead = before[..at].trim_end_matches(' ');
        ahead.len() < at
            && edge(before[at + words.len()..].chars().next())
            && ["a", "an", "another"].iter().any(|det| {
                ahead
                    .strip_suffix(det)
                    .is_some_and(|rest| edge(rest.chars().next_back()))
            })
    })
}

/// Whether the story gave `e` a post that `description`, a celebrity's ("the star",
/// "the singer"), cannot describe: a role noun of another kind ("photographer",
/// "prosecutor"), not itself a description ("legend", "frontman" may be a star).
/// Other descriptions may fit a post ("the midfielder" is the captain, "the lead
/// author" the biologist).
fn other_post(e: &Entity, description: &str) -> bool {
    matches!(
        description,
        "star" | "singer" | "rapper" | "actor" | "actress" | "frontman" | "comedian"
    ) && e
        .role
        .as_deref()
        .and_then(|r| r.split_whitespace().last())
        .is_some_and(|r| {
            with_lower(r, |r| {
                r != description
                    && !crate::lexicon::DESCRIPTIONS.contains(r)
                    && role_lookup(r).is_some_and(|(c, _)| c == RoleClass::Role)
            })
        })
}

/// The capitalised run (one to four words) after "known as" in the appositive that
/// follows a name ending at token `e`: "…, a retired customs clerk known as Abu Karim",
/// "…, better known as DJ Kobi". The appositive is plain words after the comma, at most a
/// dozen before "known as".
fn known_as(toks: &[Tok], e: usize) -> Option<std::ops::Range<usize>> {
    if !toks.get(e + 1)?.punct(',') {
        return None;
    }
    // "known as", or with an adverb between: "known locally as".
    let as_after = |k: usize| {
        let adverb = toks
            .get(k + 1)
            .is_some_and(|t| t.is_word() && crate::extract::attribution::ly_adverb(t));
        let at = k + 1 + usize::from(adverb);
        toks.get(at).is_some_and(|t| t.is("as")).then_some(at)
    };
    let (_, as_at) = (e + 2..(e + 14).min(toks.len()))
        .take_while(|&k| toks[k].is_word())
        .find_map(|k| {
            toks[k]
                .is("known")
                .then(|| as_after(k))
                .flatten()
                .map(|a| (k, a))
        })?;
    let start = as_at + 1;
    let end = (start..(start + 4).min(toks.len()))
        .take_while(|&k| toks[k].is_word() && toks[k].cap())
        .last()?
        + 1;
    Some(start..end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(s: &str) -> (String, String, Option<String>) {
        let words: Vec<&str> = s.split(' ').collect();
        let p = split_name(&words);
        (p.title.join(" "), p.name.join(" "), p.org)
    }

    #[test]
    fn titles_and_names_split() {
        assert_eq!(parts("US President Donald Trump").1, "Donald Trump");
        assert_eq!(
            parts("Kremlin foreign policy aide Yury Ushakov"),
            (
                "Kremlin foreign policy aide".into(),
                "Yury Ushakov".into(),
                None
            )
        );
        assert_eq!(parts("the Kremlin").2.as_deref(), Some("Kremlin"));
        assert_eq!(parts("the White House").2.as_deref(), Some("White House"));
        assert_eq!(parts("Secretary of State Marco Rubio").1, "Marco Rubio");
        assert_eq!(
            parts("the Centre for Eastern Policy").2.as_deref(),
            Some("Centre for Eastern Policy")
        );
    }

    proptest::proptest! {
        /// `with_folded` hands its function what `fold` returns, on the stack or not.
        #[test]
        fn with_folded_is_fold(w in "[a-zA-Z]{0,40}|\\PC{0,12}") {
            let folded = with_folded(&w, str::to_string);
            proptest::prop_assert_eq!(folded, fold(&w));
        }

        /// Collapsing is `split_whitespace` joined by single spaces.
        #[test]
        fn collapse_is_whitespace_runs_made_one_space(s in "[ a-z\\t\\n\u{a0}\u{2003}.,\u{0b}]{0,24}|\\PC{0,12}") {
            proptest::prop_assert_eq!(collapse(&s), s.split_whitespace().collect::<Vec<_>>().join(" "));
        }

        #[test]
        fn trim_possessive_is_trim_end_matches(w in "([a-z']{0,6}(s|'s){0,3}){0,3}|\\PC{0,12}") {
            proptest::prop_assert_eq!(trim_possessive(&w), w.trim_end_matches("'s"));
        }

        /// A name folded in one string is its words folded and joined, and splits back
        /// into as many words (what `Registry::mention` relies on).
        #[test]
        fn fold_joined_is_the_words_folded(words in proptest::collection::vec("[A-Za-zÁáØøßŁłİı’'.-]{1,8}|[^\\s]{1,6}", 1..5)) {
            let words: Vec<&str> = words.iter().map(String::as_str).collect();
            let joined = fold_joined(&words);
            let each: Vec<String> = words.iter().map(|w| fold(w)).collect();
            proptest::prop_assert_eq!(&joined, &each.join(" "));
            proptest::prop_assert_eq!(joined.split(' ').count(), words.len());
        }

        #[test]
        fn alnum_words_is_split_by_alphanumeric(s in "[a-zA-Z0-9 ,.'-]{0,24}|\\PC{0,12}") {
            let split: Vec<&str> = s.split(|c: char| !c.is_alphanumeric()).collect();
            proptest::prop_assert_eq!(alnum_words(&s).collect::<Vec<_>>(), split);
        }

        #[test]
        fn plain_fold_is_unicode_fold(s in "[a-zA-Z0-9 ,.'’‘“”„«»‹›–—…\u{a0}]{0,30}") {
            proptest::prop_assert_eq!(fold_plain(&s), Some(fold_unicode(&s)));
        }
    }

    /// Every possessive passes the first-byte filter, and no other word does.
    #[test]
    fn possessives_pass_the_first_byte_filter() {
        for p in POSSESSIVES {
            assert!(is_possessive(p), "{p}");
        }
        for w in ["s", "Trump", "’t", "'", "’"] {
            assert_eq!(is_possessive(w), POSSESSIVES.contains(&w), "{w}");
        }
    }

    /// The table read in place holds what `rows` gives.
    #[test]
    fn given_names_are_the_rows() {
        let by_rows: HashMap<&str, Gender> = rows(include_str!("lexicon/given_names.tsv"))
            .filter_map(|r| {
                let g = match *r.get(1)? {
                    "f" => Gender::Female,
                    _ => Gender::Male,
                };
                Some((r[0], g))
            })
            .collect();
        assert_eq!(*GIVEN_NAMES, by_rows);
    }

    #[test]
    fn fold_strips_diacritics() {
        assert_eq!(fold_plain("Orbán “said”"), None);
        assert_eq!(fold("Orbán"), "orban");
        assert_eq!(fold("Zelenskyy’s"), "zelenskyy's");
        assert_eq!(fold("Sørensen"), "sorensen");
        assert_eq!(fold("Łukasz Đoković"), "lukasz dokovic");
        assert_eq!(fold("Straße"), "strasse");
    }

    #[test]
    fn relabelled_vectors_are_emptied_and_keep_their_memory() {
        let text = String::from("Jana Horvat");
        let words: Vec<&str> = text.split(' ').collect();
        let cap = words.capacity();
        let words: Vec<&'static str> = relabel(words);
        assert!(words.is_empty());
        assert_eq!(words.capacity(), cap);
        let toks: Vec<Tok> = Vec::with_capacity(8);
        let toks: Vec<Tok<'static>> = relabel(toks);
        assert!(toks.is_empty() && toks.capacity() >= 8);
    }

    #[test]
    fn a_recycled_registry_is_empty() {
        let mut reg = Registry::from_spare();
        reg.fold_buffer.push_str("left over");
        reg.aliases.insert("gws".to_string(), 0);
        reg.by_surname.push("horvat", 0);
        reg.by_first_name.add("jana", 0);
        reg.mention_log.insert((10, 0));
        reg.split_words.push("Jana");
        reg.sentence_starts.push(10);
        reg.folded_text.push_str("jana horvat");
        reg.add_unnamed("official", "a senior official", 0);
        reg.org_by_name.insert_first("kremlin", 0);
        reg.by_first_word.push("jana", 0);
        reg.subject_log.insert((10, 0));
        reg.employer_mentions.push(10);
        reg.org_like.push(0);
        reg.recycle();
        let reg = Registry::from_spare();
        assert!(reg.fold_buffer.is_empty() && reg.aliases.is_empty());
        assert!(reg.by_surname.get("horvat").is_none());
        assert!(reg.by_first_word.get("jana").is_none());
        assert_eq!(reg.by_first_name.with_prefix("j").count(), 0);
        assert!(reg.mention_log.0.is_empty() && reg.split_words.is_empty());
        assert!(reg.subject_log.0.is_empty() && reg.sentence_starts.is_empty());
        assert!(reg.folded_text.is_empty() && reg.unnamed_text.is_empty());
        assert_eq!(reg.unnamed_sources().count(), 0);
        assert_eq!(reg.org_by_name.get("kremlin"), None);
        assert!(reg.employer_mentions.is_empty() && reg.org_like.is_empty());
        assert!(reg.entities.is_empty() && reg.splits.is_empty());
        // What the last document reserved is kept.
        assert!(reg.sentence_starts.capacity() > 0);
    }

    #[test]
    fn name_maps_keep_the_first_entity_of_short_and_long_names() {
        let mut m = NameMap::default();
        let long = "organisation for economic co-operation";
        m.insert_first("kremlin", 1);
        m.insert_first(long, 2);
        m.insert_first("kremlin", 3);
        m.insert_first(long, 4);
        assert_eq!(m.get("kremlin"), Some(1));
        assert_eq!(m.get(long), Some(2));
        assert_eq!(m.get("kremli"), None);
        assert_eq!(m.get("organisation for economic"), None);
        m.insert_first("international monetary fund", 5);
        assert_eq!(m.get("international monetary fund"), Some(5));
    }

    #[test]
    fn name_keys_tell_names_apart() {
        assert_eq!(name_key("kremlin"), name_key("kremlin"));
        assert_ne!(name_key("kremlin"), name_key("kremlin\0"));
        assert_ne!(name_key("a"), name_key("b"));
        assert!(name_key(&"x".repeat(31)).is_some());
        assert!(name_key(&"x".repeat(32)).is_none());
    }

    #[test]
    fn unnamed_sources_are_kept_in_order() {
        let mut reg = Registry::default();
        reg.add_unnamed("diplomat", "Nato diplomat", 0);
        reg.add_unnamed("spokesperson", "council spokesperson", 10);
        let all: Vec<(&str, &str)> = reg.unnamed_sources().collect();
        assert_eq!(
            all,
            [
                ("diplomat", "Nato diplomat"),
                ("spokesperson", "council spokesperson")
            ]
        );
    }

    #[test]
    fn folded_contains_is_contains_of_the_fold() {
        let texts = [
            "Deputy Foreign Minister",
            "EU Commission spokesperson",
            "Orbán’s spokesman",
            "Straße Bank",
            "",
            "ab",
        ];
        let needles = [
            "",
            "foreign",
            "commission",
            "eu",
            "orban's",
            "strasse",
            "b",
            "abc",
        ];
        for t in texts {
            for n in needles {
                assert_eq!(
                    folded_contains(t, n),
                    fold(t).contains(n),
                    "{t:?} contains {n:?}"
                );
            }
        }
    }

    #[test]
    fn public_figures_match_any_spelling() {
        let w = |s: &str| s.split(' ').map(str::to_string).collect::<Vec<_>>();
        assert_eq!(figure(&w("Yuri Ushakov")).map(|f| f.country), Some("RU"));
        assert_eq!(figure(&w("Zelenskiy")).map(|f| f.country), Some("UA"));
        assert_eq!(
            figure(&w("Viktor Orban")).map(|f| f.role),
            Some("prime minister")
        );
        assert!(figure(&w("Jane Trump")).is_none());
    }

    /// The people a comparison keeps for each document are held without spare room,
    /// their list and each person's roles.
    #[test]
    fn people_are_held_without_spare_room() {
        use crate::ingest::{Document, InputFormat};
        let text = "Headline\n\nForeign Minister Anna Berg met Finance Minister Lars Holm, \
                    Health Minister Eva Lind and Mayor Jon Dahl on Monday.\n\n\
                    Berg said the talks had gone well. Holm, the finance minister, said \
                    the budget would hold. Police chief Ola Nes said roads would close.";
        let doc = Document::from_text("t.txt", 0, text.to_string(), InputFormat::Text);
        let people = crate::pipeline::extract_document(doc).people;
        assert!(people.len() >= 4, "{people:#?}");
        assert_eq!(people.capacity(), people.len());
        assert!(people.iter().any(|p| p.roles.len() >= 2), "{people:#?}");
        for p in &people {
            assert_eq!(p.roles.capacity(), p.roles.len(), "{p:#?}");
        }
    }
}
