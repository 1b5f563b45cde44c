//! Byte spans and their 1-based line/column positions.
//!
//! Every span in claimdiff is a byte range into [`crate::ingest::Document::text`]. Lines are
//! counted from 1 and end at `\n`, `\r\n` or a lone `\r`; columns are counted from 1 in
//! Unicode scalar values (characters), so a span round-trips through (line, column).

use std::num::NonZeroU32;

use serde::{Deserialize, Serialize};

/// A byte range with the line and column of its start.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    /// First byte (inclusive).
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// 1-based line of `start`.
    pub line: usize,
    /// 1-based column of `start`, in characters.
    pub column: usize,
    /// When the text was extracted from an HTML page or a JSON record (so `line` and
    /// `column` count lines of the extracted text), the 1-based line of the file where
    /// this text comes from, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_line: Option<usize>,
}

/// A [`Span`] in 32-bit numbers, 20 bytes, not 48: for every span of a text under
/// 4 GiB (whose source line, when it has one, is not 0). A comparison keeps one in every
/// claim ([`CompactSpan`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct NarrowSpan {
    start: u32,
    end: u32,
    line: u32,
    column: u32,
    source_line: Option<NonZeroU32>,
}

impl NarrowSpan {
    /// `s` in 32-bit numbers, when each fits.
    pub(crate) fn of(s: &Span) -> Option<NarrowSpan> {
        let small = |n: usize| u32::try_from(n).ok();
        let source_line = match s.source_line {
            None => None,
            Some(n) => Some(small(n).and_then(NonZeroU32::new)?),
        };
        Some(NarrowSpan {
            start: small(s.start)?,
            end: small(s.end)?,
            line: small(s.line)?,
            column: small(s.column)?,
            source_line,
        })
    }

    /// The span's byte range.
    pub(crate) fn range(&self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    /// The span.
    pub(crate) fn widen(&self) -> Span {
        Span {
            start: self.start as usize,
            end: self.end as usize,
            line: self.line as usize,
            column: self.column as usize,
            source_line: self.source_line.map(|n| n.get() as usize),
        }
    }
}

/// A [`Span`] held in 24 bytes, not 48: a [`NarrowSpan`] when it is one, else the span
/// boxed. A comparison holds one per claim, 36,000 at 1,000 reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum CompactSpan {
    Small(NarrowSpan),
    Big(Box<Span>),
}

impl CompactSpan {
    /// The span's byte range, read without the rest.
    pub(crate) fn range(&self) -> std::ops::Range<usize> {
        match self {
            CompactSpan::Small(n) => n.range(),
            CompactSpan::Big(s) => s.start..s.end,
        }
    }

    /// The span.
    pub(crate) fn get(&self) -> Span {
        match self {
            CompactSpan::Small(n) => n.widen(),
            CompactSpan::Big(s) => **s,
        }
    }
}

impl From<Span> for CompactSpan {
    fn from(s: Span) -> Self {
        match NarrowSpan::of(&s) {
            Some(n) => CompactSpan::Small(n),
            None => CompactSpan::Big(Box::new(s)),
        }
    }
}

/// Start offsets of every line of a text, for offset → (line, column) look-ups.
#[derive(Debug, Clone, Default)]
pub struct LineIndex {
    starts: LineStarts,
    /// Every [`CHECKPOINT`] bytes (on the next character boundary): the byte offset and
    /// the number of characters between its line's start and it. A column is counted from
    /// the nearest checkpoint or line start before the offset, so a look-up reads at most
    /// about `CHECKPOINT` bytes however long the line (a megabyte paragraph on one line
    /// would otherwise cost a megabyte per look-up).
    checkpoints: Vec<(usize, usize)>,
}

/// The byte offset of each line's start, in 32 bits for a text of up to 4 GiB: a
/// comparison holds every document's index, and in 64 bits the indexes of 1,000 reports
/// were 0.73 MB of its peak.
#[derive(Debug, Clone)]
enum LineStarts {
    Narrow(Vec<u32>),
    Wide(Vec<usize>),
}

impl Default for LineStarts {
    fn default() -> Self {
        LineStarts::Narrow(Vec::new())
    }
}

impl LineStarts {
    /// The first line's start, with room for `lines` of a text of `text_len` bytes: in
    /// 32 bits when the length fits them (every start is at most the length).
    fn for_text(text_len: usize, lines: usize) -> LineStarts {
        let mut starts = if u32::try_from(text_len).is_ok() {
            LineStarts::Narrow(Vec::with_capacity(lines))
        } else {
            LineStarts::Wide(Vec::with_capacity(lines))
        };
        starts.push(0);
        starts
    }

    /// Add the start of the next line (at most the text's length).
    fn push(&mut self, start: usize) {
        match self {
            LineStarts::Narrow(v) => v.push(start as u32),
            LineStarts::Wide(v) => v.push(start),
        }
    }

