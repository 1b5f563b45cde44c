//! A small word tokenizer with byte offsets, for the attribution grammar.
//!
//! Words keep internal hyphens (`face-to-face`), dotted initialisms (`U.S.`), abbreviation
//! periods (`Gen.`), digit groups (`2,500`, `2.5`) and contractions (`didn’t`); a possessive
//! `’s` is split off as its own token so `Ukraine’s president` can be read as owner + role.
//! Quotations are folded into one [`Kind::Quote`] token each, so the grammar sees
//! `“…,” he said` as `Q he said`.

use std::borrow::Cow;
use std::cell::Cell;
use std::ops::Range;

use crate::lexicon::{ABBREVIATIONS, WordClasses, word_class};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Word,
    Number,
    /// A possessive `’s` / `'s` / bare `’` after a plural.
    Possessive,
    Punct,
    /// A whole quotation (index into the segmentation's quotes).
    Quote(usize),
}

#[derive(Debug, Clone)]
pub(crate) struct Tok<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    /// Lower-cased text with typographic apostrophes made straight.
    pub lower: Cow<'a, str>,
    pub kind: Kind,
    /// [`Tok::cap`], worked out once: the grammar and the name registry ask it of the same
    /// token many times.
    capital: bool,
    /// [`Tok::class`], looked up on first use: the noun-phrase readers walk back over the
    /// same words from every attribution and every capitalised run, and asked the
    /// function-word table again each time (about 60,000 look-ups per hundred reports).
    class: Cell<Option<WordClasses>>,
}

impl Tok<'_> {
    pub fn is_word(&self) -> bool {
        matches!(self.kind, Kind::Word)
    }

    /// Starts with an upper-case letter, or is a name with a lower-case particle joined
    /// by a hyphen ("al-Harthy", "bin-Salman", "el-Sisi") or elided ("d’Aubigny").
    pub fn cap(&self) -> bool {
        self.capital
    }

    /// The classes of the lower-case word ([`word_class`] of [`Tok::lower`]), looked up
    /// once per token.
    pub fn class(&self) -> WordClasses {
        if let Some(c) = self.class.get() {
            return c;
        }
        let c = word_class(self.lower.as_ref());
        self.class.set(Some(c));
        c
    }

    pub fn is(&self, lower: &str) -> bool {
        self.lower == lower
    }

    /// A word of six letters or more ending in "-ing", read as a participle: ", reacting
    /// to the statement,", "the lawyer representing Mark Ellis", "said on Thursday,
    /// deepening a row" ("bring", "thing" are too short to be one).
    pub fn is_ing_form(&self) -> bool {
        self.is_word() && self.lower.len() > 5 && self.lower.ends_with("ing")
    }

    pub fn punct(&self, c: char) -> bool {
        self.kind == Kind::Punct && self.text.starts_with(c)
    }

    pub fn is_quote(&self) -> bool {
        matches!(self.kind, Kind::Quote(_))
    }

    /// A quotation that is a nickname inside a name: one or two capitalised words in
    /// double quotation marks ("Ernesto “Bong” Lacsamana Jr."). Only a quotation between
    /// two words of a name is read so (see the name readers).
    pub(crate) fn is_nickname(&self) -> bool {
        self.is_quote() && is_nickname(self.text)
    }
}

/// Whether `w` is a nickname in double quotation marks: "“Bong”", "\"Bongbong\"", one or
/// two capitalised words of letters, at most 24 bytes between the marks.
pub(crate) fn is_nickname(w: &str) -> bool {
    let inner = w
        .strip_prefix('“')
        .and_then(|r| r.strip_suffix('”'))
        .or_else(|| w.strip_prefix('"').and_then(|r| r.strip_suffix('"')));
    inner.is_some_and(|n| {
        n.len() <= 24
            && (1..=2).contains(&n.split(' ').count())
            && n.split(' ').all(|x| {
                x.starts_with(char::is_uppercase)
                    && x.chars().all(|c| c.is_alphabetic() || c == '-')
            })
    })
}

