//! Interim quantity finder (replaced by the full quantities module): finds numbers and
//! calendar words so the extractor can tell statements apart. Same interface.
use serde::{Deserialize, Serialize};

/// Context for resolving relative expressions.
#[derive(Debug, Clone, Default)]
pub struct ScanContext {
    /// The document's publication date.
    pub doc_date: Option<chrono::NaiveDate>,
}

/// Kind of quantity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuantityKind {
    /// A count or plain number.
    Cardinal,
    /// A date.
    Date,
}

/// A number or ISO string.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Value {
    /// Numeric value.
    Number(f64),
    /// ISO date string.
    Iso(String),
}

/// One quantity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// Start byte.
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// Surface.
    pub text: String,
    /// Kind.
    pub kind: QuantityKind,
    /// Value.
    pub value: Option<Value>,
}

impl Quantity {
    /// Shift offsets.
    pub fn shift(&mut self, base: usize) {
        self.start += base;
        self.end += base;
    }
}

const WORDS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "dozen",
    "hundred",
    "thousand",
    "million",
    "billion",
    "half",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "yesterday",
    "tomorrow",
    "today",
];

/// Find quantities in `text`.
pub fn scan(text: &str, _ctx: &ScanContext) -> Vec<Quantity> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        if c.is_alphanumeric() {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            let w = &text[s..i];
            let lw = w.to_lowercase();
            let numeric = w.chars().all(|c| c.is_ascii_digit());
            let prev = text[..s].chars().next_back();
            if (numeric && prev != Some('-')) || WORDS.contains(&lw.as_str()) {
                out.push(Quantity {
                    start: s,
                    end: i,
                    text: w.to_string(),
                    kind: if numeric {
                        QuantityKind::Cardinal
                    } else {
                        QuantityKind::Date
                    },
                    value: numeric.then(|| Value::Number(w.parse().unwrap_or(0.0))),
                });
            }
        }
    }
    out
}
