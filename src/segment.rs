//! Segment: paragraphs, sentences and quotations, with byte spans.
//!
//! - Paragraphs come from the ingest blocks and get a role: body text, or page furniture
//!   that never holds claims (headline, subheading, byline, photo credit, live-blog
//!   timestamp, trailer). A dateline opening a paragraph (`WASHINGTON (Reuters) —`) is cut
//!   off the paragraph.
//! - Sentences are split inside each paragraph, abbreviation-, initial- and decimal-aware.
//! - Quotations are found over the whole document: every pair of compatible marks, nested
//!   quotes kept, apostrophes told apart from closing single quotes, and the newspaper
//!   convention that a paragraph opening with a quote mark continues a quotation left open
//!   at the end of the previous paragraph. An unbalanced mark never swallows more than the
//!   rest of its paragraph.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, Input, MatchKind, StartKind};
use compact_str::CompactString;
use serde::Serialize;

use crate::ingest::{BlockKind, Document};
use crate::lexicon::{ABBREVIATIONS, AbbrevClass, SENTENCE_STARTERS, rows};

/// What a paragraph is on the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ParaRole {
    /// Article text: claims come from here.
    Body,
    /// The headline at the top.
    Headline,
    /// A heading or short title line inside the article.
    Subheading,
    /// `By Jane Doe`.
    Byline,
    /// A photo caption or credit.
    Credit,
    /// A live-blog entry time (`18:42 BST`).
    Timestamp,
    /// Trailers and site chrome (`Reporting by …`, `Read more`, copyright).
    Boilerplate,
}

/// A paragraph of the document.
#[derive(Debug, Clone, Serialize)]
pub struct Paragraph {
    /// Byte range (after a dateline, if any).
    pub span: Range<usize>,
    /// What the paragraph is.
    pub role: ParaRole,
    /// A list item rather than a running paragraph.
    pub list_item: bool,
    /// The dateline cut off the start, if any.
    pub dateline: Option<Range<usize>>,
    /// Indices of this paragraph's sentences in [`Segmentation::sentences`].
    pub sentences: Range<usize>,
}

/// A sentence.
#[derive(Debug, Clone, Serialize)]
pub struct Sentence {
    /// Byte range.
    pub span: Range<usize>,
    /// Index of its paragraph.
    pub para: usize,
}

/// Families of quotation marks that pair with each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MarkFamily {
    /// “ ” „ ‟ "
    Double,
    /// ‘ ’ ‚ ‛ '
    Single,
    /// « »
    Guillemet,
    /// ‹ ›
    SingleGuillemet,
    /// 「 」 『 』
    Corner,
}

/// A quotation: the text between a pair of marks, possibly over several paragraphs.
#[derive(Debug, Clone, Serialize)]
pub struct Quotation {
    /// The opening mark; `None` when the opening mark is missing and the quotation is taken
    /// to start at its paragraph's start.
    pub open: Option<Range<usize>>,
    /// The closing mark; `None` when unclosed (the quotation then ends at the end of its
    /// last paragraph).
    pub close: Option<Range<usize>>,
    /// The quoted text, one range per paragraph (marks excluded).
    pub parts: Vec<Range<usize>>,
    /// 0 for an outer quotation, 1 for a quote inside a quote, and so on.
    pub depth: usize,
    /// The mark style.
    pub family: MarkFamily,
    /// First paragraph index.
    pub first_para: usize,
    /// Last paragraph index.
    pub last_para: usize,
}

impl Quotation {
    /// Start of the quotation including its opening mark.
    pub fn start(&self) -> usize {
        self.open
            .as_ref()
            .map_or_else(|| self.parts.first().map_or(0, |p| p.start), |o| o.start)
    }

    /// End of the quotation including its closing mark.
    pub fn end(&self) -> usize {
        // Without a closing mark the quotation ends with its last part, or, when it has no
        // text, with its opening mark: falling back to 0 made `start()..end()` a reversed
        // range for an opening mark with nothing after it (found by fuzzing, `"\n\""`).
        self.close.as_ref().map_or_else(
            || {
                self.parts
                    .last()
                    .or(self.open.as_ref())
                    .map_or(0, |p| p.end)
            },
            |c| c.end,
        )
    }

    /// The quoted text, parts joined by one space, whitespace collapsed. A short
    /// quotation ("a ‘great’ call") is stored inline, with no allocation.
    pub fn text(&self, view: &str) -> CompactString {
        if let [p] = self.parts.as_slice() {
            return CompactString::from(collapsed(&view[p.clone()]));
        }
        let mut out = String::new();
        for p in &self.parts {
            push_collapsed(&mut out, &view[p.clone()]);
        }
        // A long text keeps its buffer.
        CompactString::from(out)
    }
}

/// Append `s` to `out` with runs of whitespace collapsed to one space, trimmed, separated
/// from what `out` already holds by one space.
pub fn push_collapsed(out: &mut String, s: &str) {
    out.reserve(s.len() + 1);
    // One pass over the bytes instead of `split_whitespace`, which decodes every
    // character (this runs over the text of every claim and quotation). Only the lead
    // bytes C2, E1, E2 and E3 can open a non-ASCII whitespace character (U+0085, U+00A0,
    // U+1680, U+2000–U+205F, U+3000): those characters are decoded and tested with
    // `char::is_whitespace`; every other byte belongs to a word.
    let bytes = s.as_bytes();
    let n = bytes.len();
    // Most text is already collapsed: words separated by single spaces, nothing to trim.
    // Such text is copied whole after one check of its bytes.
    if already_collapsed(s) {
        push_word(out, s);
        return;
    }
    let mut i = 0;
    loop {
        // Whitespace before the next word.
        while i < n {
            match white_len(s, i) {
                0 => break,
                len => i += len,
            }
        }
        if i == n {
            return;
        }
        let start = i;
        i += 1;
        // Printable ASCII and bytes inside or opening other characters are word bytes
        // without a look-up.
        while i < n && ((b' ' < bytes[i] && bytes[i] < 0xC2) || white_len(s, i) == 0) {
            i += 1;
        }
        push_word(out, &s[start..i]);
    }
}

/// `s` with whitespace collapsed as [`push_collapsed`] appends it, borrowed when `s`
/// already is (most phrases are: a copy only to compare it was an allocation).
pub(crate) fn collapsed(s: &str) -> std::borrow::Cow<'_, str> {
    if already_collapsed(s) {
        std::borrow::Cow::Borrowed(s)
    } else {
        let mut out = String::new();
        push_collapsed(&mut out, s);
        std::borrow::Cow::Owned(out)
    }
}

/// Whether [`push_collapsed`] would append `s` unchanged: not empty, no space at either
/// end, and its whitespace single spaces only.
pub(crate) fn already_collapsed(s: &str) -> bool {
    let bytes = s.as_bytes();
    !bytes.is_empty() && bytes[0] != b' ' && bytes[bytes.len() - 1] != b' ' && is_collapsed(s)
}

/// Whether the whitespace of `s` is single spaces only (none at the ends is checked by
/// the caller).
fn is_collapsed(s: &str) -> bool {
    use crate::swar::{HIGHS, any_control, equal, word};
    let bytes = s.as_bytes();
    let mut prev_space = false;
    // Eight bytes at a time where they are ASCII without a control byte: then only two
    // spaces in a row (within the word, or one ending the word before and one opening
    // this) are whitespace to collapse. A word that holds a control byte or a byte of a
    // non-ASCII character (which may be a space: no-break, thin, ideographic) is read a
    // byte at a time, and the next word eight at a time again: nearly every quotation
    // and claim holds a typographic quote or apostrophe (E2 80 …), and going on a byte
    // at a time after the first of them made this check four times dearer on them.
    // (Testing the high bits, rather than each of the four lead bytes that can open a
    // non-ASCII space, keeps the test of an ASCII word to two operations.)
    let mut at = 0;
    for chunk in bytes.chunks_exact(8) {
        let w = word(chunk);
        if any_control(w) | (w & HIGHS) != 0 {
            if !bytes_collapsed(s, at..at + 8, &mut prev_space) {
                return false;
            }
        } else {
            let spaces = equal(w, b' ');
            if spaces & (spaces << 8) != 0 || prev_space && spaces & 0x80 != 0 {
                return false;
            }
            prev_space = spaces >> 63 != 0;
        }
        at += 8;
    }
    bytes_collapsed(s, at..bytes.len(), &mut prev_space)
}

/// [`is_collapsed`] for the bytes of `s` from `from` on, a byte at a time; `prev_space`
/// says whether the byte before `from` is a space.
#[cfg(test)]
fn is_collapsed_from(s: &str, from: usize, mut prev_space: bool) -> bool {
    bytes_collapsed(s, from..s.len(), &mut prev_space)
}

/// Whether `s[range]` holds no whitespace to collapse, a byte at a time; `prev_space`
/// says whether the byte before the range is a space, and is left saying whether its
/// last byte is. A whitespace character that starts in the range is read whole, past
/// its end if need be.
#[inline]
fn bytes_collapsed(s: &str, range: std::ops::Range<usize>, prev_space: &mut bool) -> bool {
    let bytes = s.as_bytes();
    for i in range {
        let b = bytes[i];
        if b == b' ' {
            if *prev_space {
                return false;
            }
            *prev_space = true;
            continue;
        }
        *prev_space = false;
        if (b < b' ' || matches!(b, 0xC2 | 0xE1 | 0xE2 | 0xE3)) && white_len(s, i) > 0 {
            return false;
        }
    }
    true
}

