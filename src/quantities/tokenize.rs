//! Tokenizer: one pass over the bytes of the text.
//!
//! Tokens are numbers (digit runs with their thousands separators and decimals already
//! joined: "1,000", "1 000", "3.5"), words (letters), codes (letters followed by digits:
//! "G7", "MH17", "km2"), and single punctuation or symbol characters. Each token records
//! whether whitespace precedes it, which the grammar uses to tell "2.3m" (attached) from
//! "2.3 m", and the lexicon entries its text starts, looked up once here.

use super::lexicon::{Entry, LEXICON, Payload};
use crate::swar::{HIGHS, word};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A digit run, possibly grouped and with decimals.
    Num,
    /// Letters.
    Word,
    /// Letters followed by digits, or a dotted digit run like an IP address or version.
    Code,
    /// One other character.
    Punct,
}

/// What the tokenizer read from a digit run.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct NumTok {
    pub value: f64,
    /// Digits before the decimal point.
    pub int_digits: u8,
    /// Digits after it.
    pub decimals: u8,
    /// Thousands separators were used ("1,000", "1 000").
    pub grouped: bool,
    /// Trailing zeros of the integer part, when there are no decimals.
    pub trailing_zeros: u8,
    /// A leading zero on a multi-digit integer ("007", "0143"): a code, not a count.
    pub lead_zero: bool,
}

#[derive(Debug, Clone)]
pub(crate) struct Token<'t> {
    pub start: usize,
    pub text: &'t str,
    pub num: NumTok,
    /// Lexicon entries starting with this token, looked up on first use: most words are
    /// never asked about, so most sentences cost one pre-filter test per word.
    lex: std::cell::OnceCell<&'static [Entry]>,
    /// For a word of one to eight ASCII letters (most words), its lowercase bytes packed
    /// as [`short_key`](super::lexicon::short_key) packs them; else 0. Such a word is
    /// compared with a lowercase word by one integer comparison.
    key: u64,
    pub kind: Kind,
    /// Whitespace (or the start of the text) comes before this token.
    pub space: bool,
    /// A line break comes before this token (or it is the first).
    pub newline: bool,
    /// This token can start a quantity or a date (a number, a number word, a currency
    /// prefix, a qualifier, a calendar word, …); others are skipped without parsing.
    pub starter: bool,
}

impl<'t> Token<'t> {
    /// A punctuation mark read in the tokenizer's fast loop: no number, no packed key,
    /// lexicon entries looked up only if asked.
    #[inline]
    fn punct(start: usize, text: &'t str, space: bool, newline: bool, starter: bool) -> Self {
        Token {
            start,
            text,
            num: NumTok::default(),
            lex: std::cell::OnceCell::new(),
            key: 0,
            kind: Kind::Punct,
            space,
            newline,
            starter,
        }
    }

    /// End of the byte range (exclusive).
    #[inline]
    pub(crate) fn end(&self) -> usize {
        self.start + self.text.len()
    }

    /// The lexicon entries whose first token is this one.
    pub(crate) fn lex(&self) -> &'static [Entry] {
        self.lex.get_or_init(|| {
            if self.kind == Kind::Num {
                &[]
            } else if self.key != 0 {
                LEXICON.lookup_short(self.key, self.text).0
            } else {
                LEXICON.lookup(self.text)
            }
        })
    }

    pub(crate) fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct && self.text.starts_with(c)
    }

    #[inline]
    pub(crate) fn is_word(&self, lower: &str) -> bool {
        self.kind == Kind::Word && self.eq_lower(lower)
    }

    /// The text equals the lowercase `lower`, ignoring case (as [`eq_lower`]).
    ///
    /// [`eq_lower`]: super::lexicon::eq_lower
    #[inline(always)]
    pub(crate) fn eq_lower(&self, lower: &str) -> bool {
        // A short word is ASCII, so one of another length cannot match. The grammar
        // asks this about 150,000 times per hundred reports, mostly of the wrong length:
        // the length test is made here, inline, and a word of the same length compares
        // its key with the key of `lower`, which the compiler folds into a constant for
        // the literal words the grammar asks about (a call to a case-insensitive
        // comparison cost about twenty instructions each).
        if self.key != 0 {
            return self.text.len() == lower.len() && self.key == fold_key(lower);
        }
        self.eq_lower_other(lower)
    }

    /// Whether this is a word equal, ignoring case, to one of `list`'s words (as
    /// [`Token::is_word`] asks of each). A short word compares its key with the keys
    /// computed when the crate was compiled: asked of a list, the keys of its words were
    /// otherwise packed anew at every question.
    #[inline]
    pub(crate) fn is_word_in<const N: usize>(&self, list: &WordList<N>) -> bool {
        if self.kind != Kind::Word {
            return false;
        }
        if self.key != 0 {
            // Keys are equal only between words of the same length (no key byte is zero
            // within its length), so this is `eq_lower` for each word of the list.
            return list.keys.contains(&self.key);
        }
        list.words.iter().any(|w| self.eq_lower_other(w))
    }

    /// [`Token::eq_lower`] for a token that is not a short word.
    #[inline(never)]
    fn eq_lower_other(&self, lower: &str) -> bool {
        // An ASCII word of another length cannot match: most calls end here, without
        // a call into the case-insensitive comparison.
        (self.text.len() == lower.len() || !self.text.is_ascii())
            && super::lexicon::eq_lower(self.text, lower)
    }

    /// First character is uppercase.
    pub(crate) fn capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// Contains an uppercase letter anywhere ("iPhone", "NATO", "Boeing").
    pub(crate) fn has_upper(&self) -> bool {
        self.text.chars().any(char::is_uppercase)
    }

    /// A hyphen, en dash, em dash or minus sign.
    pub(crate) fn is_dash(&self) -> bool {
        self.kind == Kind::Punct && matches!(self.text, "-" | "–" | "—" | "−" | "‑")
    }
}