/// Whether a word token reads as capitalised (see [`Tok::cap`]); `hyphen` is the byte
/// offset of the word's first `-`, found while the word was read.
pub(crate) fn capital_word(text: &str, hyphen: Option<usize>) -> bool {
    text.starts_with(char::is_uppercase)
        || hyphen.is_some_and(|k| {
            crate::lexicon::is_name_particle(&text[..k])
                && text[k + 1..].starts_with(char::is_uppercase)
        })
        || text.starts_with(['d', 'l']) && elided_capital(text)
}

/// Whether `text` is an elided particle and a capitalised name: "d’Aubigny", "d'Souza",
/// "l’Huillier", "dell’Orto", "dall’Oglio" (the particle in lower case, as mid-sentence).
fn elided_capital(text: &str) -> bool {
    // Asked of every word that opens with "d" or "l": the apostrophe's two places are
    // tested by byte before anything else.
    let b = text.as_bytes();
    let apostrophe = |k: usize| match b.get(k) {
        Some(b'\'') => Some(k + 1),
        Some(0xE2) if b[k..].starts_with("’".as_bytes()) => Some(k + "’".len()),
        _ => None,
    };
    let Some((particle, after)) = apostrophe(1)
        .map(|a| (1, a))
        .or_else(|| apostrophe(4).map(|a| (4, a)))
    else {
        return false;
    };
    matches!(
        &b[..particle],
        b"d" | b"l" | b"dell" | b"dall" | b"nell" | b"sull"
    ) && text[after..].starts_with(char::is_uppercase)
}

/// A word lower-cased with straight apostrophes, borrowed when it already is.
pub(crate) fn lower_of(s: &str) -> Cow<'_, str> {
    if s.is_ascii() {
        // Most words are ASCII: lower-casing them needs no Unicode tables and there are
        // no typographic apostrophes to straighten; one already in lower case ("didn't",
        // "2,500") is its own lower-case form.
        return if s.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(s.to_ascii_lowercase())
        } else {
            Cow::Borrowed(s)
        };
    }
    if s.chars()
        .all(|c| c.is_lowercase() || c.is_ascii_digit() || c == '-')
    {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(
            s.chars()
                .flat_map(char::to_lowercase)
                .map(straight)
                .collect(),
        )
    }
}

/// [`ASCII_CLASS`] bits.
const LETTER: u8 = 1;
const DIGIT: u8 = 2;

/// ASCII letters ([`LETTER`]) and digits ([`DIGIT`]) by byte; 0 for every other byte.
static ASCII_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c.is_ascii_alphabetic() {
            LETTER
        } else if c.is_ascii_digit() {
            DIGIT
        } else {
            0
        };
        b += 1;
    }
    t
};

/// The ASCII characters that may join two runs of letters and digits into one word:
/// hyphen, apostrophe, period, comma and slash (the ASCII arms of the `join` match in
/// [`tokenize_into`], which a test checks against this list).
const ASCII_JOINERS: [u8; 5] = *b"-'.,/";

/// The character at byte `j` of `view`, if `j < end`: ASCII without decoding (the
/// tokenizer asks this of every byte of the document).
#[inline]
fn char_at(view: &str, j: usize, end: usize) -> Option<char> {
    if j >= end {
        return None;
    }
    match view.as_bytes()[j] {
        b if b.is_ascii() => Some(char::from(b)),
        _ => view[j..end].chars().next(),
    }
}

fn straight(c: char) -> char {
    if c == '’' || c == '‘' { '\'' } else { c }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’')
}

/// A text lower-cased in ASCII ([`str::to_ascii_lowercase`]): the same length and the
/// same character boundaries as the text, so the lower-case form of an ASCII word is a
/// slice of it at the word's offsets. Made once per document, it spares the tokenizer a
/// `String` per capitalised word.
pub(crate) struct LowerView(String);

impl LowerView {
    pub(crate) fn of(view: &str) -> Self {
        Self(view.to_ascii_lowercase())
    }

    /// The lower-cased text.
    pub(crate) fn as_str(&self) -> &str {
        &self.0
    }
}

/// Tokenize `view[range]` (`lower` is the [`LowerView`] of `view`), folding each of
/// `quotes` (byte ranges, sorted, non-overlapping, outer quotations only) that starts
/// inside the range into one token.
#[cfg(test)]
pub(crate) fn tokenize<'a>(
    view: &'a str,
    lower: &'a LowerView,
    range: Range<usize>,
    quotes: &[(usize, Range<usize>)],
) -> Vec<Tok<'a>> {
    let mut out = Vec::with_capacity(capacity_for(range.len()));
    tokenize_into(view, lower, range, quotes, &mut out);
    out
}