/// The length of the whitespace character at byte `i` of `s` (a character boundary or a
/// continuation byte), 0 when it is not whitespace.
#[inline(always)]
fn white_len(s: &str, i: usize) -> usize {
    match s.as_bytes()[i] {
        b'\t'..=b'\r' | b' ' => 1,
        0xC2 | 0xE1 | 0xE2 | 0xE3 => s[i..]
            .chars()
            .next()
            .filter(|c| c.is_whitespace())
            .map_or(0, char::len_utf8),
        _ => 0,
    }
}

/// One word of [`push_collapsed`], after a space unless `out` is empty.
#[inline]
fn push_word(out: &mut String, w: &str) {
    if !out.is_empty() {
        out.push(' ');
    }
    out.push_str(w);
}

/// Paragraphs, sentences and quotations of one document.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Segmentation {
    /// Paragraphs in order.
    pub paragraphs: Vec<Paragraph>,
    /// Sentences in order.
    pub sentences: Vec<Sentence>,
    /// Quotations in order of their start; nested ones follow their outer quotation.
    pub quotes: Vec<Quotation>,
}

/// Segment a document.
pub fn segment(doc: &Document) -> Segmentation {
    let view = doc.view();
    let mut seg = Segmentation {
        paragraphs: Vec::with_capacity(doc.blocks.len()),
        // About one sentence per 128 bytes of news copy, and one per block that is no
        // body paragraph: grown from four, the vector was copied some five times.
        sentences: Vec::with_capacity(view.len() / 128 + doc.blocks.len()),
        ..Segmentation::default()
    };
    let mut seen_body = false;
    for (i, block) in doc.blocks.iter().enumerate() {
        let text = &view[block.span.clone()];
        // Whether the next block opens with a quotation mark ("Lloyd said:" then "“We
        // will …”"): a short line ending in a colon before it introduces it. Asked only
        // of a block that ends in a colon.
        let quotation_next = text.trim_end().ends_with(':')
            && doc.blocks.get(i + 1).is_some_and(|b| {
                view[b.span.clone()]
                    .trim_start()
                    .starts_with(['“', '"', '‘', '«', '„'])
            });
        let role = classify_block(
            text,
            block.kind,
            i,
            doc.blocks.len(),
            seen_body,
            doc.title.as_deref(),
            quotation_next,
        );
        let mut span = block.span.clone();
        let mut dateline = None;
        if role == ParaRole::Body
            && let Some(n) = dateline_len(text)
                .or_else(|| slash_agency_dateline_len(text))
                .or_else(|| comma_agency_dateline_len(text))
        {
            dateline = Some(span.start..span.start + n);
            span.start += n;
        } else if role == ParaRole::Body
            && let Some(n) = timestamp_prefix_len(text)
        {
            span.start += n;
        }
        seen_body |= role == ParaRole::Body;
        let first = seg.sentences.len();
        let para = seg.paragraphs.len();
        if role == ParaRole::Body {
            each_sentence(view, span.clone(), |s| {
                seg.sentences.push(Sentence { span: s, para });
            });
        } else {
            seg.sentences.push(Sentence {
                span: span.clone(),
                para,
            });
        }
        seg.paragraphs.push(Paragraph {
            span,
            role,
            list_item: block.kind == BlockKind::ListItem,
            dateline,
            sentences: first..seg.sentences.len(),
        });
    }
    seg.quotes = find_quotations(view, &seg.paragraphs);
    // The sentences are kept as long as the document (a comparison quotes them): without
    // the room left by the estimate above or by growth past it. Shrinking in place
    // copies nothing.
    seg.sentences.shrink_to_fit();
    seg
}

struct Layout {
    /// Openings of boilerplate paragraphs, as one anchored matcher: every paragraph is
    /// tested against all of them.
    trailers: AhoCorasick,
    /// The first four bytes of every trailer of four bytes or more, sorted: most
    /// paragraphs are ruled out by a binary search before the anchored search, which
    /// cost about 700 instructions a paragraph. (The first two bytes alone let through
    /// every paragraph that opens as a trailer does: "Pr" for "Provided by" and
    /// "President …".)
    trailer_quads: Vec<u32>,
    /// The first two bytes of the shorter trailers ("©"; one of one byte opens every pair
    /// that starts with it).
    trailer_heads: BytePairs,
    /// Photo credits found anywhere in a paragraph, as one matcher (one pass over the
    /// paragraph instead of a substring search per credit).
    credits: AhoCorasick,
    agencies: Vec<&'static str>,
}

static LAYOUT: LazyLock<Layout> = LazyLock::new(|| {
    let (mut trailers, mut credits, mut agencies) = (Vec::new(), Vec::new(), Vec::new());
    for r in rows(include_str!("lexicon/layout.tsv")) {
        match (r.first().copied(), r.get(1).copied()) {
            (Some("trailer"), Some(t)) => trailers.push(t),
            (Some("credit"), Some(t)) => credits.push(t),
            (Some("agency"), Some(t)) => agencies.push(t),
            _ => {}
        }
    }
    let mut trailer_heads = BytePairs::default();
    let mut trailer_quads = Vec::new();
    for t in &trailers {
        match *t.as_bytes() {
            // An empty trailer would start every paragraph.
            [] => trailer_heads.0.fill(u64::MAX),
            [first] => (0..=255).for_each(|second| trailer_heads.insert(first, second)),
            [a, b, c, d, ..] => trailer_quads.push(u32::from_be_bytes([a, b, c, d])),
            [first, second, ..] => trailer_heads.insert(first, second),
        }
    }
    trailer_quads.sort_unstable();
    trailer_quads.dedup();
    Layout {
        trailer_quads,
        trailer_heads,
        // A contiguous NFA, not the DFA the builder picks for so few patterns: building
        // the DFA cost 2.4M instructions at the first paragraph of every run (a fifth
        // of extracting one article), and the search runs only on the few paragraphs
        // that pass `trailer_heads`.
        trailers: AhoCorasick::builder()
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .match_kind(MatchKind::LeftmostFirst)
            .start_kind(StartKind::Anchored)
            .build(trailers)
            .expect("the layout trailers make a matcher"),
        // Leftmost-first (any match will do) lets the matcher use its SIMD prefilter.
        credits: AhoCorasick::builder()
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .match_kind(MatchKind::LeftmostFirst)
            .build(credits)
            .expect("the layout credits make a matcher"),
        agencies,
    }
});

fn ends_with_terminal(t: &str) -> bool {
    t.trim_end().ends_with([
        '.', '!', '?', '"', '”', '’', '\'', '»', ':', ';', ')', '…', ',',
    ])
}

/// Whether `t` ends with a quotation and no sentence punctuation of its own, as a
/// section heading does: "‘Pulling the rug out’", "Union accuses DB of ‘stalling’",
/// "Commuters ‘fed up’". A sentence of the body that ends with a quotation ends with its
/// punctuation, inside the marks or after them ("“We will be back.”").
fn ends_with_quoted_phrase(t: &str) -> bool {
    // Closing quotation marks (not the brackets of `CLOSERS`).
    const MARKS: [char; 5] = ['’', '”', '"', '\'', '»'];
    // Most lines end otherwise: asked first, before trimming.
    t.ends_with(MARKS)
        && t.trim_end_matches(MARKS)
            .chars()
            .next_back()
            .is_some_and(|c| {
                !c.is_whitespace() && !matches!(c, '.' | '!' | '?' | ',' | ';' | ':' | '…')
            })
}

/// Whether `t` ends with a full stop, also inside closing quotation marks: the US style
/// puts it there (`… were "very productive."`), and a headline ends with neither.
fn ends_with_full_stop(t: &str) -> bool {
    t.trim_end_matches(CLOSERS).ends_with('.')
}

fn classify_block(
    text: &str,
    kind: BlockKind,
    index: usize,
    total: usize,
    seen_body: bool,
    title: Option<&str>,
    quotation_next: bool,
) -> ParaRole {
    let t = text.trim();
    let single_line = !t.contains('\n');
    if is_timestamp(t) {
        return ParaRole::Timestamp;
    }
    if starts_with_trailer(t) || first_published_note(t) {
        return ParaRole::Boilerplate;
    }
    if LAYOUT.credits.is_match(t) {
        return ParaRole::Credit;
    }
    // A caption that ends with its agency and no full stop: "MPs voted on amendments on
    // Tuesday evening PA".
    if !ends_with_terminal(t)
        && LAYOUT
            .agencies
            .iter()
            .any(|a| t.strip_suffix(a).is_some_and(|rest| rest.ends_with(' ')))
    {
        return ParaRole::Credit;
    }
    if is_captioned_photo(t) {
        return ParaRole::Credit;
    }
    // An embedded post's signature line: "TRT World Now (@TRTWorldNow) June 25, 2024".
    // The '@' looked for first (one vector scan): building the two-byte searcher for
    // every paragraph cost more than the scan.
    if memchr::memchr(b'@', t.as_bytes()).is_some()
        && t.contains("(@")
        && !more_chars_than(t, 119)
        && !t.contains(['“', '"'])
    {
        return ParaRole::Credit;
    }
    if is_byline(t) {
        return ParaRole::Byline;
    }
    if kind == BlockKind::Heading {
        return if seen_body {
            ParaRole::Subheading
        } else {
            ParaRole::Headline
        };
    }
    if kind == BlockKind::Other {
        return ParaRole::Subheading;
    }
    // The same words in the same order is the same as equal after `normalize_ws` (words
    // hold no whitespace), without building two strings for every paragraph.
    if let Some(title) = title
        && t.split_whitespace().eq(title.split_whitespace())
    {
        return ParaRole::Headline;
    }
    // "The mayor put it bluntly:" before a paragraph that opens with a quotation
    // introduces it: body, where a line without a full stop is a headline or a heading
    // (not the document's first line, which is its headline whatever it ends with).
    if index > 0 && quotation_next && t.ends_with(':') && t.contains(' ') {
        return ParaRole::Body;
    }
    // A first line without final punctuation, followed by more text, is the headline:
    // exported articles start "Headline here\n\nBody…".
    if !seen_body
        && index + 1 < total
        && single_line
        && !more_chars_than(t, 250)
        && !ends_with_full_stop(t)
        && kind == BlockKind::Paragraph
    {
        return ParaRole::Headline;
    }
    // Short unpunctuated lines inside the article are section headings ("Key events",
    // "What happens next"); list items are kept, since key-point bullets carry claims.
    if kind == BlockKind::Paragraph
        && single_line
        && !more_chars_than(t, 99)
        && (!ends_with_terminal(t) || ends_with_quoted_phrase(t))
    {
        return ParaRole::Subheading;
    }
    ParaRole::Body
}