    fn shrink_to_fit(&mut self) {
        match self {
            LineStarts::Narrow(v) => v.shrink_to_fit(),
            LineStarts::Wide(v) => v.shrink_to_fit(),
        }
    }

    fn get(&self, line: usize) -> Option<usize> {
        match self {
            LineStarts::Narrow(v) => v.get(line).map(|&s| s as usize),
            LineStarts::Wide(v) => v.get(line).copied(),
        }
    }

    /// How many starts are at or before `offset`.
    fn at_or_before(&self, offset: usize) -> usize {
        match self {
            LineStarts::Narrow(v) => v.partition_point(|&s| s as usize <= offset),
            LineStarts::Wide(v) => v.partition_point(|&s| s <= offset),
        }
    }

    fn len(&self) -> usize {
        match self {
            LineStarts::Narrow(v) => v.len(),
            LineStarts::Wide(v) => v.len(),
        }
    }
}

/// Distance in bytes between two column checkpoints (see [`LineIndex`]).
const CHECKPOINT: usize = 4096;

impl LineIndex {
    /// Index the line starts of `text`. `\r\n` counts as one line end, a lone `\r` as one.
    pub fn new(text: &str) -> LineIndex {
        let bytes = text.as_bytes();
        // Room for a line per 64 bytes (news copy has fewer): grown from one, the vector
        // was copied some seven times for an article.
        let mut starts = LineStarts::for_text(bytes.len(), bytes.len() / 64 + 1);
        let mut checkpoints = Vec::with_capacity(bytes.len() / CHECKPOINT + 1);
        let mut next_checkpoint = CHECKPOINT;
        // Characters from the current line's start up to byte `counted`: counted only up
        // to each checkpoint, while the line ends are found with memchr, instead of a
        // test per byte of the text.
        let mut counted = 0;
        let mut column = 0;
        let mut line_ends = memchr::memchr2_iter(b'\n', b'\r', bytes)
            .filter(|&i| bytes[i] == b'\n' || bytes.get(i + 1) != Some(&b'\n'))
            .map(|i| i + 1);
        loop {
            // The rest of the current line, with its line end.
            let next_start = line_ends.next();
            let end = next_start.unwrap_or(bytes.len());
            while next_checkpoint < end {
                // On the next character boundary; the line end byte is one, so only the
                // last line can end without one.
                let Some(i) = (next_checkpoint..end).find(|&i| !is_continuation(bytes[i])) else {
                    break;
                };
                column += chars_in(&bytes[counted..i]);
                counted = i;
                checkpoints.push((i, column));
                next_checkpoint = i + CHECKPOINT;
            }
            let Some(start) = next_start else {
                break;
            };
            starts.push(start);
            counted = start;
            column = 0;
        }
        // Kept as long as the document: without the room of the estimate or of growth
        // past it (news copy broken at every sentence outgrows it).
        starts.shrink_to_fit();
        checkpoints.shrink_to_fit();
        LineIndex {
            starts,
            checkpoints,
        }
    }

    /// The 1-based (line, column) of byte `offset` in `text` (the text this index was built
    /// from). Offsets past the end clamp to the end; offsets inside a character count as
    /// that character.
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = self.starts.at_or_before(offset).max(1);
        let start = self.starts.get(line - 1).unwrap_or(0);
        // Count from the last checkpoint at or before the offset when it lies on this
        // line, else from the line start: either is less than `CHECKPOINT` plus one
        // character's bytes before the offset.
        let cp = self.checkpoints.partition_point(|&(at, _)| at <= offset);
        let (from, before) = match cp.checked_sub(1).map(|k| self.checkpoints[k]) {
            Some((at, chars)) if at >= start => (at, chars),
            _ => (start, 0),
        };
        // Characters that start in `from..offset` (an offset inside a character counts
        // that character).
        let column = before + chars_in(&text.as_bytes()[from..offset]) + 1;
        (line, column)
    }

    /// The byte offset of 1-based (line, column), the inverse of [`LineIndex::line_col`].
    pub fn offset(&self, text: &str, line: usize, column: usize) -> Option<usize> {
        let start = self.starts.get(line.checked_sub(1)?)?;
        let end = self.starts.get(line).unwrap_or(text.len());
        let mut col = 1;
        for (i, _) in text.get(start..end)?.char_indices() {
            if col == column {
                return Some(start + i);
            }
            col += 1;
        }
        (col == column).then_some(end)
    }

    /// A [`Span`] for the byte range `start..end`.
    pub fn span(&self, text: &str, start: usize, end: usize) -> Span {
        let (line, column) = self.line_col(text, start);
        Span {
            start,
            end,
            line,
            column,
            source_line: None,
        }
    }

    /// Number of lines.
    pub fn lines(&self) -> usize {
        self.starts.len()
    }
}

// A UTF-8 continuation byte (not the first byte of a character).
fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

// Characters that start in `bytes` (a slice of UTF-8 text).
fn chars_in(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| !is_continuation(b)).count()
}