/// How many tokens to reserve for `bytes` of text: about one token per five bytes of
/// news text, reserved once instead of grown.
pub(crate) fn capacity_for(bytes: usize) -> usize {
    bytes / 5 + 4
}

/// Whether `rest`, the text after a period inside a word, opens with the last part of a
/// web address: "Amazon.com said", "according to FlightAware.com", "BBC.co.uk". Only
/// the common endings in lower case, so a missing space after a sentence's period
/// ("ended.The") still splits.
fn web_suffix(rest: &str) -> bool {
    const ENDINGS: [&str; 12] = [
        "com", "org", "net", "gov", "edu", "io", "co", "us", "uk", "ai", "tv", "info",
    ];
    let n = rest.bytes().take_while(u8::is_ascii_lowercase).count();
    ENDINGS.contains(&&rest[..n]) && !rest[n..].starts_with(|c: char| c.is_alphanumeric())
}

/// [`tokenize`], appending the tokens to `all` (a document's tokens end to end). The
/// grammar's look-backs ("the token before") only read the new tokens.
pub(crate) fn tokenize_into<'a>(
    view: &'a str,
    lower: &'a LowerView,
    range: Range<usize>,
    quotes: &[(usize, Range<usize>)],
    all: &mut Vec<Tok<'a>>,
) {
    let first = all.len();
    let bytes = view.as_bytes();
    let lower_view = lower.0.as_str();
    debug_assert_eq!(lower_view.len(), view.len());
    let mut i = range.start;
    let mut qi = 0;
    while i < range.end {
        while qi < quotes.len() && quotes[qi].1.end <= i {
            qi += 1;
        }
        if let Some((idx, q)) = quotes.get(qi)
            && q.start <= i
        {
            let end = q.end.min(range.end).max(i + 1);
            let end = ceil_char(view, end);
            all.push(Tok {
                start: i,
                end,
                text: &view[i..end],
                lower: Cow::Borrowed(""),
                kind: Kind::Quote(*idx),
                capital: false,
                class: Cell::new(None),
            });
            i = end;
            continue;
        }
        // An ASCII byte is classed by table, without the character tests.
        let Some(&b) = bytes.get(i) else {
            break;
        };
        let (c, alphanumeric) = if b.is_ascii() {
            if matches!(b, b' ' | b'\t'..=b'\r') {
                i += 1;
                continue;
            }
            (char::from(b), ASCII_CLASS[usize::from(b)] != 0)
        } else {
            let Some(c) = char_at(view, i, view.len()) else {
                break;
            };
            if c.is_whitespace() {
                i += c.len_utf8();
                continue;
            }
            (c, c.is_alphanumeric())
        };
        if alphanumeric {
            let start = i;
            let mut j = i;
            let mut all_digits = true;
            // Whether `view[start..j]` is an initialism (`is_initialism`), kept up to date
            // as the word grows: testing the whole word again at each period made a run
            // like "a.b.c.d.…" quadratic. `part` counts the characters since the last
            // period.
            let mut initialism = true;
            let mut part = 0usize;
            // What the token's kind, lower case and capital test need, gathered in the
            // same pass instead of reading the word again for each: whether every
            // character so far is ASCII, whether a hyphen or apostrophe joined it (then it
            // is no number), and where its first hyphen is.
            let mut ascii = true;
            let mut other_join = false;
            let mut hyphen: Option<usize> = None;
            loop {
                // ASCII letters and digits, most of every word, without decoding: one
                // table look-up per byte gives the run's length and which of letters and
                // digits it holds, and the run's effect on the flags is taken at once:
                // `part` grows by its length, and an initialism part is at most two
                // letters.
                let mut k = j;
                let mut seen = 0u8;
                while k < range.end {
                    let class = ASCII_CLASS[usize::from(bytes[k])];
                    if class == 0 {
                        break;
                    }
                    seen |= class;
                    k += 1;
                }
                if k > j {
                    all_digits = all_digits && seen & LETTER == 0;
                    part += k - j;
                    initialism = initialism && part <= 2 && seen & DIGIT == 0;
                    j = k;
                }
                // An ASCII byte after the run is no letter or digit (the run took those),
                // and only one of `ASCII_JOINERS` may join what follows: any other (a
                // space after most words) ends the word without decoding it.
                if j < range.end && bytes[j].is_ascii() && !ASCII_JOINERS.contains(&bytes[j]) {
                    break;
                }
                let Some(d) = char_at(view, j, range.end) else {
                    break;
                };
                if d.is_alphanumeric() {
                    // Not ASCII: the run above took every ASCII letter and digit.
                    ascii = false;
                    all_digits = false;
                    part += 1;
                    initialism &= d.is_alphabetic() && part <= 2;
                    j += d.len_utf8();
                    continue;
                }
                // Whether a letter or digit follows `d`: asked only of the joiners that
                // need it, so any other character (a space after most words) ends the
                // word without reading the one after it.
                let next_alnum = || {
                    char_at(view, j + d.len_utf8(), range.end).is_some_and(char::is_alphanumeric)
                };
                // Joiners between alphanumerics: hyphen, apostrophe (not a possessive 's),
                // period in initialisms and decimals, comma in digit groups.
                let join = match d {
                    '-' | '‐' => next_alnum(),
                    '\'' | '’' => {
                        next_alnum() && {
                            let after = &view[j + d.len_utf8()..range.end];
                            let possessive = after.starts_with(['s', 'S'])
                                && !after[1..].starts_with(char::is_alphanumeric);
                            !possessive
                        }
                    }
                    '.' => {
                        next_alnum()
                            && (all_digits
                                || initialism && part > 0
                                || j - start >= 2 && web_suffix(&view[j + 1..range.end]))
                    }
                    // "Selvam s/o Krishnan", "Kavitha d/o Raman", "Muthu a/l Samy": the
                    // "son of", "daughter of" and Malay "anak lelaki" or "anak perempuan"
                    // of Singaporean and Malaysian names are one word, a particle of the
                    // name.
                    '/' => {
                        j - start == 1
                            && matches!(
                                (bytes[start], bytes.get(j + 1)),
                                (b's' | b'd', Some(b'o')) | (b'a', Some(b'l' | b'p'))
                            )
                            && (j + 2 >= range.end || !bytes[j + 2].is_ascii_alphanumeric())
                    }
                    ',' => {
                        all_digits
                            && view[j + 1..range.end].len() >= 3
                            && view.as_bytes()[j + 1..j + 4].iter().all(u8::is_ascii_digit)
                    }
                    _ => false,
                };
                if join {
                    if d == '.' {
                        part = 0;
                    } else {
                        // A hyphen, apostrophe or comma inside a part: not an initialism.
                        initialism = false;
                        if d != ',' {
                            other_join = true;
                        }
                        if d == '-' && hyphen.is_none() {
                            hyphen = Some(j - start);
                        }
                    }
                    ascii &= d.is_ascii();
                    j += d.len_utf8();
                } else {
                    break;
                }
            }
            // "Under Secretary": the one post whose first word is a preposition is read as
            // one word, as "Under-Secretary" and "undersecretary" are.
            if j - start == 5
                && bytes[start] | 0x20 == b'u'
                && j < range.end
                && bytes[j] == b' '
                && under_secretary(&bytes[start..j], &bytes[j + 1..range.end])
            {
                j += 1 + UNDER_SECRETARY_NEXT.len();
                other_join = true;
            }
            // A final period belongs to abbreviations and initials (Gen., U.S., J.).
            if bytes.get(j) == Some(&b'.') && j < range.end {
                let w = &view[start..j];
                let single_cap = w.chars().count() == 1 && w.starts_with(char::is_uppercase);
                if ABBREVIATIONS.contains_key(w)
                    || single_cap
                    || (w.contains('.') && is_initialism(w))
                {
                    j += 1;
                }
            }
            let text = &view[start..j];
            // Digits, group commas and decimal points only (and a final period): what
            // `text.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.')` tests
            // after a leading digit, from the flags.
            let kind = if bytes[start].is_ascii_digit() && all_digits && !other_join {
                Kind::Number
            } else {
                Kind::Word
            };
            all.push(Tok {
                start,
                end: j,
                text,
                // An ASCII word's lower case is its slice of the lower-cased view: the
                // same text `lower_of` makes, without allocating for a capital letter.
                lower: if text == "WHO" {
                    // The World Health Organization, not the relative pronoun the grammar
                    // tests for ("The WHO said …", "A WHO spokesperson said …"): kept as
                    // written, a word no function-word list holds. ("US" needs no such
                    // care: "us" is never a subject the grammar looks for.)
                    Cow::Borrowed(text)
                } else if text == "An" && after_name_word(&all[first..]) {
                    // "Nguyen Van An", "Mr An": a Vietnamese, Chinese or Korean name after
                    // a capitalised name word or an honorific, not the article (written
                    // "an" inside a sentence). Kept as written, as "WHO" is.
                    Cow::Borrowed(text)
                } else if ascii {
                    Cow::Borrowed(&lower_view[start..j])
                } else {
                    lower_of(text)
                },
                kind,
                // An ASCII capital is a capital; another ASCII first byte (a lower-case
                // letter or a digit) is none unless a hyphen may join a particle to a
                // name ("al-Harthy"): most words are answered without decoding a
                // character.
                capital: kind == Kind::Word
                    && match bytes[start] {
                        b'A'..=b'Z' => true,
                        // Nor one an apostrophe joined: "d’Aubigny", "d'Souza" (an
                        // elided particle before a capital, `capital_word`).
                        b if b.is_ascii() && hyphen.is_none() && !other_join => false,
                        _ => capital_word(text, hyphen),
                    },
                class: Cell::new(None),
            });
            i = past_space(bytes, j, range.end, quotes.get(qi));
            continue;
        }
        // "Margibi County District #2": a number sign before digits is read as the
        // number's, as "District 2" is (a punctuation token cut the name's phrase).
        if c == '#' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) {
            i += 1;
            continue;
        }
        // "AT&T", "P&G", "A&OV": an ampersand between capitals inside initials joins them
        // into one word (asked only where an ampersand stands).
        if c == '&'
            && bytes.get(i + 1).is_some_and(u8::is_ascii_uppercase)
            && let Some(prev) = all[first..].last_mut()
            && prev.end == i
            && prev.kind == Kind::Word
            && prev.text.len() <= 3
            && prev.text.bytes().all(|b| b.is_ascii_uppercase())
        {
            let mut end = i + 1;
            while end < range.end && bytes[end].is_ascii_uppercase() {
                end += 1;
            }
            prev.end = end;
            prev.text = &view[prev.start..end];
            prev.lower = Cow::Borrowed(&lower_view[prev.start..end]);
            i = past_space(bytes, end, range.end, quotes.get(qi));
            continue;
        }
        if is_apostrophe(c) {
            // Possessive: ’s after a word, or a bare ’ after a plural ("leaders’").
            let after = &view[i + c.len_utf8()..range.end];
            let prev_word = all[first..]
                .last()
                .is_some_and(|t: &Tok| t.end == i && t.is_word());
            if prev_word {
                if after.starts_with(['s', 'S']) && !after[1..].starts_with(char::is_alphanumeric) {
                    let end = i + c.len_utf8() + 1;
                    all.push(Tok {
                        start: i,
                        end,
                        text: &view[i..end],
                        lower: Cow::Borrowed("'s"),
                        kind: Kind::Possessive,
                        capital: false,
                        class: Cell::new(None),
                    });
                    i = end;
                    continue;
                }
                if all[first..].last().is_some_and(|t| t.lower.ends_with('s')) {
                    all.push(Tok {
                        start: i,
                        end: i + c.len_utf8(),
                        text: &view[i..i + c.len_utf8()],
                        lower: Cow::Borrowed("'"),
                        kind: Kind::Possessive,
                        capital: false,
                        class: Cell::new(None),
                    });
                    i += c.len_utf8();
                    continue;
                }
            }
        }
        // "Thanakorn (Tong) Srisuwan": a nickname in brackets between two words of a
        // name is passed over, as the name readers pass over one in quotation marks.
        if c == '('
            && after_name_word(&all[first..])
            && let Some(past) = bracketed_nickname(bytes, i, range.end)
        {
            i = past;
            continue;
        }
        let end = i + c.len_utf8();
        all.push(Tok {
            start: i,
            end,
            text: &view[i..end],
            lower: Cow::Borrowed(&view[i..end]),
            kind: Kind::Punct,
            capital: false,
            class: Cell::new(None),
        });
        i = past_space(bytes, end, range.end, quotes.get(qi));
    }
}