/// A photo caption: one sentence with no quotation and no speech verb, then its credit
/// in brackets — "Smoke rises behind the water tower on Sunday. (Submitted by Dale
/// Kowalchuk)", "… (KZLQ)", "… (FNW Photo/Ethan Cole)". The credit is a few capitalised
/// words at most, with no sentence punctuation. A sentence that attributes ("…, the
/// company said. (Reuters)") is the story's, whatever its credit.
fn is_captioned_photo(t: &str) -> bool {
    let Some(body) = t.strip_suffix(')') else {
        return false;
    };
    let Some(open) = body.rfind('(') else {
        return false;
    };
    let credit = &body[open + 1..];
    let sentence = body[..open].trim_end();
    let Some(words) = sentence.strip_suffix('.') else {
        return false;
    };
    !more_chars_than(credit, 60)
        && credit.starts_with(|c: char| c.is_uppercase())
        && credit.split_whitespace().count() <= 6
        && !credit.contains(['.', ',', ';', ':', '!', '?'])
        && !sentence.contains(['“', '”', '"', '‘', '«'])
        // One sentence: no full stop, question or exclamation mark before a capital inside
        // it ("Calif., Tuesday" is an abbreviation's).
        && !words.char_indices().any(|(i, c)| {
            matches!(c, '.' | '?' | '!')
                && words[i + 1..].starts_with(' ')
                && words[i + 1..].trim_start().starts_with(char::is_uppercase)
        })
        && !crate::lexicon::has_speech_verb(words)
}

/// Whether `t` has more than `n` characters. A character takes one to four bytes, so
/// the byte length alone answers unless it lies between `n` and `4 n`: every paragraph
/// is tested, and counting the characters of a long one cost more than the tests.
fn more_chars_than(t: &str, n: usize) -> bool {
    if t.len() <= n {
        return false;
    }
    if t.len() > n.saturating_mul(4) {
        return true;
    }
    // The `n`-th character (from 0) starts before the end: counted up to it, not over
    // the whole text (every paragraph of up to four times `n` bytes is asked).
    char_prefix_len(t, n) < t.len()
}

/// Every run of whitespace (NBSP included) as one space, trimmed.
pub(crate) fn normalize_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

// `18:42 BST`, `9.05am`, `10:15 a.m. ET`, `Updated 18:42`, `2h ago`.
fn is_timestamp(t: &str) -> bool {
    if more_chars_than(t, 30) {
        return false;
    }
    let t = t
        .strip_prefix("Updated ")
        .or_else(|| t.strip_prefix("updated "))
        .unwrap_or(t);
    let b = t.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if (1..=2).contains(&digits)
        && matches!(b.get(digits), Some(b':' | b'.'))
        && b.get(digits + 1).is_some_and(u8::is_ascii_digit)
        && b.get(digits + 2).is_some_and(u8::is_ascii_digit)
    {
        let rest = &t[digits + 3..];
        return rest
            .chars()
            .all(|c| c.is_ascii_alphabetic() || c == ' ' || c == '.' || c == '+' || c == '-')
            && !rest.contains("  ");
    }
    if t.ends_with(" ago") && t.split_whitespace().count() <= 4 {
        return true;
    }
    false
}

/// Length in bytes of a live blog's time stamp opening a paragraph, with its separator
/// and the spaces around them: `14:32 GMT — `, `9.05am: `, `**18:42** – ` (Markdown's
/// marks are blanks in the view). The stamp is page furniture, as a paragraph of its own
/// is ([`is_timestamp`]).
fn timestamp_prefix_len(text: &str) -> Option<usize> {
    let lead = text.len() - text.trim_start().len();
    let rest = &text[lead..];
    if !rest.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let head = &rest[..char_prefix_len(rest, 40)];
    const SEPARATORS: [&str; 6] = [" — ", " – ", " - ", "—", "–", ": "];
    let (at, len) = SEPARATORS
        .iter()
        .filter_map(|sep| head.find(sep).map(|i| (i, sep.len())))
        .min()?;
    if !is_timestamp(head[..at].trim()) {
        return None;
    }
    let after = lead + at + len;
    let body = text[after..].trim_start();
    (!body.is_empty()).then(|| text.len() - body.len())
}

// `By Jane Doe`, `By Jane Doe and John Roe in Moscow`, `BY JANE DOE`.
/// Whether a paragraph is page furniture by its text alone: a trailer or link line
/// ("READ MORE: …", "Advertisement"), a byline or a bare timestamp. HTML extraction drops
/// such paragraphs; in text files they are kept and given their role.
pub(crate) fn is_furniture(t: &str) -> bool {
    starts_with_trailer(t) || first_published_note(t) || is_byline(t) || is_timestamp(t)
}

/// A wire's note of first publication closing a syndicated story: "This report by The
/// Canadian Press was first published Feb. 18, 2026." One sentence that opens with
/// "This report" (or "This story", "This article") and says it "was first published"
/// ("This report by the UN found …" stays text).
fn first_published_note(t: &str) -> bool {
    t.starts_with("This ")
        && ["This report", "This story", "This article"]
            .iter()
            .any(|o| t.starts_with(o))
        && t.len() < 200
        && t.contains(" was first published ")
}

/// Whether `t` opens with one of the layout trailers ("Reporting by", "READ MORE").
fn starts_with_trailer(t: &str) -> bool {
    let layout = &*LAYOUT;
    let candidate = match *t.as_bytes() {
        [a, b, c, d, ..] => {
            layout
                .trailer_quads
                .binary_search(&u32::from_be_bytes([a, b, c, d]))
                .is_ok()
                || layout.trailer_heads.contains(a, b)
        }
        [a, b, ..] => layout.trailer_heads.contains(a, b),
        _ => true,
    };
    candidate && trailer_search(t)
}

/// The anchored search alone: it only finds matches that start where the text does.
fn trailer_search(t: &str) -> bool {
    LAYOUT
        .trailers
        .is_match(Input::new(t).anchored(Anchored::Yes))
}

/// A set of byte pairs, one bit each.
struct BytePairs(Box<[u64; 1024]>);

impl Default for BytePairs {
    fn default() -> Self {
        Self(Box::new([0; 1024]))
    }
}

impl BytePairs {
    fn bit(a: u8, b: u8) -> (usize, u64) {
        let k = usize::from(a) << 8 | usize::from(b);
        (k >> 6, 1 << (k & 63))
    }

    fn insert(&mut self, a: u8, b: u8) {
        let (word, bit) = Self::bit(a, b);
        self.0[word] |= bit;
    }

    fn contains(&self, a: u8, b: u8) -> bool {
        let (word, bit) = Self::bit(a, b);
        self.0[word] & bit != 0
    }
}

fn is_byline(t: &str) -> bool {
    let rest = match t
        .strip_prefix("By ")
        .or_else(|| t.strip_prefix("BY "))
        .or_else(|| t.strip_prefix("Words by "))
        .or_else(|| t.strip_prefix("Written by "))
    {
        Some(r) => r,
        None => return false,
    };
    t.chars().count() <= 120
        && t.split_whitespace().count() <= 16
        && rest.starts_with(|c: char| c.is_uppercase())
        && !t.contains(['“', '”', '"'])
}

/// Length in bytes of a dateline at the start of a paragraph, including the dash and the
/// spaces after it: `WASHINGTON, Oct 16 (GWS) – `, `KYIV, Ukraine (AP) — `,
/// `MOSCOW — `, `(Reuters) - `, `Moscow, October 17 (RNA) — `.
pub fn dateline_len(text: &str) -> Option<usize> {
    // The first 110 characters; when the first 110 bytes are ASCII, the 111th character
    // starts at byte 110 (or the text ends there).
    let head = &text[..char_prefix_len(text, 110)];
    // The earliest separator; at one position the first in this list wins. The head is
    // searched for the bytes a separator turns on ('-', ':' and E2, which opens '–' and
    // '—' in UTF-8); a space before a dash starts the spaced forms one byte earlier
    // (this runs for every body paragraph).
    const DASHES: [&str; 7] = [" – ", " — ", " -- ", " - ", "—", "–", ": "];
    let bytes = head.as_bytes();
    let at = |i: usize| {
        DASHES
            .iter()
            .find(|d| head[i..].starts_with(*d))
            .map(|d| (i, d.len()))
    };
    let (dash_at, dash_len) = memchr::memchr3_iter(b'-', b':', 0xE2, bytes).find_map(|p| {
        let b = bytes[p];
        let spaced = (p > 0 && bytes[p - 1] == b' ' && b != b':')
            .then(|| at(p - 1))
            .flatten();
        // A bare '-' is a separator only after a space (" - ", " -- ").
        spaced.or_else(|| if b == b'-' { None } else { at(p) })
    })?;
    let prefix = head[..dash_at].trim();
    if prefix.is_empty() || prefix.contains(['“', '”', '"', '‘', '«']) {
        return None;
    }
    if prefix.split_whitespace().count() > 12 {
        return None;
    }
    let first_word = prefix
        .find(|c: char| !(c.is_alphabetic() || c == '.' || c == '\''))
        .map_or(prefix, |end| &prefix[..end]);
    let colon = head[dash_at..].starts_with(": ");
    if !dateline_prefix(prefix, first_word, colon) {
        return None;
    }
    let mut end = dash_at + dash_len;
    end += text[end..].len() - text[end..].trim_start().len();
    Some(end)
}