/// The key of `lower` ([`short_key`](super::lexicon::short_key)), as a token's key is
/// packed. It equals the key of a short word exactly when the two are equal ignoring
/// ASCII case: setting bit 5 lowercases a capital and turns no other byte into a
/// lowercase letter (`@` becomes a backquote, `[`–`_` become `{`–DEL, bytes of 0x80 and
/// above stay there, control bytes become space to `?`), and a key holds only lowercase
/// letters.
#[inline(always)]
fn fold_key(lower: &str) -> u64 {
    super::lexicon::short_key(lower.as_bytes())
}

/// The key ([`short_key`](super::lexicon::short_key)) of the `len` (1 to 8) ASCII
/// letters at `b[start..]`, read as one word when eight bytes are there.
#[inline(always)]
fn key_at(b: &[u8], start: usize, len: usize) -> u64 {
    match load8(b, start) {
        Some(w) => super::lexicon::short_key_of(w, len),
        None => super::lexicon::short_key(&b[start..start + len]),
    }
}

/// Lowercase words of one to eight bytes with their keys ([`fold_key`]), computed when
/// the crate is compiled, for [`Token::is_word_in`].
pub(crate) struct WordList<const N: usize> {
    words: [&'static str; N],
    keys: [u64; N],
}

impl<const N: usize> WordList<N> {
    /// The list of `words`; a word longer than eight bytes (whose key would not tell it
    /// from its first eight) stops the compilation.
    pub(crate) const fn new(words: [&'static str; N]) -> Self {
        let mut keys = [0u64; N];
        let mut i = 0;
        while i < N {
            let b = words[i].as_bytes();
            assert!(
                !b.is_empty() && b.len() <= 8,
                "a word of one to eight bytes"
            );
            keys[i] = super::lexicon::short_key(b);
            i += 1;
        }
        WordList { words, keys }
    }
}

/// A token without lexicon lookup (used to split lexicon surfaces when the lexicon's
/// tables are generated).
#[cfg(test)]
pub(crate) struct RawTok<'t> {
    pub text: &'t str,
    pub kind: Kind,
}

#[cfg(test)]
pub(crate) fn split_raw(text: &str) -> Vec<RawTok<'_>> {
    let mut out = Vec::new();
    each_token(text, |r| {
        out.push(RawTok {
            text: &text[r.start..r.end],
            kind: r.kind,
        });
    });
    out
}

#[cfg(test)]
pub(crate) fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    tokenize_into(text, &mut out, &mut Vec::new(), 0);
    out
}

