//! Byte spans and their 1-based line/column positions.
//!
//! Every span in claimdiff is a byte range into [`crate::ingest::Document::text`]. Lines are
//! counted from 1 and end at `\n`, `\r\n` or a lone `\r`; columns are counted from 1 in
//! Unicode scalar values (characters), so a span round-trips through (line, column).

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

/// Start offsets of every line of a text, for offset → (line, column) look-ups.
#[derive(Debug, Clone, Default)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Index the line starts of `text`. `\r\n` counts as one line end, a lone `\r` as one.
    pub fn new(text: &str) -> LineIndex {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => starts.push(i + 1),
                b'\r' if bytes.get(i + 1) != Some(&b'\n') => starts.push(i + 1),
                _ => {}
            }
            i += 1;
        }
        LineIndex { starts }
    }

    /// The 1-based (line, column) of byte `offset` in `text` (the text this index was built
    /// from). Offsets past the end clamp to the end; offsets inside a character count as
    /// that character.
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts[line - 1];
        let column = text.get(start..offset).map_or_else(
            || count_chars_lossy(text, start, offset),
            |s| s.chars().count(),
        ) + 1;
        (line, column)
    }

    /// The byte offset of 1-based (line, column), the inverse of [`LineIndex::line_col`].
    pub fn offset(&self, text: &str, line: usize, column: usize) -> Option<usize> {
        let start = *self.starts.get(line.checked_sub(1)?)?;
        let end = self.starts.get(line).copied().unwrap_or(text.len());
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

// Counts characters between two offsets when `offset` is not on a character boundary.
fn count_chars_lossy(text: &str, start: usize, offset: usize) -> usize {
    text[start..]
        .char_indices()
        .take_while(|(i, _)| start + i < offset)
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn offset_round_trips() {
        let text = "“Quote,” he said.\nNext line ’90s\r\nend";
        let idx = LineIndex::new(text);
        for (i, _) in text.char_indices() {
            let (l, c) = idx.line_col(text, i);
            assert_eq!(idx.offset(text, l, c), Some(i), "offset {i}");
        }
    }
}