/// Length in bytes of a dateline whose agency stands between slashes, the form of
/// Mongolian and some Balkan agencies: `Ulaanbaatar, April 15 /MONTSAME/. `,
/// `Ulaanbaatar /KNA/ `, and of Central Asian ones: `DUSHANBE, 14.05.2026 /NIAT
/// “Khovar”/. `, `BISHKEK /Kabar/. `. The place opens with a capital, at most eight words
/// before the first slash and no quotation mark; the agency is a word of two to twelve
/// letters opening with a capital, or initials and a quoted name; a full stop or a dash
/// may follow it. A paragraph that is only the dateline is all cut.
pub fn slash_agency_dateline_len(text: &str) -> Option<usize> {
    /// How far into the paragraph the first slash may stand.
    const REACH: usize = 80;
    let open = memchr::memchr(b'/', &text.as_bytes()[..text.len().min(REACH)])?;
    let place = text[..open].trim_end();
    if !place.starts_with(|c: char| c.is_uppercase())
        || place.split_whitespace().count() > 8
        || place.contains(['“', '”', '"', '‘', '«', '/'])
    {
        return None;
    }
    let rest = &text[open + 1..];
    let close = rest.find('/')?;
    let agency = &rest[..close];
    // Capitals ("MONTSAME"), or a name with its own capital ("Kabar"), or two words with
    // the second in quotation marks ("NIAT “Khovar”").
    let quoted = |w: &str| {
        let inner = w.trim_matches(['“', '”', '"', '«', '»']);
        inner.len() + 2 <= w.len() && inner.starts_with(|c: char| c.is_uppercase())
    };
    let name_ok = match agency.split_once(' ') {
        None => {
            (2..=12).contains(&agency.len())
                && agency.starts_with(|c: char| c.is_ascii_uppercase())
                && agency.bytes().all(|b| b.is_ascii_alphabetic())
        }
        Some((w, q)) => {
            (2..=12).contains(&w.len())
                && w.bytes().all(|b| b.is_ascii_uppercase())
                && !q.contains(' ')
                && quoted(q)
        }
    };
    if !name_ok {
        return None;
    }
    let after = &rest[close + 1..];
    let sep = ["—", "–", "-", "."]
        .iter()
        .find(|d| after.trim_start().starts_with(*d))
        .map_or(0, |d| after.len() - after.trim_start().len() + d.len());
    let tail = &after[sep..];
    // The body, if any, starts after a space, with a capital or a quotation mark.
    let body = tail.trim_start();
    if !(body.is_empty() || tail.len() > body.len()) {
        return None;
    }
    Some(text.len() - body.len())
}

/// Length in bytes of a dateline whose agency closes it, ending in a full stop, as
/// Armenian, Uzbek and some other agencies write it: `YEREVAN, MAY 14, ARMENPRESS. `
/// (the place in capitals, the agency after a comma) or `Tashkent, October 14 (UzA). `
/// (the agency in brackets), or the day first with a year perhaps, `Mary, 24 September
/// 2026 (TNIS). `. The place is one to three words, then a month and a day, then the
/// agency (three to twelve letters, in capitals after a comma).
pub fn comma_agency_dateline_len(text: &str) -> Option<usize> {
    /// How far into the paragraph the agency's full stop may stand.
    const REACH: usize = 60;
    // Asked of every body paragraph: a capital opens it, and a comma and a space follow
    // the place, then a month or a day — found by bytes, before any other test.
    let bytes = text.as_bytes();
    if !bytes.first().is_some_and(u8::is_ascii_uppercase) {
        return None;
    }
    let head = &text[..char_prefix_len(text, REACH)];
    let comma = memchr::memchr(b',', head.as_bytes())?;
    let rest = head
        .get(comma + 2..)
        .filter(|_| bytes.get(comma + 1) == Some(&b' '))?;
    let space = memchr::memchr(b' ', rest.as_bytes())?;
    let (first, rest) = (&rest[..space], &rest[space + 1..]);
    // The month in any case ("MAY", "Oct."), asked of the lexicon's list as it writes
    // them ("May"), in a buffer on the stack.
    let is_month = |m: &str| {
        let mut title = [0u8; 10];
        if !(3..=title.len()).contains(&m.len()) || !m.is_ascii() {
            return false;
        }
        let title = &mut title[..m.len()];
        title.copy_from_slice(m.as_bytes());
        title.make_ascii_lowercase();
        title[0].make_ascii_uppercase();
        std::str::from_utf8(title).is_ok_and(crate::lexicon::is_month)
    };
    let place = &head[..comma];
    let day_digits = |t: &str| t.bytes().take_while(u8::is_ascii_digit).count();
    let after_day = if is_month(first) {
        // "Tashkent, October 14 (UzA). "
        let digits = day_digits(rest);
        if !(1..=2).contains(&digits) {
            return None;
        }
        &rest[digits..]
    } else {
        // "Mary, 24 September 2026 (TNIS). ": the day first, a year perhaps after the
        // month.
        if !(1..=2).contains(&first.len()) || day_digits(first) != first.len() {
            return None;
        }
        let end = rest
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(rest.len());
        if !is_month(&rest[..end]) {
            return None;
        }
        let after_month = &rest[end..];
        match after_month.strip_prefix(' ') {
            Some(y) if day_digits(y) == 4 => &y[4..],
            _ => after_month,
        }
    };
    let caps = |w: &str| {
        w.chars().any(char::is_alphabetic)
            && w.chars()
                .all(|c| c.is_uppercase() || matches!(c, ' ' | '-' | '.' | '\''))
    };
    let (agency, close) = if let Some(r) = after_day.strip_prefix(", ") {
        // The comma form: the place in capitals too, the agency up to its full stop.
        if !caps(place) {
            return None;
        }
        (&r[..memchr::memchr(b'.', r.as_bytes())?], ". ")
    } else {
        let r = after_day.strip_prefix(" (")?;
        (&r[..memchr::memchr(b')', r.as_bytes())?], "). ")
    };
    // Both forms open with two bytes before the agency (", " or " (").
    let tail = after_day.get(2 + agency.len()..)?.strip_prefix(close)?;
    let dateline = place.split(' ').count() <= 3
        && place
            .split(' ')
            .all(|w| w.starts_with(|c: char| c.is_uppercase()))
        && (2..=12).contains(&agency.len())
        && agency.bytes().all(|b| b.is_ascii_alphabetic())
        && agency.bytes().filter(u8::is_ascii_uppercase).count() >= 2;
    if !dateline {
        return None;
    }
    let end = head.len() - tail.len();
    Some(end + text[end..].len() - text[end..].trim_start().len())
}

/// Whether the words before a dateline's separator make one: `first_word` is the
/// prefix's first run of letters, dots and apostrophes, `colon` whether the separator is
/// ": ". A colon dateline needs a place in capitals ("KYIV: …"); a dash needs capitals or
/// an agency in brackets ("(Reuters) - …"), so "Russia — and Ukraine —" prose is left
/// alone.
fn dateline_prefix(prefix: &str, first_word: &str, colon: bool) -> bool {
    let letters = first_word.chars().filter(|c| c.is_alphabetic()).count();
    let all_caps_place = letters >= 3 && first_word.chars().all(|c| !c.is_lowercase());
    let agency = prefix.ends_with(')')
        && prefix
            .rfind('(')
            .is_some_and(|o| prefix[o + 1..prefix.len() - 1].split_whitespace().count() <= 4)
        && prefix.starts_with(|c: char| c.is_uppercase() || c == '(');
    // "By Dana Whitford (March 17, 2026, 6:41 PM EDT) -- An Illinois federal judge …": a
    // legal wire's byline and time stamp before the lede, on its line.
    let byline = prefix.starts_with("By ")
        && prefix.ends_with(')')
        && prefix
            .rfind('(')
            .is_some_and(|o| prefix[o..].bytes().any(|b| b.is_ascii_digit()));
    all_caps_place || ((agency || byline) && !colon)
}

/// The byte length of the first `n` characters of `text` (all of it when shorter),
/// counting the bytes that start a character instead of decoding them.
fn char_prefix_len(text: &str, n: usize) -> usize {
    let bytes = text.as_bytes();
    if bytes.get(..n).is_some_and(<[u8]>::is_ascii) {
        return n;
    }
    let mut chars = 0;
    // Eight bytes at a time while the `n`-th character starts beyond them: every
    // paragraph's dateline test asks for its first 110 characters, and the typographic
    // quotes and dashes of news copy made nearly every one count them a byte at a time.
    let mut from = 0;
    while let Some(chunk) = bytes.get(from..from + 8) {
        let w = crate::swar::word(chunk);
        // Continuation bytes (10xxxxxx): the high bit set and the next bit clear.
        let continuations = (w & !(w << 1) & crate::swar::HIGHS).count_ones() as usize;
        let starts = 8 - continuations;
        if chars + starts > n {
            break;
        }
        chars += starts;
        from += 8;
    }
    for (i, &b) in bytes.iter().enumerate().skip(from) {
        // A byte that is not a UTF-8 continuation byte (10xxxxxx) starts a character.
        if b & 0xC0 != 0x80 {
            if chars == n {
                return i;
            }
            chars += 1;
        }
    }
    bytes.len()
}

const TERMINALS: &[char] = &['.', '!', '?', '…'];
const CLOSERS: &[char] = &['”', '’', '"', '\'', '»', '›', ')', ']', '」', '』'];