/// Whether the last of a sentence's tokens so far is a capitalised word that is no
/// determiner ("Nguyen", "Van", "Mr"): a capitalised "An" after it is a name.
fn after_name_word(sentence: &[Tok]) -> bool {
    sentence
        .last()
        .is_some_and(|t| t.is_word() && t.cap() && !t.class().det)
}

/// Where the name goes on after a nickname in brackets at `open` (the "(" of "Thanakorn
/// (Tong) Srisuwan"): one word in title case of 2 to 12 ASCII letters, the ")", a space
/// and a capital letter, all before `end`. `None` for any other bracket ("(KRS)",
/// "(Labor) said", "(pictured)").
// Cold: kept out of the tokenizer's loop, whose code it made longer (callgrind,
// `extract` of the 100 generated reports: 180.51M instructions inlined, 180.09M not).
#[cold]
fn bracketed_nickname(bytes: &[u8], open: usize, end: usize) -> Option<usize> {
    // The word's bytes, read one at a time: at most 12 before the ")".
    let rest = bytes.get(open + 1..end)?;
    if !rest.first()?.is_ascii_uppercase() {
        return None;
    }
    let close = 1 + rest[1..rest.len().min(13)]
        .iter()
        .position(|b| !b.is_ascii_lowercase())?;
    let after = &rest[close..];
    (close >= 2
        && after.len() >= 3
        && after[0] == b')'
        && after[1] == b' '
        && after[2].is_ascii_uppercase())
    .then_some(open + 1 + close + 2)
}