/// The tokens of `text`, appended to `out`, and the indices in `out` of those that can
/// start a quantity ([`Token::starter`]), appended to `starts` ([`TokenBuf`] lends both
/// without a fresh allocation per sentence). The grammar visits only those: stepping
/// over the others one by one cost about six instructions a token. `bare` holds
/// [`ScanContext::letter_named`](super::ScanContext::letter_named)'s letters: those a
/// bare amount after counts as money ("P45" where the document is about the Philippines).
pub(crate) fn tokenize_into<'t>(
    text: &'t str,
    out: &mut Vec<Token<'t>>,
    starts: &mut Vec<usize>,
    bare: u8,
) {
    let b = text.as_bytes();
    out.reserve(b.len() / 5 + 4);
    // The text not read yet. A word is cut from it with `split_at`, which tests one
    // character boundary; slicing `text` by two offsets tested both ends and their
    // order.
    let mut rest = text;
    let mut space = true;
    let mut newline = true;
    while let Some(&c) = rest.as_bytes().first() {
        let i = text.len() - rest.len();
        // ASCII spaces and words of ASCII letters that end at the end of the text or at
        // an ASCII character other than a digit are nine tokens in ten: they are read
        // here, in a loop that keeps its state in registers; every other token is read
        // by `read_at` (which reads these the same way).
        match c {
            b' ' | b'\t' | b'\r' => {
                space = true;
                rest = &rest[1..];
                continue;
            }
            b'\n' => {
                space = true;
                newline = true;
                rest = &rest[1..];
                continue;
            }
            _ => {}
        }
        if c.is_ascii_alphabetic() {
            let n = ascii_letters(b, i);
            if rest
                .as_bytes()
                .get(n)
                .is_none_or(|&d| d < 0x80 && !d.is_ascii_digit())
            {
                let (word, tail) = rest.split_at(n);
                let tok = word_token(b, word, i, space, newline);
                if tok.starter {
                    starts.push(out.len());
                }
                out.push(tok);
                // The space after a word (most words have one) is read here, not through
                // the top of the loop and its dispatch on the byte.
                (space, rest) = after_space(tail);
                newline = false;
                continue;
            }
        } else if c.is_ascii_punctuation() {
            // One ASCII punctuation character (not the control characters: vertical tab
            // and form feed are whitespace). Those that can start a quantity are signs,
            // "(", "$" and "~"; their lexicon entries are looked up when first asked.
            let starter = matches!(c, b'-' | b'+' | b'(' | b'$' | b'~');
            if starter {
                starts.push(out.len());
            }
            let (mark, tail) = rest.split_at(1);
            out.push(Token::punct(i, mark, space, newline, starter));
            // As after a word: the space after a comma or a full stop is read here.
            (space, rest) = after_space(tail);
            newline = false;
            continue;
        } else if let [0xE2, 0x80, 0x93 | 0x94 | 0x98 | 0x99 | 0x9C | 0x9D, ..] = rest.as_bytes() {
            // Typographic quotes and dashes (“ ” ‘ ’ – —), the characters outside ASCII
            // that news copy uses most: one punctuation token each, as `read_at` reads
            // them, without its decoding and Unicode tests or `token_of`. None starts a
            // quantity or has lexicon entries (a test checks), so they are looked up only
            // if asked.
            let (mark, tail) = rest.split_at(3);
            out.push(Token::punct(i, mark, space, newline, false));
            (space, rest) = after_space(tail);
            newline = false;
            continue;
        }
        match read_at(text, i, bare) {
            Read::Space { end, newline: nl } => {
                space = true;
                newline |= nl;
                rest = &text[end..];
            }
            Read::Token(r) => {
                let tok = token_of(text, &r, space, newline);
                if tok.starter {
                    starts.push(out.len());
                }
                out.push(tok);
                rest = &text[r.end..];
                space = false;
                newline = false;
            }
        }
    }
}

/// `tail` without the one ASCII space it may start with, and whether it did.
#[inline(always)]
fn after_space(tail: &str) -> (bool, &str) {
    match tail.strip_prefix(' ') {
        Some(t) => (true, t),
        None => (false, tail),
    }
}

/// A word of ASCII letters at `start`, with its lexicon entries when it has any.
#[inline(always)]
fn word_token<'t>(b: &[u8], t: &'t str, start: usize, space: bool, newline: bool) -> Token<'t> {
    let lex = &LEXICON;
    let cell = std::cell::OnceCell::new();
    let len = t.len();
    let (key, starter) = if len <= 8 {
        // Most words are short: a Bloom filter rules out most that cannot start a
        // quantity, and one probe of the packed table answers for the rest, whose
        // entries are kept for the grammar.
        let key = key_at(b, start, len);
        if lex.short_may_start(key) {
            let (e, s) = lex.lookup_short(key, t);
            let _ = cell.set(e);
            (key, s)
        } else {
            (key, false)
        }
    } else if lex.maybe_starter(t, true) {
        let (e, s) = lex.lookup_with_starter(t);
        let _ = cell.set(e);
        (0, s)
    } else {
        (0, false)
    };
    Token {
        start,
        text: t,
        num: NumTok::default(),
        lex: cell,
        key,
        kind: Kind::Word,
        space,
        newline,
        starter,
    }
}

