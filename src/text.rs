//! [`SharedText`]: a piece of a document's text that shares the document's buffer.
//!
//! A claim's text is its sentences with whitespace collapsed, and in most copy that is
//! the document's own bytes (words already one space apart). At 1,000 reports a copy per
//! claim was 4.3 MB held beside the 4.3 MB of the documents themselves for the whole of a
//! comparison; a [`SharedText`] is the document's buffer and a range of it instead, and
//! only a text that differs from its bytes (a sentence wrapped over two lines) has its
//! own buffer.

use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A string that is a byte range of a shared buffer (a document's text), or a whole
/// buffer of its own. It reads as a `str` ([`Deref`]), compares, prints and serializes as
/// one, and clones by bumping a reference count.
#[derive(Clone)]
pub struct SharedText {
    buf: Arc<str>,
    // The range within `buf`, on character boundaries (checked when made), or the whole
    // of `buf` when `end` is [`WHOLE`]. `u32` keeps the value at the size of three words;
    // a range that does not fit is never made (see `SharedText::slice`), and a buffer of
    // its own is read whole whatever its length.
    start: u32,
    end: u32,
}

/// The `end` of a [`SharedText`] that is its whole buffer.
const WHOLE: u32 = u32::MAX;

impl SharedText {
    /// `buf[range]`, sharing `buf`; `None` when the range is out of bounds, not on
    /// character boundaries, or ends at or past `u32::MAX` (then the caller keeps a
    /// buffer of its own).
    pub fn slice(buf: &Arc<str>, range: std::ops::Range<usize>) -> Option<SharedText> {
        buf.get(range.clone())?;
        Some(SharedText {
            buf: Arc::clone(buf),
            start: u32::try_from(range.start).ok()?,
            end: u32::try_from(range.end).ok().filter(|&e| e != WHOLE)?,
        })
    }

    /// [`SharedText::slice`] when `buf[range]` is `words`, byte for byte.
    pub fn slice_if_same(
        buf: &Arc<str>,
        range: std::ops::Range<usize>,
        words: &str,
    ) -> Option<SharedText> {
        if buf.get(range.clone()) == Some(words) {
            SharedText::slice(buf, range)
        } else {
            None
        }
    }

    /// The text as a `str`.
    pub fn as_str(&self) -> &str {
        if self.end == WHOLE {
            return &self.buf;
        }
        // The range was checked against `buf` when the value was made, and `buf` does not
        // change; `get` keeps this free of a panic path all the same.
        self.buf
            .get(self.start as usize..self.end as usize)
            .unwrap_or_default()
    }

    /// The byte range of `buf` this text is, when it is a range of that very buffer
    /// (not a buffer of its own, nor a copy of the same words).
    pub fn range_in(&self, buf: &Arc<str>) -> Option<std::ops::Range<usize>> {
        (Arc::ptr_eq(&self.buf, buf) && self.end != WHOLE)
            .then_some(self.start as usize..self.end as usize)
    }

    /// Whether `self` and `other` are the same bytes of the same buffer (then they are
    /// also equal as strings).
    pub fn same_place(&self, other: &SharedText) -> bool {
        Arc::ptr_eq(&self.buf, &other.buf) && self.start == other.start && self.end == other.end
    }
}

impl From<&str> for SharedText {
    fn from(s: &str) -> Self {
        SharedText::from(Arc::<str>::from(s))
    }
}

impl From<String> for SharedText {
    fn from(s: String) -> Self {
        SharedText::from(Arc::<str>::from(s))
    }
}

impl From<Arc<str>> for SharedText {
    /// The whole of `buf`, however long.
    fn from(buf: Arc<str>) -> Self {
        SharedText {
            buf,
            start: 0,
            end: WHOLE,
        }
    }
}

impl Deref for SharedText {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for SharedText {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl std::borrow::Borrow<str> for SharedText {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq for SharedText {
    fn eq(&self, other: &Self) -> bool {
        self.same_place(other) || self.as_str() == other.as_str()
    }
}

impl Eq for SharedText {}

impl PartialEq<str> for SharedText {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for SharedText {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl std::hash::Hash for SharedText {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl fmt::Debug for SharedText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for SharedText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for SharedText {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for SharedText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s: Box<str> = Deserialize::deserialize(d)?;
        Ok(SharedText::from(Arc::<str>::from(s)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slice_shares_its_buffer_and_reads_as_the_range() {
        let doc: Arc<str> = Arc::from("Officials said “we’ll see” on Monday.");
        let t = SharedText::slice(&doc, 0..14).expect("in bounds");
        assert_eq!(t.as_str(), "Officials said");
        assert_eq!(&*t, "Officials said");
        assert_eq!(Arc::strong_count(&doc), 2);
        let copy = t.clone();
        assert!(copy.same_place(&t));
        assert_eq!(Arc::strong_count(&doc), 3);
        // Equal to the same words in a buffer of their own, and hashed alike.
        let own = SharedText::from("Officials said");
        assert_eq!(own, t);
        assert!(!own.same_place(&t));
        use std::hash::{BuildHasher, RandomState};
        let state = RandomState::new();
        assert_eq!(state.hash_one(&own), state.hash_one(&t));
        assert_eq!(state.hash_one(&t), state.hash_one("Officials said"));
    }

    #[test]
    fn slices_off_the_buffer_or_its_characters_are_refused() {
        let doc: Arc<str> = Arc::from("we’ll");
        assert!(SharedText::slice(&doc, 0..3).is_none(), "inside ’");
        assert!(SharedText::slice(&doc, 2..99).is_none(), "past the end");
        let (from, to) = (3, 2);
        assert!(SharedText::slice(&doc, from..to).is_none(), "reversed");
        assert_eq!(
            SharedText::slice(&doc, 0..doc.len()).map(|t| t.to_string()),
            Some("we’ll".to_string())
        );
        // A buffer of its own reads whole, and is the same place as a clone of itself.
        let own = SharedText::from(Arc::clone(&doc));
        assert_eq!(own.as_str(), "we’ll");
        assert!(own.same_place(&own.clone()));
        assert_eq!(SharedText::from(""), "");
    }

    #[test]
    fn serializes_and_reads_back_as_a_plain_string() {
        let doc: Arc<str> = Arc::from("x “quoted” y");
        let t = SharedText::slice(&doc, 2..doc.len() - 2).expect("in bounds");
        let json = serde_json::to_string(&t).expect("serializes");
        assert_eq!(json, "\"“quoted”\"");
        let back: SharedText = serde_json::from_str(&json).expect("reads back");
        assert_eq!(back, t);
        assert_eq!(format!("{back}|{back:?}"), "“quoted”|\"“quoted”\"");
    }
}