/// Bytes that can start a terminal, by byte ('.', '!', '?' and E2, which opens '…'): what
/// `each_sentence` finds with [`Candidates`] (the tests check the two agree).
#[cfg(test)]
static MAY_START_TERMINAL: [bool; 256] = {
    let mut t = [false; 256];
    t[b'.' as usize] = true;
    t[b'!' as usize] = true;
    t[b'?' as usize] = true;
    t[0xE2] = true;
    t
};

/// The positions of a text's bytes that belong to either of two sets, in order, from two
/// memchr searches (up to three bytes each) merged: the sentence splitter and the
/// quotation finder look only at the bytes that can start a terminal or a mark, and
/// testing every byte of every paragraph in turn for them was about a fortieth of all
/// extraction's instructions.
struct Candidates<A: Iterator<Item = usize>, B: Iterator<Item = usize>> {
    a: std::iter::Peekable<A>,
    b: std::iter::Peekable<B>,
}

impl<A: Iterator<Item = usize>, B: Iterator<Item = usize>> Candidates<A, B> {
    fn new(a: A, b: B) -> Self {
        Candidates {
            a: a.peekable(),
            b: b.peekable(),
        }
    }

    /// The first position at or after `from`.
    fn next_from(&mut self, from: usize) -> Option<usize> {
        while self.a.next_if(|&p| p < from).is_some() {}
        while self.b.next_if(|&p| p < from).is_some() {}
        match (self.a.peek(), self.b.peek()) {
            (Some(&x), Some(&y)) => Some(x.min(y)),
            (Some(&x), None) | (None, Some(&x)) => Some(x),
            (None, None) => None,
        }
    }
}

/// Split the paragraph `span` of `view` into sentence spans (trimmed).
pub fn split_sentences(view: &str, span: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    each_sentence(view, span, |r| out.push(r));
    out
}

/// [`split_sentences`], handing each sentence's range to `push` as it is found instead of
/// collecting them (segmentation pushes them straight into the document's list).
fn each_sentence(view: &str, span: Range<usize>, mut push: impl FnMut(Range<usize>)) {
    let base = span.start;
    let s = &view[span];
    let mut start = s.len() - s.trim_start().len();
    // Only the bytes that can start a terminal are looked at: '.', '!', '?' and E2, the
    // first byte of '…' in UTF-8 (never a byte inside a character).
    let bytes = s.as_bytes();
    let mut candidates = Candidates::new(
        memchr::memchr3_iter(b'.', b'!', b'?', bytes),
        memchr::memchr_iter(0xE2, bytes),
    );
    let mut from = 0;
    while let Some(i) = candidates.next_from(from) {
        let Some(c) = s[i..].chars().next() else {
            break;
        };
        from = i + c.len_utf8();
        if !TERMINALS.contains(&c) {
            continue;
        }
        // The run of terminal punctuation, then closing quotes and brackets.
        let mut j = from;
        let mut single_period = c == '.';
        while let Some(d) = s[j..].chars().next()
            && TERMINALS.contains(&d)
        {
            single_period = false;
            j += d.len_utf8();
        }
        let mut closed = false;
        while let Some(d) = s[j..].chars().next()
            && CLOSERS.contains(&d)
        {
            closed = true;
            j += d.len_utf8();
        }
        from = j;
        let rest = &s[j..];
        let Some(next) = rest.chars().next() else {
            break;
        };
        if !next.is_whitespace() {
            continue;
        }
        let after = rest.trim_start();
        let Some(n) = after.chars().next() else {
            break;
        };
        if !is_boundary(&s[start..i], c, single_period && !closed, after, n) {
            continue;
        }
        push(base + start..base + trim_end_at(s, j));
        start = s.len() - after.len();
    }
    let end = trim_end_at(s, s.len());
    if end > start {
        push(base + start..base + end);
    }
}

fn trim_end_at(s: &str, end: usize) -> usize {
    s[..end].trim_end().len()
}

fn is_boundary(before: &str, term: char, plain_period: bool, after: &str, next: char) -> bool {
    if next.is_lowercase() {
        // "“Really?” he asked." / "the U.S. officials" / "3 p.m. local time".
        return false;
    }
    if !matches!(term, '.') || !plain_period {
        return true;
    }
    let word = before
        .rsplit(|c: char| c.is_whitespace() || matches!(c, '(' | '[' | '“' | '"' | '‘' | '«'))
        .next()
        .unwrap_or("");
    if word.is_empty() {
        return true;
    }
    // A single capital letter is an initial: "Donald J. Trump".
    let mut chars = word.chars();
    if let (Some(f), None) = (chars.next(), chars.next())
        && f.is_uppercase()
    {
        return false;
    }
    let class = ABBREVIATIONS.get(word).copied().or_else(|| {
        // Dotted initialisms not in the list ("J.D.", "N.A.T.O") behave like "U.S.".
        (word.contains('.')
            && word
                .split('.')
                .all(|p| p.chars().count() <= 2 && p.chars().all(char::is_alphabetic)))
        .then_some(AbbrevClass::CanEnd)
    });
    match class {
        None => true,
        Some(AbbrevClass::Title | AbbrevClass::Never) => false,
        Some(AbbrevClass::BeforeNumber) => !next.is_ascii_digit(),
        Some(AbbrevClass::CanEnd) => {
            if crate::ingest::is_quote_char(next) {
                return true;
            }
            let w: &str = after
                .split(|c: char| !c.is_alphanumeric() && c != '\'')
                .next()
                .unwrap_or("");
            SENTENCE_STARTERS.contains(w)
        }
    }
}

// ---------------------------------------------------------------------------------------
// Quotations
// ---------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    /// A straight mark that can open or close: the pairing decides.
    Either,
    Apostrophe,
}

#[derive(Debug, Clone, Copy)]
struct Mark {
    at: usize,
    len: usize,
    ch: char,
    family: MarkFamily,
    role: Role,
    /// A closing single mark that looks like a plural possessive ("leaders’ summit").
    possessive: bool,
}

impl MarkFamily {
    /// Position in [`MarkFamily::COUNT`]-long per-family tables.
    fn index(self) -> usize {
        match self {
            MarkFamily::Double => 0,
            MarkFamily::Single => 1,
            MarkFamily::Guillemet => 2,
            MarkFamily::SingleGuillemet => 3,
            MarkFamily::Corner => 4,
        }
    }

    const COUNT: usize = 5;
}

fn family_of(c: char) -> Option<MarkFamily> {
    Some(match c {
        '“' | '”' | '„' | '‟' | '"' => MarkFamily::Double,
        '‘' | '’' | '‚' | '‛' | '\'' => MarkFamily::Single,
        '«' | '»' => MarkFamily::Guillemet,
        '‹' | '›' => MarkFamily::SingleGuillemet,
        '「' | '」' | '『' | '』' => MarkFamily::Corner,
        _ => return None,
    })
}

fn is_opening_punct(c: char) -> bool {
    matches!(
        c,
        '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':' | '“' | '‘' | '«' | '‹' | '„' | '‚'
    )
}

fn is_closing_punct(c: char) -> bool {
    matches!(
        c,
        '.' | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | ')'
            | ']'
            | '}'
            | '—'
            | '–'
            | '-'
            | '…'
            | '”'
            | '’'
            | '»'
            | '›'
    )
}

/// Classify a quote-like character by what surrounds it ("flanking"): preceded by space and
/// followed by a word it opens; preceded by a word and followed by space or punctuation it
/// closes; between two letters or before digits it is an apostrophe (Russia’s, don't, ’90s).
fn classify(c: char, prev: Option<char>, next: Option<char>) -> Option<(MarkFamily, Role)> {
    let family = family_of(c)?;
    let prev_space = prev.is_none_or(|p| p.is_whitespace() || is_opening_punct(p));
    let next_space = next.is_none_or(|n| n.is_whitespace() || is_closing_punct(n));
    let left = prev_space && !next_space;
    let right = !prev_space && next_space;
    let prev_alnum = prev.is_some_and(char::is_alphanumeric);
    let next_alnum = next.is_some_and(char::is_alphanumeric);
    let next_digit = next.is_some_and(|n| n.is_ascii_digit());
    let role = match c {
        '“' | '„' | '‟' | '«' | '‹' | '「' | '『' | '‚' => {
            if right && c == '“' {
                // German „…“ or a mistyped closer: decided by the pairing.
                Role::Either
            } else if right && c == '«' {
                Role::Close
            } else {
                Role::Open
            }
        }
        '”' | '»' | '›' | '」' | '』' => {
            if left && matches!(c, '”' | '»') {
                Role::Either
            } else {
                Role::Close
            }
        }
        '"' => {
            if left {
                Role::Open
            } else if right {
                Role::Close
            } else {
                Role::Either
            }
        }
        '‘' | '‛' => {
            if prev_alnum && next_alnum || (prev_space && next_digit) {
                Role::Apostrophe
            } else if right {
                Role::Close
            } else {
                Role::Open
            }
        }
        '’' | '\'' => {
            if (prev_alnum && next_alnum) || (prev_space && next_digit) {
                // Russia’s, don’t, ’90s
                Role::Apostrophe
            } else if left {
                // ’em, 'tis — or a straight opening quote.
                if c == '\'' {
                    Role::Open
                } else {
                    Role::Apostrophe
                }
            } else if right {
                Role::Close
            } else {
                Role::Apostrophe
            }
        }
        _ => return None,
    };
    Some((family, role))
}

struct OpenQuote {
    open: Option<Range<usize>>,
    family: MarkFamily,
    straight: bool,
    part_start: usize,
    parts: Vec<Range<usize>>,
    first_para: usize,
    depth: usize,
}