/// The token `r` read by [`read_at`], with what the lexicon says of it.
#[inline(never)]
fn token_of<'t>(text: &'t str, r: &Raw, space: bool, newline: bool) -> Token<'t> {
    let lex = &LEXICON;
    let t = &text[r.start..r.end];
    let cell = std::cell::OnceCell::new();
    let starter = match r.kind {
        // A number has no lexicon entries ([`Token::lex`]): set here, the grammar's
        // first question about them does not go through the cell's initialisation.
        Kind::Num => {
            let _ = cell.set(&[][..]);
            true
        }
        Kind::Code => true,
        // ASCII punctuation that can start a quantity: signs, "$", "~"; other
        // symbols ("€", "£", "½", "≈") are looked up.
        Kind::Punct if t.len() == 1 => matches!(t, "-" | "+" | "(" | "$" | "~"),
        Kind::Punct => {
            let e = lex.lookup(t);
            let _ = cell.set(e);
            // Fraction glyphs (¼ ½ ¾ are C2 BC–BE, ⅓ ⅔ ⅕ ⅛ are E2 85 …): the
            // bytes are tested first, so the typographic quotes and dashes of
            // every sentence (E2 80 …) skip the glyph table.
            t == "−"
                || !e.is_empty()
                || matches!(t.as_bytes(), [0xC2, 0xBC..=0xBE] | [0xE2, 0x85, _])
                    && super::numbers::glyph(t).is_some()
        }
        Kind::Word if r.key != 0 => {
            if lex.short_may_start(r.key) {
                let (e, s) = lex.lookup_short(r.key, t);
                let _ = cell.set(e);
                s
            } else {
                false
            }
        }
        Kind::Word => {
            if lex.maybe_starter(t, t.is_ascii()) {
                let (e, s) = lex.lookup_with_starter(t);
                let _ = cell.set(e);
                s
            } else {
                false
            }
        }
    };
    Token {
        start: r.start,
        text: t,
        num: r.num,
        lex: cell,
        key: r.key,
        kind: r.kind,
        space,
        newline,
        starter,
    }
}

/// Token vectors kept between calls on one thread: `scan` runs once per sentence (and
/// once per claim in extraction), and a fresh vector of a few kilobytes each time cost
/// more than a tenth of the scan in `malloc`, `realloc` and `free`.
pub(crate) struct TokenBuf;

/// Vectors above this many tokens are not kept, so one huge input does not hold its
/// memory for the life of the thread.
const KEEP_TOKENS: usize = 1 << 14;

thread_local! {
    static SPARE: std::cell::Cell<Vec<Token<'static>>> = const { std::cell::Cell::new(Vec::new()) };
    static SPARE_STARTS: std::cell::Cell<Vec<usize>> = const { std::cell::Cell::new(Vec::new()) };
}

impl TokenBuf {
    /// Empty vectors of tokens and of starter indices (for [`tokenize_into`]), with the
    /// capacity of the last ones given back on this thread.
    pub(crate) fn take<'t>() -> (Vec<Token<'t>>, Vec<usize>) {
        let mut starts = SPARE_STARTS.take();
        starts.clear();
        (relabel(SPARE.take()), starts)
    }

    /// Gives the vectors' memory back for the next `take` on this thread.
    pub(crate) fn give(v: Vec<Token<'_>>, starts: Vec<usize>) {
        if v.capacity() <= KEEP_TOKENS {
            SPARE.set(relabel(v));
            SPARE_STARTS.set(starts);
        }
    }
}

/// An empty vector of tokens of another lifetime in the same memory. The tokens are
/// dropped first (they own nothing), so no borrow outlives its text; collecting a
/// `Vec`'s own `into_iter` into a vector of the same layout reuses its allocation.
#[expect(
    clippy::unnecessary_filter_map,
    reason = "a `filter` would keep the lifetime; the vector is empty anyway"
)]
fn relabel<'a, 'b>(mut v: Vec<Token<'a>>) -> Vec<Token<'b>> {
    v.clear();
    v.into_iter().filter_map(|_| None).collect()
}

fn is_word_char(c: char) -> bool {
    // Typographic quotes, dashes and spaces (General Punctuation, U+2000–U+206F) are the
    // characters outside ASCII that news copy uses most, and none is a letter: they are
    // answered without a search of the Unicode tables (about 350 instructions each).
    if GENERAL_PUNCTUATION.contains(&c) {
        return false;
    }
    c.is_alphabetic() || c == '²' || c == '³'
}

/// The General Punctuation block, which holds no letter (a test checks).
const GENERAL_PUNCTUATION: std::ops::RangeInclusive<char> = '\u{2000}'..='\u{206f}';

/// Whitespace that may separate digit groups: space, no-break space, thin spaces.
fn group_space_len(b: &[u8], i: usize) -> usize {
    match b.get(i) {
        Some(b' ') => 1,
        Some(0xC2) if b.get(i + 1) == Some(&0xA0) => 2,
        Some(0xE2) if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0xAF | 0x89)) => 3,
        _ => 0,
    }
}

