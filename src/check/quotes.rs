//! Word-for-word quote verification for `check`.
//!
//! A draft quotation is verbatim when its words occur in one source quotation in order,
//! after normalising quote marks, apostrophes, whitespace and punctuation; the first
//! letter of each fragment may differ in case (a quote that opens a sentence is
//! capitalised). Ellipses (`…`, `...`) join fragments of one source quotation in order;
//! a `[bracketed]` insertion stands for up to four source words. Anything else is an
//! alteration.

use std::ops::Range;

/// A word of a quotation with its byte range in the text it came from.
#[derive(Debug, Clone)]
pub(crate) struct Word {
    /// The word with apostrophes folded to `'`; case kept.
    pub text: String,
    /// Where it is.
    pub range: Range<usize>,
}

/// The words of `s`: letters and digits, with apostrophes and hyphens inside a word.
pub(crate) fn cased_words(s: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut cur = String::new();
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let joiner = matches!(c, '\'' | '’' | '‘' | '-' | '‐' | '‑')
            && start.is_some()
            && chars.get(k + 1).is_some_and(|(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() || joiner {
            if start.is_none() {
                start = Some(i);
            }
            cur.push(match c {
                '’' | '‘' => '\'',
                '‐' | '‑' => '-',
                c => c,
            });
        } else if let Some(st) = start.take() {
            out.push(Word {
                text: std::mem::take(&mut cur),
                range: st..i,
            });
        }
    }
    if let Some(st) = start {
        out.push(Word {
            text: cur,
            range: st..s.len(),
        });
    }
    out
}

/// One item of a draft fragment: a word, or a bracketed insertion.
#[derive(Debug, Clone, PartialEq)]
enum Item {
    Word(String),
    Wild,
}

/// Fragments of a draft quotation: split at ellipses, `[…]` as wildcards.
fn fragments(q: &str) -> Vec<Vec<Item>> {
    let q = q.replace("...", "…");
    let mut out = Vec::new();
    for part in q.split('…') {
        let mut items = Vec::new();
        let mut rest = part;
        while let Some(open) = rest.find('[') {
            items.extend(
                cased_words(&rest[..open])
                    .into_iter()
                    .map(|w| Item::Word(w.text)),
            );
            items.push(Item::Wild);
            rest = rest[open..].find(']').map_or("", |c| &rest[open + c + 1..]);
        }
        items.extend(cased_words(rest).into_iter().map(|w| Item::Word(w.text)));
        if items.iter().any(|i| matches!(i, Item::Word(_))) {
            out.push(items);
        }
    }
    out
}

fn first_upper_eq(a: &str, b: &str) -> bool {
    let mut ca = a.chars();
    let mut cb = b.chars();
    match (ca.next(), cb.next()) {
        (Some(x), Some(y)) => x.to_lowercase().eq(y.to_lowercase()) && ca.as_str() == cb.as_str(),
        (None, None) => true,
        _ => false,
    }
}

/// Where fragment `frag` matches `hay` at `at`: the index after its last word.
fn match_at(hay: &[Word], frag: &[Item], at: usize, first: bool) -> Option<usize> {
    let mut i = at;
    for (k, item) in frag.iter().enumerate() {
        match item {
            Item::Wild => {
                let rest = &frag[k + 1..];
                return (0..=4).find_map(|skip| match_at(hay, rest, i + skip, false));
            }
            Item::Word(w) => {
                let h = &hay.get(i)?.text;
                let ok = if first && k == 0 {
                    first_upper_eq(w, h)
                } else {
                    w == h
                };
                if !ok {
                    return None;
                }
                i += 1;
            }
        }
    }
    Some(i)
}

/// Whether the draft quotation `draft` is verbatim in the source quotation `source`.
pub(crate) fn verbatim(draft: &str, source: &str) -> bool {
    let hay = cased_words(source);
    let frags = fragments(draft);
    if frags.is_empty() {
        return false;
    }
    let mut from = 0;
    for frag in &frags {
        let found = (from..=hay.len()).find_map(|at| match_at(&hay, frag, at, true));
        match found {
            Some(end) => from = end,
            None => return false,
        }
    }
    true
}

/// The stretch of `source` a draft quotation should be compared with: the words around
/// the best-matching run, as written in the source.
pub(crate) fn window<'s>(draft: &str, source: &'s str) -> &'s str {
    let hay = cased_words(source);
    let short: Vec<String> = cased_words(draft)
        .into_iter()
        .map(|w| w.text.to_lowercase())
        .collect();
    let long: Vec<String> = hay.iter().map(|w| w.text.to_lowercase()).collect();
    if hay.is_empty() || short.is_empty() {
        return source;
    }
    let r = crate::compare::classify::best_window_range(&short, &long);
    match (hay.get(r.start), hay.get(r.end.saturating_sub(1))) {
        (Some(a), Some(b)) if r.start < r.end => &source[a.range.start..b.range.end],
        _ => source,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SRC: &str = "Every time Moscow hears about Tomahawks, it suddenly rushes back to the negotiating table.";

    #[test]
    fn verbatim_after_marks_case_and_punctuation() {
        assert!(verbatim("every time Moscow hears about Tomahawks", SRC));
        assert!(verbatim(
            "it suddenly rushes back to the negotiating table",
            SRC
        ));
        assert!(verbatim("It suddenly rushes back", SRC));
        // Case inside a quote is a change.
        assert!(!verbatim("every time moscow hears", SRC));
    }

    #[test]
    fn ellipses_join_fragments_in_order_and_brackets_stand_for_words() {
        assert!(verbatim(
            "Every time Moscow hears … rushes back to the negotiating table",
            SRC
        ));
        assert!(verbatim(
            "Every time [the Kremlin] hears about Tomahawks",
            SRC
        ));
        assert!(verbatim("every time … rushes back ... table", SRC));
        // Out of order is not an excerpt.
        assert!(!verbatim("rushes back … Every time", SRC));
    }

    #[test]
    fn changed_added_or_dropped_words_are_not_verbatim() {
        assert!(!verbatim("it rushes back to the negotiating table", SRC));
        assert!(!verbatim("it suddenly rushes back to the table", SRC));
        assert!(!verbatim(
            "it suddenly hurries back to the negotiating table",
            SRC
        ));
    }

    #[test]
    fn apostrophes_fold_and_window_finds_the_passage() {
        assert!(verbatim("Russia’s war", "We will end Russia's war now."));
        let long =
            "We spoke for hours. The conversation was very substantive and frank. Then we ate.";
        assert_eq!(
            window("The conversation was very frank", long),
            "We spoke for hours. The conversation was very substantive and frank. Then"
        );
    }
}