/// Whether a byte can start one of the marks of [`family_of`]: `"`, `'`, or the first
/// byte of « » (C2), ‘ ’ ‚ ‛ “ ” „ ‟ ‹ › (E2) or 「 」 『 』 (E3) in UTF-8.
#[cfg(test)]
fn may_start_mark(b: u8) -> bool {
    MAY_START_MARK[usize::from(b)]
}

/// [`may_start_mark`] by byte: what `marks_in` finds with [`Candidates`] (the tests
/// check the two agree).
#[cfg(test)]
static MAY_START_MARK: [bool; 256] = {
    let mut t = [false; 256];
    t[b'"' as usize] = true;
    t[b'\'' as usize] = true;
    t[0xC2] = true;
    t[0xE2] = true;
    t[0xE3] = true;
    t
};

/// The quotation marks of `view[span]`, in `marks` (cleared first: the paragraphs of a
/// document reuse one vector).
fn marks_in(view: &str, span: Range<usize>, marks: &mut Vec<Mark>) {
    let s = &view[span.clone()];
    marks.clear();
    // Most characters are no quotation mark: only the bytes that can start one are
    // looked at, and the characters on either side of a candidate are decoded there.
    // (The bytes tested are never inside a character: a continuation byte is 80–BF.)
    let bytes = s.as_bytes();
    // The bytes of `may_start_mark`.
    let mut candidates = Candidates::new(
        memchr::memchr3_iter(b'"', b'\'', 0xC2, bytes),
        memchr::memchr2_iter(0xE2, 0xE3, bytes),
    );
    let mut from = 0;
    while let Some(i) = candidates.next_from(from) {
        let Some(c) = s[i..].chars().next() else {
            break;
        };
        from = i + c.len_utf8();
        let prev = s[..i].chars().next_back();
        let next = s[from..].chars().next();
        if let Some((family, role)) = classify(c, prev, next) {
            // "leaders’ summit": an s before a closing single mark and a lower-case word
            // after it is probably a plural possessive.
            let possessive = family == MarkFamily::Single
                && role == Role::Close
                && matches!(prev, Some('s' | 'S'))
                && s[i + c.len_utf8()..]
                    .trim_start()
                    .starts_with(|n: char| n.is_lowercase());
            marks.push(Mark {
                at: span.start + i,
                len: c.len_utf8(),
                ch: c,
                family,
                role,
                possessive,
            });
        }
    }
}

/// Find all quotations in the paragraphs (see the module doc for the rules).
fn find_quotations(view: &str, paras: &[Paragraph]) -> Vec<Quotation> {
    // Room for a quotation per two paragraphs, about what news copy has: grown from four,
    // the vector was copied some three times.
    let mut out: Vec<Quotation> = Vec::with_capacity(paras.len() / 2);
    let mut carried: Option<OpenQuote> = None;
    // The marks, open quotations and per-family positions below are one set of vectors
    // for the document, cleared per paragraph: new ones were three allocations for every
    // paragraph with a quotation mark. They are the thread's, kept from one document to
    // the next ([`QUOTE_SCRATCH`]).
    let (mut marks, mut stack, mut open_of) = QUOTE_SCRATCH.take();
    for (pi, para) in paras.iter().enumerate() {
        marks_in(view, para.span.clone(), &mut marks);
        stack.clear();
        // For each family, the stack positions of its open quotations, innermost last: the
        // quotation a mark would close is found without walking the stack, which holds one
        // entry per unclosed opener (100,000 of them in a paragraph of unbalanced marks).
        for o in &mut open_of {
            o.clear();
        }
        // For each family, the index of its last closing mark in the paragraph (for the
        // possessive test below, instead of rescanning the rest of the marks each time).
        let mut last_close: [Option<usize>; MarkFamily::COUNT] = [None; MarkFamily::COUNT];
        for (mi, m) in marks.iter().enumerate() {
            if m.role == Role::Close {
                last_close[m.family.index()] = Some(mi);
            }
        }
        let mut skip_first = false;
        if let Some(mut q) = carried.take() {
            // The carried quotation continues only if this paragraph opens with a mark of
            // its family (checked by the previous paragraph); the mark is consumed.
            let first = marks.first();
            q.part_start = first.map_or(para.span.start, |m| m.at + m.len);
            open_of[q.family.index()].push(stack.len());
            stack.push(q);
            skip_first = true;
        }
        // Whether a quotation opened or closed earlier in this paragraph.
        let mut any_event = skip_first;
        for (mi, m) in marks.iter().enumerate() {
            if skip_first && mi == 0 {
                continue;
            }
            let open_idx = open_of[m.family.index()].last().copied();
            let role = match m.role {
                Role::Either => {
                    if open_idx.is_some() {
                        Role::Close
                    } else {
                        Role::Open
                    }
                }
                // “ after a word with a guillemet or double open is a closer (German „…“).
                r => r,
            };
            match role {
                Role::Apostrophe | Role::Either => {}
                Role::Open => {
                    any_event = true;
                    open_of[m.family.index()].push(stack.len());
                    stack.push(OpenQuote {
                        open: Some(m.at..m.at + m.len),
                        family: m.family,
                        straight: matches!(m.ch, '"' | '\''),
                        part_start: m.at + m.len,
                        parts: Vec::new(),
                        first_para: pi,
                        depth: stack.len(),
                    })
                }
                Role::Close => {
                    let Some(k) = open_idx else {
                        // A closer with nothing open: if no quotation opened or closed
                        // before it in the paragraph and it is not an apostrophe-like
                        // single mark, the opening mark was left out — take the quotation
                        // from the paragraph start.
                        if m.family != MarkFamily::Single && !any_event {
                            out.push(Quotation {
                                open: None,
                                close: Some(m.at..m.at + m.len),
                                parts: std::iter::once(para.span.start..m.at).collect(),
                                depth: 0,
                                family: m.family,
                                first_para: pi,
                                last_para: pi,
                            });
                            any_event = true;
                        }
                        continue;
                    };
                    // A possessive-looking single closer is an apostrophe when another
                    // closer of the family follows in this paragraph.
                    if m.possessive && last_close[m.family.index()].is_some_and(|l| l > mi) {
                        continue;
                    }
                    // Quotes opened inside and never closed end here too. Each quotation is
                    // pushed and popped once, so this is linear over the paragraph.
                    while stack.len() > k + 1 {
                        if let Some(inner) = stack.pop() {
                            open_of[inner.family.index()].pop();
                            finish(&mut out, inner, m.at, None, pi);
                        }
                    }
                    if let Some(q) = stack.pop() {
                        open_of[q.family.index()].pop();
                        finish(&mut out, q, m.at, Some(m.at..m.at + m.len), pi);
                        any_event = true;
                    }
                }
            }
        }
        // Paragraph end: the outermost open quotation continues if the next body paragraph
        // opens with a mark of its family; everything else ends here.
        let next_opens = paras.get(pi + 1).and_then(|next| {
            if next.role != ParaRole::Body || para.role != ParaRole::Body {
                return None;
            }
            let c = view[next.span.clone()].chars().next()?;
            let (fam, role) = classify(c, None, view[next.span.clone()].chars().nth(1))?;
            (role == Role::Open || role == Role::Either).then_some(fam)
        });
        let mut outer = None;
        if !stack.is_empty() {
            let first = stack.remove(0);
            outer = Some(first);
        }
        // Nested quotes still open at the paragraph end close with it.
        while let Some(inner) = stack.pop() {
            let keep = inner.family != MarkFamily::Single || !inner.straight;
            if keep && inner.family != MarkFamily::Single {
                finish(&mut out, inner, para.span.end, None, pi);
            }
        }
        if let Some(mut q) = outer {
            if Some(q.family) == next_opens {
                q.parts.push(q.part_start..para.span.end);
                carried = Some(q);
            } else if q.family != MarkFamily::Single || (!q.straight && q.depth == 0) {
                // An unclosed double quote ends with its paragraph; an unclosed single one
                // is kept only if it was a curly opening mark (a straight ' that never
                // closes is an apostrophe: 'tis, rock 'n' roll).
                finish(&mut out, q, para.span.end, None, pi);
            }
        }
    }
    // A quotation is carried only when a next paragraph exists, so nothing is left here.
    debug_assert!(carried.is_none());
    marks.clear();
    marks.shrink_to(KEEP_MARKS);
    stack.clear();
    stack.shrink_to(KEEP_MARKS);
    for o in &mut open_of {
        o.clear();
        o.shrink_to(KEEP_MARKS);
    }
    QUOTE_SCRATCH.set((marks, stack, open_of));
    out.sort_by_key(|q| (q.start(), q.depth));
    out
}

/// The vectors [`find_quotations`] works in (marks, open quotations, the positions of
/// each family's), emptied, for the thread's next document: new ones were three
/// allocations per document (and their growths).
type QuoteScratch = (Vec<Mark>, Vec<OpenQuote>, [Vec<usize>; MarkFamily::COUNT]);

thread_local! {
    static QUOTE_SCRATCH: std::cell::Cell<QuoteScratch> = std::cell::Cell::default();
}

/// Vectors above this many entries are shrunk before they are kept, so one paragraph of
/// unbalanced marks does not hold its memory for the life of the thread.
const KEEP_MARKS: usize = 4096;

fn finish(
    out: &mut Vec<Quotation>,
    mut q: OpenQuote,
    end: usize,
    close: Option<Range<usize>>,
    para: usize,
) {
    if end >= q.part_start {
        q.parts.push(q.part_start..end);
    }
    q.parts.retain(|p| p.end > p.start);
    // An opening mark with nothing after it in its paragraph and no closing mark quotes
    // nothing: it is a stray mark, not a quotation (found by fuzzing, `"\n\""`).
    if q.parts.is_empty() && close.is_none() {
        return;
    }
    out.push(Quotation {
        open: q.open,
        close,
        parts: q.parts,
        depth: q.depth,
        family: q.family,
        first_para: q.first_para,
        last_para: para,
    });
}