fn digits_at(b: &[u8], i: usize) -> usize {
    b[i.min(b.len())..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count()
}

/// One token as [`read_at`] reads it, before any lexicon lookup.
struct Raw {
    start: usize,
    end: usize,
    kind: Kind,
    num: NumTok,
    /// For a word of one to eight ASCII letters, its lowercase bytes packed as
    /// [`short_key`](super::lexicon::short_key) packs them; else 0.
    key: u64,
}

/// What [`read_at`] found.
enum Read {
    /// Whitespace up to `end`; `newline`: a line break.
    Space {
        end: usize,
        newline: bool,
    },
    Token(Raw),
}

/// Every token of `text`, without lexicon lookup.
#[cfg(test)]
fn each_token(text: &str, mut emit: impl FnMut(Raw)) {
    let mut i = 0;
    while i < text.len() {
        match read_at(text, i, 0) {
            Read::Space { end, .. } => i = end,
            Read::Token(r) => {
                i = r.end;
                emit(r);
            }
        }
    }
}

/// The token or the whitespace character at `i` (a character boundary before the end of
/// `text`).
#[inline(never)]
fn read_at(text: &str, i: usize, bare: u8) -> Read {
    let b = text.as_bytes();
    let c = b[i];
    if c == b'\n' {
        return Read::Space {
            end: i + 1,
            newline: true,
        };
    }
    if c == b' ' || c == b'\t' || c == b'\r' {
        return Read::Space {
            end: i + 1,
            newline: false,
        };
    }
    let start = i;
    let mut i = i;
    let mut num = NumTok::default();
    let mut key = 0;
    let kind;
    if c.is_ascii_digit() {
        let (end, k, n) = scan_number(b, i);
        (i, kind, num) = (end, k, n);
    } else if c.is_ascii_alphabetic() || (c >= 0x80 && char_at(text, i).is_some_and(is_word_char)) {
        let mut j = i;
        let mut ascii = true;
        loop {
            // ASCII letters eight at a time; other characters decoded.
            j += ascii_letters(b, j);
            match b.get(j) {
                Some(&c) if c >= 0x80 => match char_at(text, j) {
                    Some(ch) if is_word_char(ch) => {
                        j += ch.len_utf8();
                        ascii = false;
                    }
                    _ => break,
                },
                _ => break,
            }
        }
        if b.get(j).is_some_and(u8::is_ascii_digit)
            && !currency_before_digits(&text[i..j])
            && !(j == i + 1 && letter_currency_amount(b, i, bare))
        {
            // "G7", "MH17", "A320", "km2": letters then digits make a code.
            kind = Kind::Code;
            while let Some(ch) = char_at(text, j) {
                if !(ch.is_alphanumeric() || ch == '²' || ch == '³') {
                    break;
                }
                j += ch.len_utf8();
            }
        } else {
            kind = Kind::Word;
            if ascii && j - i <= 8 {
                key = key_at(b, i, j - i);
            }
        }
        i = j;
    } else {
        let len = char_at(text, i).map_or(1, char::len_utf8);
        let ch = char_at(text, i).unwrap_or(' ');
        if ch.is_whitespace() {
            return Read::Space {
                end: i + len,
                newline: ch == '\u{2028}' || ch == '\u{2029}',
            };
        }
        kind = Kind::Punct;
        i += len;
    }
    Read::Token(Raw {
        start,
        end: i,
        kind,
        num,
        key,
    })
}

/// Whether `letters` is a currency the lexicon writes before its amount, here joined to
/// its digits ("Rs500", "Tk80", "Shs1,000", "KSh250", "USD500"): a word of its own, not
/// the start of a code like "G7" or "A320". (Asked only of letters before digits, and
/// only of two to four of them: every such currency is.)
fn currency_before_digits(letters: &str) -> bool {
    (2..=4).contains(&letters.len())
        && LEXICON.lookup(letters).iter().any(|e| {
            e.rest.is_empty()
                && e.first_ok(letters)
                && matches!(e.payload, Payload::Currency(c) if c.pre)
        })
}

/// Whether the one capital letter at `b[i]` is a currency written before its amount
/// (Nigeria's "N50,000", South Africa's "R4.2-billion", the Philippines' or Botswana's
/// "P18.4 billion", the kwacha's or kina's "K2.4bn"): a letter of the lexicon's, joined
/// to an amount that reads as money (grouped in thousands, with decimals or with a scale
/// after it), or to any amount where the document names the letter's country (`bare`,
/// bits of [`super::letter_bit`]: "P45 per kilo" in a story from Manila). Elsewhere a
/// bare number after a letter stays a code: "N95", "P45" (a tax form), "K9", "R21" (a
/// road).
fn letter_currency_amount(b: &[u8], i: usize, bare: u8) -> bool {
    let bit = super::letter_bit(b[i]);
    if bit == 0 {
        return false;
    }
    let (end, kind, num) = scan_number(b, i + 1);
    if kind != Kind::Num || num.lead_zero {
        return false;
    }
    if num.grouped || num.decimals > 0 {
        return true;
    }
    // The mask and the dog unit are no money wherever the story is.
    if bare & bit != 0 {
        return !matches!(&b[i..end], b"N95" | b"K9");
    }
    // A scale after the digits: joined ("N5bn"), hyphenated ("R850-million") or a word
    // of two letters or more after one space ("P20 billion", not "K5 m"), as the
    // lexicon's scales and scale words give it (an abbreviation it marks as joined only
    // directly after the digits: "N5m").
    let at = match b.get(end) {
        Some(b'-' | b' ') => end + 1,
        _ => end,
    };
    let n = ascii_letters(b, at);
    if n == 0 || at == end + 1 && b[end] == b' ' && n < 2 {
        return false;
    }
    // `ascii_letters` read ASCII letters only, so the range is a `str` of them.
    let word = std::str::from_utf8(&b[at..at + n]).unwrap_or_default();
    LEXICON.lookup(word).iter().any(|e| {
        e.rest.is_empty()
            && e.first_ok(word)
            && match e.payload {
                Payload::Scale(_) => !e.attached || at == end,
                Payload::Num(super::lexicon::NumClass::Scale, _) => true,
                _ => false,
            }
    })
}

/// Length of the run of ASCII letters at `b[i..]`.
#[inline]
fn ascii_letters(b: &[u8], i: usize) -> usize {
    let mut n = 0;
    // Eight bytes at a time (most words end within the first eight).
    while let Some(w) = load8(b, i + n) {
        let stop = !letter_mask(w) & HIGHS;
        if stop != 0 {
            return n + (stop.trailing_zeros() / 8) as usize;
        }
        n += 8;
    }
    n + b[(i + n).min(b.len())..]
        .iter()
        .take_while(|c| c.is_ascii_alphabetic())
        .count()
}

/// The eight bytes at `b[i..]` as a little-endian word, if there are eight.
#[inline]
fn load8(b: &[u8], i: usize) -> Option<u64> {
    b.get(i..i.checked_add(8)?).map(word)
}

/// The high bit of every byte of `w` that is an ASCII letter. Setting bit 5 folds case;
/// with the high bit cleared no byte addition carries into the next byte, so each byte
/// is compared with 'a' and 'z' + 1 on its own; bytes of 0x80 and above are not letters.
#[inline]
fn letter_mask(w: u64) -> u64 {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let lower = (w | 0x2020_2020_2020_2020) & LOW7;
    // High bit set where `lower` >= 'a' (0x61), and where `lower` >= 'z' + 1 (0x7b).
    let from_a = lower + 0x1f1f_1f1f_1f1f_1f1f;
    let past_z = lower + 0x0505_0505_0505_0505;
    from_a & !past_z & !w & HIGHS
}

fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

/// Reads a number starting at `i`: digits, then thousands groups ("1,000,000" or
/// "1 000 000"), then decimals. A second decimal point makes the run a code
/// ("192.168.0.1", "3.2.1").
fn scan_number(b: &[u8], start: usize) -> (usize, Kind, NumTok) {
    let mut i = start + digits_at(b, start);
    let d0 = i - start;
    let mut grouped = false;
    if d0 <= 3 {
        // Comma groups: exactly three digits, not followed by a fourth.
        while b.get(i) == Some(&b',') && digits_at(b, i + 1) == 3 {
            i += 4;
            grouped = true;
        }
        // Space groups ("1 000", French and SI style), only when no comma was used.
        // "2 1/2" is a mixed number, not a group: the group must be three digits.
        if !grouped {
            loop {
                let sp = group_space_len(b, i);
                if sp > 0
                    && digits_at(b, i + sp) == 3
                    && !matches!(b.get(i + sp + 3), Some(b'/' | b'.' | b',' | b':' | b'-'))
                {
                    i += sp + 3;
                    grouped = true;
                } else {
                    break;
                }
            }
        }
    }
    let int_end = i;
    let mut decimals = 0;
    if b.get(i) == Some(&b'.') && digits_at(b, i + 1) > 0 {
        let d = digits_at(b, i + 1);
        decimals = d;
        i += 1 + d;
        if b.get(i) == Some(&b'.') && digits_at(b, i + 1) > 0 {
            // Dotted run: IP address, version number, or a date like 16.10.2025.
            while i < b.len()
                && (b[i].is_ascii_digit() || (b[i] == b'.' && digits_at(b, i + 1) > 0))
            {
                i += 1;
            }
            return (i, Kind::Code, NumTok::default());
        }
    }
    let mut buf = [0u8; 48];
    let mut n = 0;
    let mut int_digits = 0u8;
    let mut trailing_zeros = 0u8;
    // The digits as an integer, while it has at most 19 of them (no overflow).
    let mut mantissa = 0u64;
    let mut digits = 0u32;
    for (k, &c) in b[start..i].iter().enumerate() {
        if c.is_ascii_digit() || c == b'.' {
            if n < buf.len() {
                buf[n] = c;
                n += 1;
            }
            if c.is_ascii_digit() {
                if digits < 19 {
                    mantissa = mantissa * 10 + u64::from(c - b'0');
                }
                digits += 1;
            }
            if start + k < int_end && c.is_ascii_digit() {
                int_digits = int_digits.saturating_add(1);
                if c == b'0' {
                    trailing_zeros = trailing_zeros.saturating_add(1);
                } else {
                    trailing_zeros = 0;
                }
            }
        }
    }
    if n >= buf.len() {
        return (i, Kind::Code, NumTok::default());
    }
    // Clinger's fast path, as the standard library's parser takes it: a mantissa of at
    // most 2^53 and a power of ten of at most 10^22 are exact as `f64`, so one division
    // rounds correctly, to the value `parse` gives. Numbers in news are short; parsing
    // the copied digits cost about 230 instructions each.
    let value = if digits <= 19 && mantissa <= 1 << 53 && decimals <= 22 {
        mantissa as f64 / POW10[decimals]
    } else {
        std::str::from_utf8(&buf[..n])
            .ok()
            .and_then(|s| s.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    let lead_zero = b[start] == b'0' && int_digits > 1;
    let num = NumTok {
        value,
        int_digits,
        decimals: decimals.min(255) as u8,
        grouped,
        trailing_zeros: if decimals > 0 || value == 0.0 {
            0
        } else {
            trailing_zeros
        },
        lead_zero,
    };
    (i, Kind::Num, num)
}

/// The powers of ten that are exact as `f64`.
pub(crate) const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_lists_answer_as_is_word() {
        const LIST: WordList<6> = WordList::new(["the", "a", "over", "s", "thousand", "x"]);
        let text = "The a A over OVER Over s S thousand Thousands thousands x X xx \
                    the’ ΘΕ Straße overs ov the1 - ’ a.m";
        for t in tokenize(text) {
            let want = LIST.words.iter().any(|w| t.is_word(w));
            assert_eq!(t.is_word_in(&LIST), want, "{:?}", t.text);
        }
    }

    /// The fast paths of `tokenize_into` read the tokens `read_at` reads.
    #[test]
    fn fast_paths_read_what_read_at_reads() {
        let texts = [
            "The call lasted almost two and a half hours, officials said.",
            "“We won’t,” she said — 2,500km (1,550 miles) away; G7 MH17 km² 30C.",
            "a\u{b}b\u{c}c\u{1f}d\u{7f}e ~$5 +3 -4 (x) [y] {z} @ # % ^ & * _ = | \\ / ? ! ` '",
            "Zelenskyy\u{e9}s r\u{e9}sum\u{e9} abcdefghij x\ny\r\nz\t\u{2028}w\u{a0}v",
            "",
            "x",
        ];
        for text in texts {
            let fast: Vec<_> = tokenize(text)
                .iter()
                .map(|t| (t.start, t.text, t.kind))
                .collect();
            let mut slow = Vec::new();
            each_token(text, |r| {
                slow.push((r.start, &text[r.start..r.end], r.kind))
            });
            assert_eq!(fast, slow, "{text:?}");
        }
    }

    #[test]
    fn typographic_marks_read_as_token_of_reads_them() {
        for mark in [
            "\u{2013}", "\u{2014}", "\u{2018}", "\u{2019}", "\u{201c}", "\u{201d}",
        ] {
            assert!(LEXICON.lookup(mark).is_empty(), "{mark}");
            let text = format!("a{mark}b {mark} {mark}");
            let fast: Vec<_> = tokenize(&text)
                .iter()
                .map(|t| (t.start, t.text, t.kind, t.space, t.starter))
                .collect();
            let mut slow = Vec::new();
            let mut space = true;
            let mut i = 0;
            while i < text.len() {
                match read_at(&text, i, 0) {
                    Read::Space { end, .. } => {
                        space = true;
                        i = end;
                    }
                    Read::Token(r) => {
                        let t = token_of(&text, &r, space, false);
                        slow.push((t.start, t.text, t.kind, t.space, t.starter));
                        space = false;
                        i = r.end;
                    }
                }
            }
            assert_eq!(fast, slow, "{text:?}");
        }
    }

    #[test]
    fn number_values_are_what_parse_gives() {
        let cases = [
            "0",
            "7",
            "007",
            "1,000",
            "3.5",
            "0.1",
            "2.675",
            "9007199254740993",
            "1.7976931348623157",
            "123456789012345678901234",
            "0.000000000000000000000001",
            "12,345,678.901",
            "4.35",
            "1 000 000",
            "99.99999999999999999",
        ];
        for s in cases {
            let (_, kind, n) = scan_number(s.as_bytes(), 0);
            assert_eq!(kind, Kind::Num, "{s}");
            let want: f64 = s.replace([',', ' '], "").parse().unwrap_or(0.0);
            assert_eq!(n.value.to_bits(), want.to_bits(), "{s}");
        }
    }

    #[test]
    fn general_punctuation_holds_no_word_character() {
        for c in GENERAL_PUNCTUATION {
            assert!(!c.is_alphabetic() && c != '²' && c != '³', "{c:?}");
        }
    }

    fn kinds(s: &str) -> Vec<(&str, Kind)> {
        tokenize(s).iter().map(|t| (t.text, t.kind)).collect()
    }

    #[test]
    fn numbers_join_groups_and_decimals() {
        let t = tokenize("1,000 and 1 000 000 and 3.5 and 12,34");
        assert_eq!(t[0].num.value, 1000.0);
        assert!(t[0].num.grouped);
        assert_eq!(t[2].num.value, 1_000_000.0);
        assert_eq!(t[4].num.value, 3.5);
        assert_eq!(t[4].num.decimals, 1);
        assert_eq!(t[6].text, "12");
    }

    #[test]
    fn mixed_number_is_not_a_group() {
        assert_eq!(kinds("2 1/2")[0], ("2", Kind::Num));
    }

    #[test]
    fn codes_and_ip_addresses() {
        assert_eq!(kinds("G7")[0].1, Kind::Code);
        assert_eq!(kinds("192.168.0.1")[0].1, Kind::Code);
        assert_eq!(kinds("2.3m")[1], ("m", Kind::Word));
        assert!(!tokenize("2.3m")[1].space);
    }

    #[test]
    fn letter_runs_match_a_byte_by_byte_scan() {
        let texts = [
            "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            "@[`{ az AZ a-z A_Z a`z z{ Z[ @a",
            "Zelenskyy\u{e9}s r\u{e9}sum\u{e9} km\u{b2} word7 seventy-eight",
            "x",
            "",
        ];
        for text in texts {
            let b = text.as_bytes();
            for i in 0..=b.len() {
                let slow = b[i..]
                    .iter()
                    .take_while(|c| c.is_ascii_alphabetic())
                    .count();
                assert_eq!(ascii_letters(b, i), slow, "{text:?} at {i}");
            }
        }
        for c in 0..=255u8 {
            let w = u64::from_le_bytes([c, b'a', c, b'Z', c, 0x80, c, b'q']);
            let m = letter_mask(w).to_le_bytes();
            assert_eq!(m[0] != 0, c.is_ascii_alphabetic(), "{c:#x}");
            assert_eq!((m[1], m[3], m[5], m[7]), (0x80, 0x80, 0, 0x80));
        }
    }

    #[test]
    fn unicode_symbols_are_single_tokens() {
        assert_eq!(kinds("€88m")[0], ("€", Kind::Punct));
        assert_eq!(kinds("km²")[0], ("km²", Kind::Word));
        assert_eq!(kinds("2½")[1], ("½", Kind::Punct));
    }
}