/// `j`, or `j + 1` when `bytes[j]` is a space inside the range (ending at `end`) and
/// `next_quote`, the first quotation not passed yet, starts after it: the space after a
/// word or a comma is passed over at once rather than read as a character by
/// [`tokenize_into`]'s loop (about one byte in six of news text, each paying the
/// quotation and whitespace tests there). Where a quotation may start, the loop decides.
#[inline]
fn past_space(
    bytes: &[u8],
    j: usize,
    end: usize,
    next_quote: Option<&(usize, Range<usize>)>,
) -> usize {
    if j < end && bytes[j] == b' ' && next_quote.is_none_or(|(_, q)| q.start > j) {
        j + 1
    } else {
        j
    }
}

/// Whether `word`, followed by one space and `rest`, is the "under" of "Under Secretary"
/// (any case; no letter or digit after "secretary"). The caller tests the word's length
/// and first letter first: this is asked at the end of every word.
fn under_secretary(word: &[u8], rest: &[u8]) -> bool {
    const NEXT: &[u8] = UNDER_SECRETARY_NEXT;
    word.eq_ignore_ascii_case(b"under")
        && rest.len() >= NEXT.len()
        && rest[..NEXT.len()].eq_ignore_ascii_case(NEXT)
        && rest
            .get(NEXT.len())
            .is_none_or(|b| !b.is_ascii_alphanumeric())
}