/// Index of each quotation by the byte where it starts, for look-ups.
pub fn quote_starts(quotes: &[Quotation]) -> HashMap<usize, usize> {
    quotes
        .iter()
        .enumerate()
        .map(|(i, q)| (q.start(), i))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::InputFormat;

    fn doc(text: &str) -> Document {
        Document::from_text("t.txt", 0, text.to_string(), InputFormat::Text)
    }

    fn sentences(text: &str) -> Vec<String> {
        let d = doc(text);
        let s = segment(&d);
        s.sentences
            .iter()
            .filter(|x| s.paragraphs[x.para].role == ParaRole::Body)
            .map(|x| d.text[x.span.clone()].to_string())
            .collect()
    }

    fn quotes(text: &str) -> Vec<String> {
        let d = doc(text);
        let s = segment(&d);
        s.quotes
            .iter()
            .filter(|q| q.depth == 0)
            .map(|q| q.text(d.view()).to_string())
            .collect()
    }

    #[test]
    fn abbreviations_titles_initials_decimals() {
        assert_eq!(
            sentences(
                "Mr. Smith met Gen. Jones at 9 a.m. on Oct. 16. Donald J. Trump spoke. It rose 2.5 per cent. Then the U.S. Senate voted. He flew to the U.S. The talks began."
            ),
            [
                "Mr. Smith met Gen. Jones at 9 a.m. on Oct. 16.",
                "Donald J. Trump spoke.",
                "It rose 2.5 per cent.",
                "Then the U.S. Senate voted.",
                "He flew to the U.S.",
                "The talks began."
            ]
        );
    }

    #[test]
    fn a_currency_with_a_period_before_the_amount_ends_no_sentence() {
        // South Asian copy writes the rupee and the taka with a period ("Rs. 368",
        // "Tk. 500"), Indonesian copy the rupiah ("Rp. 15.000"); without a number after
        // it the abbreviation may end a sentence.
        assert_eq!(
            sentences(
                "Petrol is sold at Rs. 368 a litre and diesel at Rs. 351. Rice costs Tk. 80 a kilo. Oil is Rp. 15.000 a litre. The fare is 40 Rs. Buses run late."
            ),
            [
                "Petrol is sold at Rs. 368 a litre and diesel at Rs. 351.",
                "Rice costs Tk. 80 a kilo.",
                "Oil is Rp. 15.000 a litre.",
                "The fare is 40 Rs.",
                "Buses run late."
            ]
        );
    }

    #[test]
    fn quote_aware_sentences() {
        assert_eq!(
            sentences("“Are you sure?” he asked. “Yes.” She left. No. 10 said so."),
            [
                "“Are you sure?” he asked.",
                "“Yes.”",
                "She left.",
                "No. 10 said so."
            ]
        );
    }

    #[test]
    fn live_blog_time_stamps_are_cut() {
        for (t, body) in [
            ("14:32 GMT — Police spoke.", "Police spoke."),
            ("9.05am: Police spoke.", "Police spoke."),
            ("  18:42    – Police spoke.", "Police spoke."),
            ("10:15 a.m. ET - Police spoke.", "Police spoke."),
        ] {
            let n = timestamp_prefix_len(t).unwrap_or(0);
            assert_eq!(&t[n..], body, "{t}");
        }
        for t in [
            "12 people — most of them children — died.",
            "2024: a year of floods.",
            "14:32 GMT",
            "The 9.05am train: late again.",
        ] {
            assert_eq!(timestamp_prefix_len(t), None, "{t}");
        }
    }

    #[test]
    fn datelines_are_cut() {
        for (t, body) in [
            ("WASHINGTON, Oct 16 (GWS) – Trump spoke.", "Trump spoke."),
            ("KYIV, Ukraine (AP) — Zelensky spoke.", "Zelensky spoke."),
            ("(Reuters) - Putin spoke.", "Putin spoke."),
            ("MOSCOW: The Kremlin said so.", "The Kremlin said so."),
            (
                "Moscow, October 17 (RNA) — Ushakov spoke.",
                "Ushakov spoke.",
            ),
        ] {
            let n = dateline_len(t).unwrap_or(0);
            assert_eq!(&t[n..], body, "{t}");
        }
        for t in [
            "Trump — the president — spoke.",
            "He said: this is it.",
            "Russia - and Ukraine - spoke.",
        ] {
            assert_eq!(dateline_len(t), None, "{t}");
        }
    }

    #[test]
    fn slash_agency_datelines_are_cut() {
        for (t, body) in [
            (
                "Ulaanbaatar, April 15 /KNA/. Coal exports rose.",
                "Coal exports rose.",
            ),
            (
                "Ulaanbaatar /MONTSAME/ The talks ended.",
                "The talks ended.",
            ),
            ("Sofia, May 2 /BTA/ - The talks ended.", "The talks ended."),
            ("Ulaanbaatar, April 15 /KNA/.", ""),
            // Central Asian agencies: the date in figures, a name in quotation marks or
            // with one capital.
            (
                "DUSHANBE, 14.05.2026 /NIAT “Khovar”/. The unit was launched.",
                "The unit was launched.",
            ),
            (
                "DUSHANBE, 14.05.2026 /NIAT \"Sitora\"/. The unit was launched.",
                "The unit was launched.",
            ),
            (
                "BISHKEK /Kabar/. The unit was launched.",
                "The unit was launched.",
            ),
        ] {
            let n = slash_agency_dateline_len(t).unwrap_or(0);
            assert_eq!(&t[n..], body, "{t}");
        }
        for t in [
            "On 15/04/2026 the talks ended.",
            "Trade rose 4% y/y in May.",
            "The AC/DC tour was cancelled.",
            "“Ulaanbaatar /KNA/ said,” he wrote.",
            "He visited Paris/London/Berlin last week.",
            "Prices in Q1 /q2/ fell.",
            "DUSHANBE /NIAT Khovar/. The unit was launched.",
            "DUSHANBE /the “Khovar”/. The unit was launched.",
        ] {
            assert_eq!(slash_agency_dateline_len(t), None, "{t}");
        }
    }

    /// "YEREVAN, MAY 14, ARMENPRESS. The checkpoint …": the dateline was read as a
    /// statement of its own, its date the number.
    #[test]
    fn comma_agency_datelines_are_cut() {
        for (t, body) in [
            (
                "YEREVAN, MAY 14, ARAGATSPRESS. The Margara checkpoint will reopen.",
                "The Margara checkpoint will reopen.",
            ),
            (
                "YEREVAN, May 14, ARMENPRESS. The talks ended.",
                "The talks ended.",
            ),
            (
                "Tashkent, October 14 (YANA). A briefing was held today.",
                "A briefing was held today.",
            ),
            // The day first, and the year: Turkmen and other agencies' form.
            (
                "Mary, 24 September 2026 (TNIS). A complex was put into operation.",
                "A complex was put into operation.",
            ),
            (
                "Ashgabat, 3 May (TDH). The talks ended.",
                "The talks ended.",
            ),
        ] {
            let n = comma_agency_dateline_len(t).unwrap_or(0);
            assert_eq!(&t[n..], body, "{t}");
        }
        for t in [
            "YEREVAN, MAY 14, the talks ended. They resume.",
            "The talks, May 14, NATO. They resume.",
            "PARIS, MAY 14, 2026. The talks ended.",
            "US, UK, EU. The talks ended.",
            "Paris, May 14 (a Monday). The talks ended.",
            "Paris, 14 May 2026 (a Monday). The talks ended.",
            "Rates, 14 percent (est.). The talks ended.",
        ] {
            assert_eq!(comma_agency_dateline_len(t), None, "{t}");
        }
    }

    #[test]
    fn furniture_is_recognized() {
        let d = doc(
            "Trump to meet Putin in Budapest\n\nBy Jane Doe\n\nWASHINGTON (GWS) — Trump said so.\n\nPhoto: Jane Doe/Getty Images\n\n18:42 BST\n\nKey events\n\nReporting by Jane Doe; Editing by John Roe\n",
        );
        let s = segment(&d);
        let roles: Vec<_> = s.paragraphs.iter().map(|p| p.role).collect();
        assert_eq!(
            roles,
            [
                ParaRole::Headline,
                ParaRole::Byline,
                ParaRole::Body,
                ParaRole::Credit,
                ParaRole::Timestamp,
                ParaRole::Subheading,
                ParaRole::Boilerplate
            ]
        );
        assert_eq!(&d.text[s.paragraphs[2].span.clone()], "Trump said so.");
    }

    /// A lede in US style ends with its full stop inside the closing quotation mark
    /// (`… "very productive."`): it is body, not a second headline, even as the first
    /// paragraph after the headline. A headline never ends with a full stop.
    #[test]
    fn a_lede_ending_inside_a_quotation_is_body() {
        for (text, closing) in [
            (
                "Talks end\n\nThe minister said the talks were \"very productive.\"\n\nHe left.\n",
                "\"",
            ),
            (
                "Talks end\n\nThe minister called the talks “very productive.”\n\nHe left.\n",
                "”",
            ),
            (
                "Talks end\n\nMarco doesn't miss it. ‘Not for a second.’\n\nHe left.\n",
                "’",
            ),
        ] {
            let d = doc(text);
            let s = segment(&d);
            let roles: Vec<_> = s.paragraphs.iter().map(|p| p.role).collect();
            assert_eq!(
                roles,
                [ParaRole::Headline, ParaRole::Body, ParaRole::Body],
                "{closing}: {text}"
            );
        }
        // A headline that ends with a quotation but no full stop stays the headline.
        let d = doc("Putin calls talks “useful”\n\nThe Kremlin said so.\n");
        let roles: Vec<_> = segment(&d).paragraphs.iter().map(|p| p.role).collect();
        assert_eq!(roles, [ParaRole::Headline, ParaRole::Body]);
    }

    #[test]
    fn all_mark_styles() {
        assert_eq!(quotes("“Curly,” he said."), ["Curly,"]);
        assert_eq!(quotes("\"Straight,\" he said."), ["Straight,"]);
        assert_eq!(quotes("‘Single,’ he said."), ["Single,"]);
        assert_eq!(quotes("«Guillemets», he said."), ["Guillemets"]);
        assert_eq!(quotes("„German“, he said."), ["German"]);
        assert_eq!(
            quotes("He hailed the \"great progress” made."),
            ["great progress"]
        );
        assert_eq!(quotes("'Straight single,' he said."), ["Straight single,"]);
    }

    #[test]
    fn nested_quotes_stay_inside() {
        let t = "He wrote that he hoped “to end this ‘inglorious’ war”.";
        assert_eq!(quotes(t), ["to end this ‘inglorious’ war"]);
        let d = doc(t);
        assert_eq!(segment(&d).quotes.len(), 2);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert_eq!(
            quotes("Russia’s envoy recalled the ’90s and the leaders’ summit, but didn’t comment."),
            Vec::<String>::new()
        );
        assert_eq!(
            quotes("‘The leaders’ summit is on,’ he said."),
            ["The leaders’ summit is on,"]
        );
    }

    #[test]
    fn multi_paragraph_quote_is_one() {
        let q = quotes("He said: “First part.\n\n“Second part,” he added.\n\nAfter.");
        assert_eq!(q, ["First part. Second part,"]);
    }

    #[test]
    fn unbalanced_marks_never_swallow_the_document() {
        let q =
            quotes("He said “this never closes.\n\nNext paragraph is plain.\n\n“Fine,” she said.");
        assert_eq!(q, ["this never closes.", "Fine,"]);
        let q = quotes("Missing opener,” he said. Later “ok” too.");
        assert_eq!(q, ["Missing opener,", "ok"]);
    }

    #[test]
    fn split_quote_yields_two_quotations() {
        assert_eq!(
            quotes("“We will win,” he said, “and soon.”"),
            ["We will win,", "and soon."]
        );
    }

    /// The dateline search as first written (a `String` for the first word, every head
    /// byte tested): the byte-search version must give the same answer on any text.
    fn dateline_len_reference(text: &str) -> Option<usize> {
        let head_end = text.char_indices().nth(110).map_or(text.len(), |(i, _)| i);
        let head = &text[..head_end];
        const DASHES: [&str; 7] = [" – ", " — ", " -- ", " - ", "—", "–", ": "];
        let bytes = head.as_bytes();
        let (dash_at, dash_len) = bytes
            .iter()
            .enumerate()
            .filter(|&(i, &b)| match b {
                b' ' => matches!(bytes.get(i + 1), Some(0xE2 | b'-')),
                b':' | 0xE2 => true,
                _ => false,
            })
            .find_map(|(i, _)| {
                DASHES
                    .iter()
                    .find(|d| head[i..].starts_with(*d))
                    .map(|d| (i, d.len()))
            })?;
        let prefix = head[..dash_at].trim();
        if prefix.is_empty() || prefix.contains(['“', '”', '"', '‘', '«']) {
            return None;
        }
        if prefix.split_whitespace().count() > 12 {
            return None;
        }
        let first_word: String = prefix
            .chars()
            .take_while(|c| c.is_alphabetic() || *c == '.' || *c == '\'')
            .collect();
        let colon = head[dash_at..].starts_with(": ");
        // The rule on the prefix is shared; what this checks is how the separator and
        // the first word are found.
        if !dateline_prefix(prefix, &first_word, colon) {
            return None;
        }
        let mut end = dash_at + dash_len;
        end += text[end..].len() - text[end..].trim_start().len();
        Some(end)
    }

    #[test]
    fn datelines() {
        for (text, want) in [
            ("WASHINGTON, Oct 16 (GWS) – Talks", Some(29)),
            ("KYIV, Ukraine (AP) — The", Some(23)),
            ("MOSCOW — Talks", Some(11)),
            ("(Reuters) - Talks", Some(12)),
            ("KYIV: Talks", Some(6)),
            ("Russia — and Ukraine — talk", None),
            ("ÉLYSÉE – Talks", Some(13)),
            ("He said: “no”", None),
            // A legal wire's byline and time stamp before the lede.
            (
                "By Dana Whitford (March 17, 2026, 6:41 PM EDT) -- An Illinois judge",
                Some(50),
            ),
            // A byline's bracket with no date or time is no time stamp.
            (
                "By Dana Whitford (reporting from the capital city) -- Talks",
                None,
            ),
        ] {
            assert_eq!(dateline_len(text), want, "{text}");
            assert_eq!(dateline_len_reference(text), want, "{text}");
        }
    }

    #[test]
    fn trailer_filter_keeps_every_trailer() {
        let trailers: Vec<&str> = rows(include_str!("lexicon/layout.tsv"))
            .filter(|r| r.first() == Some(&"trailer"))
            .filter_map(|r| r.get(1).copied())
            .collect();
        assert!(trailers.len() >= 10);
        for t in trailers {
            let para = format!("{t} and more words");
            assert!(starts_with_trailer(&para), "{t}");
            assert_eq!(starts_with_trailer(&para), trailer_search(&para));
            let cut = &t[..t.char_indices().nth(1).map_or(t.len(), |(k, _)| k)];
            assert_eq!(starts_with_trailer(cut), trailer_search(cut), "{cut}");
        }
        assert!(!starts_with_trailer("The minister said on Monday."));
        assert!(!starts_with_trailer(""));
    }

    proptest::proptest! {
        /// The merged memchr searches stop at exactly the bytes the tables name, from any
        /// starting point.
        #[test]
        fn candidates_are_the_table_bytes(s in "[ a-z.!?\"'«»‘’“”„…「」\u{a0}\u{2009}é]{0,40}|\\PC{0,20}", from in 0usize..48) {
            let b = s.as_bytes();
            let table = |t: &dyn Fn(u8) -> bool| -> Option<usize> {
                (from.min(b.len())..b.len()).find(|&i| t(b[i]))
            };
            let mut terminals =
                Candidates::new(memchr::memchr3_iter(b'.', b'!', b'?', b), memchr::memchr_iter(0xE2, b));
            proptest::prop_assert_eq!(
                terminals.next_from(from),
                table(&|x| MAY_START_TERMINAL[usize::from(x)])
            );
            let mut marks = Candidates::new(
                memchr::memchr3_iter(b'"', b'\'', 0xC2, b),
                memchr::memchr2_iter(0xE2, 0xE3, b),
            );
            proptest::prop_assert_eq!(marks.next_from(from), table(&may_start_mark));
        }

        /// Eight bytes at a time answers as a byte at a time (two spaces across the
        /// eighth byte included: "abcdefg  hij", "abcdefgh  ij").
        #[test]
        fn is_collapsed_is_bytewise(s in "[ a-z\\t\\n\u{a0}\u{85}\u{2009}\u{3000}é’\u{1f}]{0,40}|\\PC{0,20}") {
            proptest::prop_assert_eq!(is_collapsed(&s), is_collapsed_from(&s, 0, false));
            for t in [
                "abcdefg  hij",
                "abcdefgh  ij",
                "abcdefgh\u{a0}ijklmnop q",
                // A word read a byte at a time (it holds a typographic apostrophe), then
                // one eight at a time, each way round, with the two spaces across them.
                "ab’cd  efghijkl",
                "abcdefg  ’bcdefg",
                "ab’cdefgh  ijklm",
            ] {
                proptest::prop_assert!(!is_collapsed(t), "{}", t);
            }
            proptest::prop_assert!(is_collapsed("abcdefg hijklmno pqrstuvw xyz"));
            proptest::prop_assert!(is_collapsed("“It’s a deal,” she said, “and we’ll sign it.”"));
        }

        #[test]
        fn dateline_matches_reference(
            s in "[A-Za-zÉé ,.():'\"“«\u{a0}\u{2003}—–-]{0,130}"
        ) {
            proptest::prop_assert_eq!(dateline_len(&s), dateline_len_reference(&s));
        }

        #[test]
        fn more_chars_than_counts(t in "[a-zé€😀 ]{0,140}", n in 0usize..130) {
            proptest::prop_assert_eq!(more_chars_than(&t, n), t.chars().count() > n);
        }

        #[test]
        fn trailer_filter_is_the_anchored_search(s in "(R|E|F|C|A|©|\\(|T|Re|RE|Fo|Co|Ad)?[A-Za-z ():©]{0,12}") {
            proptest::prop_assert_eq!(starts_with_trailer(&s), trailer_search(&s));
        }

        #[test]
        fn collapsed_is_split_whitespace_joined(
            before in "[a x]{0,3}",
            s in "[a-zé’ \t\n\r\u{b}\u{c}\u{1}\u{7f}\u{85}\u{a0}\u{1680}\u{2000}-\u{200b}\u{2028}\u{2029}\u{202f}\u{205f}\u{3000}\u{feff}]{0,40}",
        ) {
            let mut fast = before.clone();
            push_collapsed(&mut fast, &s);
            let mut want = before.clone();
            for w in s.split_whitespace() {
                if !want.is_empty() {
                    want.push(' ');
                }
                want.push_str(w);
            }
            proptest::prop_assert_eq!(fast, want);
        }

        #[test]
        fn char_prefix_is_char_indices(s in "[a-zé—“\u{10348}]{0,40}", n in 0usize..45) {
            proptest::prop_assert_eq!(
                char_prefix_len(&s, n),
                s.char_indices().nth(n).map_or(s.len(), |(i, _)| i)
            );
        }
    }
}