/// Append `n` in decimal: what `n.to_string()` gives, without the formatting machinery
/// (claim ids and the JSON report's numbers are written this way, millions of them).
pub(crate) fn push_decimal(out: &mut Vec<u8>, mut n: usize) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        // `n % 10` is below 10, so the cast keeps it exactly.
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[at..]);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Line starts held in 32 bits and in 64 answer alike; a text of 4 GiB or more keeps
    /// 64.
    #[test]
    fn line_starts_of_either_width() {
        let of = |text_len: usize| {
            let mut s = LineStarts::for_text(text_len, 1);
            for start in [5, 9, 20] {
                s.push(start);
            }
            s.shrink_to_fit();
            s
        };
        let (narrow, wide) = (of(30), of(u32::MAX as usize + 1));
        assert!(matches!(narrow, LineStarts::Narrow(_)));
        assert!(matches!(wide, LineStarts::Wide(_)));
        for s in [&narrow, &wide] {
            assert_eq!(s.len(), 4);
            assert_eq!(s.get(2), Some(9));
            assert_eq!(s.get(4), None);
            assert_eq!(s.at_or_before(0), 1);
            assert_eq!(s.at_or_before(8), 2);
            assert_eq!(s.at_or_before(9), 3);
            assert_eq!(s.at_or_before(usize::MAX), 4);
        }
    }

    #[test]
    fn a_compact_span_reads_back_every_span() {
        let at = |start, end, line, column, source_line| Span {
            start,
            end,
            line,
            column,
            source_line,
        };
        let big = u32::MAX as usize + 1;
        for (s, small) in [
            (at(0, 0, 1, 1, None), true),
            (at(400, 555, 10, 23, Some(88)), true),
            (at(7, 9, 1, 8, Some(u32::MAX as usize)), true),
            // Past 4 GiB, or a source line 0 that the 32-bit form cannot hold: boxed.
            (at(big, big + 3, 2, 1, None), false),
            (at(1, 2, big, 1, None), false),
            (at(1, 2, 1, big, None), false),
            (at(1, 2, 1, 1, Some(big)), false),
            (at(1, 2, 1, 1, Some(0)), false),
            (
                at(
                    usize::MAX - 1,
                    usize::MAX,
                    usize::MAX,
                    usize::MAX,
                    Some(usize::MAX),
                ),
                false,
            ),
        ] {
            let c = CompactSpan::from(s);
            assert_eq!(c.get(), s);
            assert_eq!(c.range(), s.start..s.end);
            assert_eq!(matches!(c, CompactSpan::Small(_)), small, "{s:?}");
            assert_eq!(NarrowSpan::of(&s).map(|n| n.widen()), small.then_some(s));
        }
        assert_eq!(std::mem::size_of::<CompactSpan>(), 24);
    }

    #[test]
    fn numbers_are_written_in_decimal() {
        for n in [0, 7, 10, 99, 1_000_003, usize::MAX] {
            let mut out = Vec::new();
            push_decimal(&mut out, n);
            assert_eq!(out, n.to_string().into_bytes());
        }
    }

    #[test]
    fn lines_and_columns_count_characters() {
        let text = "ab\r\nΩx\ry\nz";
        let idx = LineIndex::new(text);
        assert_eq!(idx.lines(), 4);
        assert_eq!(idx.line_col(text, 0), (1, 1));
        assert_eq!(idx.line_col(text, 4), (2, 1));
        assert_eq!(idx.line_col(text, 6), (2, 2)); // after the two-byte Ω
        assert_eq!(idx.line_col(text, 8), (3, 1));
        assert_eq!(idx.line_col(text, 10), (4, 1));
    }

    #[test]
    fn columns_on_long_lines_match_a_plain_count() {
        // Lines longer than a checkpoint interval, with multi-byte characters straddling
        // checkpoints and offsets inside characters.
        let mut text = String::new();
        for k in 0..3000 {
            text.push_str(["ab ", "Ω “x” ", "’90s "][k % 3]);
            if k % 1000 == 999 {
                text.push('\n');
            }
        }
        let idx = LineIndex::new(&text);
        for offset in (0..=text.len()).step_by(7) {
            let line_start = text.as_bytes()[..offset]
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |i| i + 1);
            let plain = text.as_bytes()[line_start..offset]
                .iter()
                .filter(|&&b| b & 0xC0 != 0x80)
                .count()
                + 1;
            let line = text.as_bytes()[..offset]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
                + 1;
            assert_eq!(
                idx.line_col(&text, offset),
                (line, plain),
                "offset {offset}"
            );
        }
    }

    #[test]
    fn offset_round_trips() {
        let text = "“Quote,” he said.\nNext line ’90s\r\nend";
        let idx = LineIndex::new(text);
        for (i, _) in text.char_indices() {
            let (l, c) = idx.line_col(text, i);
            assert_eq!(idx.offset(text, l, c), Some(i), "offset {i}");
        }
    }
}