/// The word [`under_secretary`] joins to "under".
const UNDER_SECRETARY_NEXT: &[u8] = b"secretary";

fn ceil_char(s: &str, mut i: usize) -> usize {
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i.min(s.len())
}

// "U", "U.S", "a.m": letters of at most two characters separated by periods.
fn is_initialism(w: &str) -> bool {
    !w.is_empty()
        && w.split('.')
            .all(|p| !p.is_empty() && p.chars().count() <= 2 && p.chars().all(char::is_alphabetic))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<String> {
        let lower = LowerView::of(s);
        tokenize(s, &lower, 0..s.len(), &[])
            .iter()
            .map(|t| t.text.to_string())
            .collect()
    }

    #[test]
    fn words_numbers_possessives() {
        assert_eq!(
            texts("Ukraine’s U.S.-made Gen. J. Smith didn't pay $2,500.50 face-to-face."),
            [
                "Ukraine",
                "’s",
                "U.S.",
                "-",
                "made",
                "Gen.",
                "J.",
                "Smith",
                "didn't",
                "pay",
                "$",
                "2,500.50",
                "face-to-face",
                "."
            ]
        );
        assert_eq!(
            texts("the leaders’ summit"),
            ["the", "leaders", "’", "summit"]
        );
    }

    /// Every ASCII character outside `ASCII_JOINERS` that is no letter or digit ends a
    /// word: the tokenizer's early break agrees with its `join` match.
    #[test]
    fn only_the_listed_ascii_joiners_join() {
        for b in 0x20u8..0x7F {
            if b.is_ascii_alphanumeric() {
                continue;
            }
            // Letters ("well-known", "didn't"), capitals ("AT&T") or digits ("2,500",
            // "2.5") on both sides, or one letter each ("s/o").
            let joined = [
                format!("ab{}cd", char::from(b)),
                format!("AB{}CD", char::from(b)),
                format!("12{}345", char::from(b)),
                format!("s{}o", char::from(b)),
            ]
            .iter()
            .any(|s| texts(s).first().is_some_and(|t| t.len() > 2));
            // An ampersand joins capitals only ("AT&T"), where it stands.
            assert_eq!(
                joined,
                ASCII_JOINERS.contains(&b) || b == b'&',
                "{:?}",
                char::from(b)
            );
        }
    }

    #[test]
    fn quotes_fold_into_one_token() {
        let s = "“We will win,” he said.";
        let q = vec![(0usize, 0..s.find("he").unwrap_or(0) - 1)];
        let lower = LowerView::of(s);
        let toks = tokenize(s, &lower, 0..s.len(), &q);
        assert_eq!(toks.len(), 4);
        assert_eq!(toks[0].kind, Kind::Quote(0));
        assert_eq!(toks[1].text, "he");
    }

    #[test]
    fn lower_case_of_ascii_and_other_words() {
        let s = "The İstanbul ΣΟΦΙΑ Zelensky’s U.S. Éric didn't";
        let lower = LowerView::of(s);
        let toks = tokenize(s, &lower, 0..s.len(), &[]);
        let l: Vec<&str> = toks.iter().map(|t| t.lower.as_ref()).collect();
        assert_eq!(
            l,
            [
                "the",
                "i̇stanbul",
                "σοφια",
                "zelensky",
                "'s",
                "u.s.",
                "éric",
                "didn't"
            ]
        );
    }

    #[test]
    fn appended_tokens_are_the_range_tokens_alone() {
        // The second range opens with the apostrophe right after the first range's last
        // word: alone it is punctuation, and appending it to a store that ends with
        // "leaders" must not make it that word's possessive.
        let s = "the leaders’ summit";
        let lower = LowerView::of(s);
        let cut = s.find('’').unwrap_or(0);
        let mut all = tokenize(s, &lower, 0..cut, &[]);
        let before = all.len();
        tokenize_into(s, &lower, cut..s.len(), &[], &mut all);
        let alone = tokenize(s, &lower, cut..s.len(), &[]);
        let appended: Vec<(&str, Kind)> = all[before..].iter().map(|t| (t.text, t.kind)).collect();
        let want: Vec<(&str, Kind)> = alone.iter().map(|t| (t.text, t.kind)).collect();
        assert_eq!(appended, want);
        assert_eq!(appended[0], ("’", Kind::Punct));
    }

    proptest::proptest! {
        /// A word's lower case, sliced from the lower-cased view for ASCII words, is what
        /// `lower_of` makes of the word, whatever the script. Two words keep their case
        /// on purpose: "WHO", and "An" after a name word ("Σ An" is a name, as "Nguyen Van
        /// An" is); the generator makes both, so they are asked to be as written.
        #[test]
        fn lower_is_lower_of(s in "[a-zA-Z0-9İıΣσςÉéÅå’' .,-]{0,40}") {
            let lower = LowerView::of(&s);
            for t in tokenize(&s, &lower, 0..s.len(), &[]) {
                if matches!(t.text, "WHO" | "An") && t.lower.as_ref() == t.text {
                    continue;
                }
                if matches!(t.kind, Kind::Word | Kind::Number) {
                    let want = lower_of(t.text);
                    proptest::prop_assert_eq!(t.lower.as_ref(), want.as_ref());
                }
            }
        }
    }
}
