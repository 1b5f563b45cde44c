//! JSON written directly, byte for byte as serde_json writes it: compact, or in the
//! layout of its pretty printer (two spaces per level) at a given depth. Findings are
//! written here; claims in [`super::claims_json`].
//!
//! A comparison of a thousand reports writes about 450,000 places into its findings, and
//! going through serde's data model cost about 6,000 instructions per place: a call per
//! field, the indentation written two bytes at a time, every string escaped a byte at a
//! time, then a second copy to indent the element to its depth. Here each place is
//! written in one pass, and a string is checked eight bytes at a time and copied whole
//! when nothing in it needs an escape. The bytes are serde_json's: unit tests write odd
//! findings both ways, in both layouts, and compare them.

use std::borrow::Cow;
use std::sync::{PoisonError, RwLock};

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use crate::compare::classify::{Finding, Location, Piece, Places};
use crate::span::push_decimal;
use crate::swar::{self, word};

/// Append `s` as a JSON string, escaped as serde_json escapes it: `"` and `\`, the short
/// escapes `\b \f \n \r \t`, other control characters as `\u00XX` (lower-case hex), and
/// everything else (DEL and non-ASCII included) as is.
pub(crate) fn write_str(out: &mut Vec<u8>, s: &str) {
    out.reserve(s.len() + 2);
    out.push(b'"');
    let bytes = s.as_bytes();
    // Most strings need no escape: checked a word at a time, then copied in one piece.
    if !needs_escape(bytes) {
        out.extend_from_slice(bytes);
        out.push(b'"');
        return;
    }
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Skip sixteen plain bytes at a time, then eight.
        while let Some(block) = bytes.get(i..i + 16) {
            let (a, b) = block.split_at(8);
            if escape_bits(word(a)) | escape_bits(word(b)) != 0 {
                break;
            }
            i += 16;
        }
        if let Some(w) = bytes.get(i..i + 8)
            && escape_bits(word(w)) == 0
        {
            i += 8;
        }
        if i >= bytes.len() {
            break;
        }
        let b = bytes[i];
        let escape: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            0x08 => b"\\b",
            0x0c => b"\\f",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0x00..=0x1f => {
                out.extend_from_slice(&bytes[start..i]);
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend_from_slice(b"\\u00");
                out.push(HEX[usize::from(b >> 4)]);
                out.push(HEX[usize::from(b & 0xf)]);
                i += 1;
                start = i;
                continue;
            }
            _ => {
                i += 1;
                continue;
            }
        };
        out.extend_from_slice(&bytes[start..i]);
        out.extend_from_slice(escape);
        i += 1;
        start = i;
    }
    out.extend_from_slice(&bytes[start..]);
    out.push(b'"');
}

/// Whether any byte of `bytes` is a control character, `"` or `\\`.
fn needs_escape(bytes: &[u8]) -> bool {
    if bytes.len() < 8 {
        return bytes.iter().any(|&b| b < 0x20 || b == b'"' || b == b'\\');
    }
    let mut words = bytes.chunks_exact(8);
    let mut bits = 0;
    for w in &mut words {
        bits |= escape_bits(word(w));
    }
    // The last (up to seven) bytes in the word that ends the string, which overlaps the
    // one before.
    if !words.remainder().is_empty() {
        bits |= escape_bits(word(&bytes[bytes.len() - 8..]));
    }
    bits != 0
}

/// Non-zero when any of the eight bytes in `w` is a control character, `"` or `\\`.
fn escape_bits(w: u64) -> u64 {
    swar::any_control(w) | swar::equal(w, b'"') | swar::equal(w, b'\\')
}

/// The indentation of depth `level` (two spaces per level), borrowed up to depth 16.
pub(crate) fn indent(level: usize) -> Cow<'static, [u8]> {
    const SPACES: &[u8; 32] = b"                                ";
    match SPACES.get(..2 * level) {
        Some(spaces) => Cow::Borrowed(spaces),
        None => Cow::Owned(vec![b' '; 2 * level]),
    }
}

/// A newline and the indentation of depth `level`, in one copy up to depth 16.
fn newline(out: &mut Vec<u8>, level: usize) {
    const LINE: &[u8; 33] = b"\n                                ";
    match LINE.get(..1 + 2 * level) {
        Some(line) => out.extend_from_slice(line),
        None => {
            out.push(b'\n');
            out.extend_from_slice(&indent(level));
        }
    }
}

/// How JSON is laid out: on one line as `serde_json::to_vec` writes it, or as its
/// pretty printer writes it (two spaces per level) with the value at depth `level`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Layout {
    Compact,
    Pretty(usize),
}

impl Layout {
    /// The layout of the values inside a value of this layout.
    #[inline(always)]
    pub(crate) fn inner(self) -> Layout {
        match self {
            Layout::Compact => Layout::Compact,
            Layout::Pretty(level) => Layout::Pretty(level + 1),
        }
    }

    /// What follows a key: `":` compact, `": ` pretty (after the key's closing quote).
    #[inline(always)]
    fn colon(self) -> &'static str {
        match self {
            Layout::Compact => "\":",
            Layout::Pretty(_) => "\": ",
        }
    }

    /// What goes before a key or an element at this layout's depth: a newline and the
    /// indentation when pretty, nothing when compact.
    #[inline(always)]
    fn line(self, out: &mut Vec<u8>) {
        if let Layout::Pretty(level) = self {
            newline(out, level);
        }
    }
}

/// An object being written field by field.
pub(crate) struct Object<'a> {
    out: &'a mut Vec<u8>,
    layout: Layout,
    empty: bool,
}

impl<'a> Object<'a> {
    pub(crate) fn begin(out: &'a mut Vec<u8>, layout: Layout) -> Self {
        out.push(b'{');
        Object {
            out,
            layout,
            empty: true,
        }
    }

    /// The layout of the fields' values.
    pub(crate) fn inner(&self) -> Layout {
        self.layout.inner()
    }

    /// An object whose opening brace and first fields are already in `out`: the
    /// fields that follow get a comma before them.
    pub(crate) fn continued(out: &'a mut Vec<u8>, layout: Layout) -> Self {
        Object {
            out,
            layout,
            empty: false,
        }
    }

    /// The next key (plain ASCII: nothing to escape); its value follows in `self.out`.
    /// Inlined: the keys are literals, so their copies are a few moves, not a call to
    /// `memcpy` for each of the fifty or so keys of a claim.
    #[inline(always)]
    pub(crate) fn key(&mut self, key: &str) -> &mut Vec<u8> {
        debug_assert!(key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'));
        if !self.empty {
            self.out.push(b',');
        }
        self.empty = false;
        self.layout.inner().line(self.out);
        self.out.push(b'"');
        self.out.extend_from_slice(key.as_bytes());
        self.out.extend_from_slice(self.layout.colon().as_bytes());
        self.out
    }

    #[inline(always)]
    pub(crate) fn str(&mut self, key: &str, value: &str) {
        write_str(self.key(key), value);
    }

    /// A string or `null`.
    #[inline(always)]
    pub(crate) fn opt_str(&mut self, key: &str, value: Option<&str>) {
        match value {
            Some(v) => self.str(key, v),
            None => self.key(key).extend_from_slice(b"null"),
        }
    }

    #[inline(always)]
    pub(crate) fn num(&mut self, key: &str, n: usize) {
        push_decimal(self.key(key), n);
    }

    #[inline(always)]
    pub(crate) fn bool(&mut self, key: &str, b: bool) {
        let text: &[u8] = if b { b"true" } else { b"false" };
        self.key(key).extend_from_slice(text);
    }

    pub(crate) fn end(self) {
        if !self.empty {
            self.layout.line(self.out);
        }
        self.out.push(b'}');
    }
}

/// An array of `items` laid out by `layout`, each written by `item(out, x, inner)`
/// where `inner` is the layout of the elements.
pub(crate) fn array<T>(
    out: &mut Vec<u8>,
    items: impl IntoIterator<Item = T>,
    layout: Layout,
    item: impl Fn(&mut Vec<u8>, T, Layout),
) {
    let mut items = items.into_iter().peekable();
    if items.peek().is_none() {
        out.extend_from_slice(b"[]");
        return;
    }
    out.push(b'[');
    for (i, x) in items.enumerate() {
        if i > 0 {
            out.push(b',');
        }
        layout.inner().line(out);
        item(out, x, layout.inner());
    }
    layout.line(out);
    out.push(b']');
}

/// The fixed bytes of a [`Location`] object at one depth: its braces, keys and
/// indentation, as the pieces between its values. A comparison of a thousand reports
/// writes about 450,000 places, and writing each key and indentation on its own cost
/// more than the values.
struct LocationLayout {
    bytes: Vec<u8>,
    /// Where each piece ends in `bytes`.
    ends: [usize; LOCATION_PIECES],
}

const LOCATION_PIECES: usize = 12;

impl LocationLayout {
    fn new(layout: Layout) -> Self {
        // A newline and the indentation of a depth when pretty; nothing when compact.
        let line = |depth: usize| match layout {
            Layout::Compact => String::new(),
            Layout::Pretty(level) => format!("\n{}", " ".repeat(2 * (level + depth))),
        };
        let colon = layout.colon();
        let (outer, inner, span) = (line(0), line(1), line(2));
        let pieces: [String; LOCATION_PIECES] = [
            format!("{{{inner}\"document{colon}"),
            format!(",{inner}\"path{colon}"),
            format!(",{inner}\"outlet{colon}"),
            format!(",{inner}\"claim{colon}"),
            format!(",{inner}\"span{colon}{{{span}\"start{colon}"),
            format!(",{span}\"end{colon}"),
            format!(",{span}\"line{colon}"),
            format!(",{span}\"column{colon}"),
            format!(",{span}\"source_line{colon}"),
            format!("{inner}}},{inner}\"text{colon}"),
            format!(",{inner}\"claim_text{colon}"),
            format!("{outer}}}"),
        ];
        let mut bytes = Vec::new();
        let mut ends = [0; LOCATION_PIECES];
        for (end, piece) in ends.iter_mut().zip(&pieces) {
            bytes.extend_from_slice(piece.as_bytes());
            *end = bytes.len();
        }
        LocationLayout { bytes, ends }
    }

    /// Append piece `k`.
    fn put(&self, out: &mut Vec<u8>, k: usize) {
        let start = if k == 0 { 0 } else { self.ends[k - 1] };
        out.extend_from_slice(&self.bytes[start..self.ends[k]]);
    }

    /// Append `l` as an object at this layout's depth.
    fn write(&self, out: &mut Vec<u8>, l: &Location) {
        self.put(out, 0);
        push_decimal(out, l.document());
        self.put(out, 1);
        write_str(out, l.path());
        self.put(out, 2);
        write_str(out, l.outlet());
        self.put(out, 3);
        match &l.claim() {
            Some(c) => write_str(out, c),
            None => out.extend_from_slice(b"null"),
        }
        let s = &l.span();
        self.put(out, 4);
        push_decimal(out, s.start);
        self.put(out, 5);
        push_decimal(out, s.end);
        self.put(out, 6);
        push_decimal(out, s.line);
        self.put(out, 7);
        push_decimal(out, s.column);
        if let Some(line) = s.source_line {
            self.put(out, 8);
            push_decimal(out, line);
        }
        self.put(out, 9);
        let text = out.len();
        write_str(out, l.text());
        self.put(out, 10);
        // A place of the whole claim shares its text: the escaped bytes are copied.
        if l.is_whole_claim() {
            let escaped = text..text + (out.len() - text - (self.ends[10] - self.ends[9]));
            out.extend_from_within(escaped);
        } else {
            write_str(out, l.claim_text());
        }
        self.put(out, 11);
    }
}

/// An array of places at depth `level`, each written with `layout` (of depth
/// `level + 1`).
fn locations(out: &mut Vec<u8>, items: &[Location], layout: Layout, place: &LocationLayout) {
    array(out, items, layout, |out, l, _| place.write(out, l));
}

fn piece(out: &mut Vec<u8>, p: &Piece, layout: Layout) {
    let (op, text) = match p {
        Piece::Equal(t) => ("equal", t),
        Piece::Delete(t) => ("delete", t),
        Piece::Insert(t) => ("insert", t),
    };
    let mut o = Object::begin(out, layout);
    o.str("op", op);
    o.str("text", text);
    o.end();
}

fn list_key(p: &Places) -> (usize, usize) {
    (p.as_ptr() as usize, p.len())
}

/// Writes [`Finding`]s laid out by one layout: the fixed bytes of their places made
/// once (they were made for every finding), and the written bytes of the lists of
/// places that several findings share (a [`Places`] is shared, not copied, between the
/// findings of one group), keyed by the list's address and length. At 1,000 reports the
/// findings cite 441,000 places from 112,000 distinct entries of lists: each shared list
/// is escaped and laid out once, on all threads, and copied into every finding that
/// cites it. A shared list's bytes are made when the chunk of findings that first cites
/// it is about to be written and freed after the chunk that last cites it
/// ([`Findings::prepare`]): made all at once before the first finding, they were 13 MB
/// held through the whole report at 1,000 reports, and 3–4.5 MB of the peak resident
/// memory on two threads.
pub(crate) struct Findings {
    layout: Layout,
    /// The primary place, a field of the finding.
    primary: LocationLayout,
    /// Related and supporting places, elements of arrays that are fields.
    places: LocationLayout,
    /// Written between chunks ([`Findings::prepare`]), read by the chunk's threads.
    shared: RwLock<SharedLists>,
}

/// The lists of places several findings share, in the order findings cite them.
#[derive(Default)]
struct SharedLists {
    /// The written bytes of the lists the findings being written cite, each with the
    /// last finding of its run of citations.
    bytes: FxHashMap<(usize, usize), (usize, Vec<u8>)>,
    /// Each run of citations of a shared list by its first finding, in that order, with
    /// its last.
    opening: Vec<(usize, usize, (usize, usize), Places)>,
    /// How many of `opening` are written.
    opened: usize,
}

/// Findings apart (at most) that cite a list of places from one written copy: further
/// apart, the list is written again. A comparison's largest lists (a place in each of
/// hundreds of reports, 300 KB written) are cited by findings spread over the whole
/// report; held from the first to the last, they were 6 MB at once at 1,000 reports.
const REUSE_GAP: usize = 32;

impl Findings {
    /// A writer of `findings` laid out by `layout`; before a chunk of them is written,
    /// [`Findings::prepare`] writes the shared lists it cites.
    pub(crate) fn of(findings: &[Finding], layout: Layout) -> Self {
        // The findings citing each list, in order.
        let mut citing: FxHashMap<(usize, usize), (Vec<usize>, &Places)> = FxHashMap::default();
        for (i, f) in findings.iter().enumerate() {
            for p in [&f.related, &f.supporting] {
                if !p.is_empty() {
                    let (uses, _) = citing.entry(list_key(p)).or_insert((Vec::new(), p));
                    if uses.last() != Some(&i) {
                        uses.push(i);
                    }
                }
            }
        }
        // A run of two or more citations at most `REUSE_GAP` apart shares one copy.
        let mut lists = SharedLists::default();
        for (&key, (uses, p)) in &citing {
            for run in uses.chunk_by(|a, b| b - a <= REUSE_GAP) {
                if let [first, .., last] = run {
                    lists.opening.push((*first, *last, key, Places::clone(p)));
                }
            }
        }
        // Runs are distinct: the order does not depend on the map's.
        lists
            .opening
            .sort_unstable_by_key(|&(first, last, key, _)| (first, last, key));
        Findings {
            shared: RwLock::new(lists),
            ..Findings::unshared(layout)
        }
    }

    /// A writer that shares no list of places.
    fn unshared(layout: Layout) -> Self {
        Findings {
            layout,
            primary: LocationLayout::new(layout.inner()),
            places: LocationLayout::new(layout.inner().inner()),
            shared: RwLock::default(),
        }
    }

    /// Before the findings `chunk` (indices into the findings the writer was made of,
    /// after every chunk before it) are written: free the shared lists whose run of
    /// citations ended before it, and write those whose run starts in it, on all
    /// threads.
    pub(crate) fn prepare(&self, chunk: std::ops::Range<usize>) {
        let mut guard = self.shared.write().unwrap_or_else(PoisonError::into_inner);
        let SharedLists {
            bytes,
            opening,
            opened,
        } = &mut *guard;
        // The held lists are few (tens at 1,000 reports): each is looked at once a chunk.
        bytes.retain(|_, (last, _)| *last >= chunk.start);
        let starting = &opening[*opened..];
        let n = starting.partition_point(|&(first, ..)| first < chunk.end);
        let mut fresh = Vec::new();
        for (_, last, key, p) in &starting[..n] {
            // A list still held from a run ending in this chunk is held on for the next.
            match bytes.get_mut(key) {
                Some((held, _)) => *held = *last,
                None => fresh.push((*key, *last, p)),
            }
        }
        let inner = self.layout.inner();
        let written: Vec<_> = fresh
            .into_par_iter()
            .map(|(key, last, p)| {
                let mut out = Vec::new();
                locations(&mut out, p, inner, &self.places);
                (key, (last, out))
            })
            .collect();
        bytes.extend(written);
        *opened += n;
    }

    /// A list of places as a field's value: copied when shared and prepared, else
    /// written.
    fn places(&self, out: &mut Vec<u8>, items: &Places) {
        let lists = self.shared.read().unwrap_or_else(PoisonError::into_inner);
        match lists.bytes.get(&list_key(items)) {
            Some((_, bytes)) => out.extend_from_slice(bytes),
            None => {
                drop(lists);
                locations(out, items, self.layout.inner(), &self.places);
            }
        }
    }

    /// `f` as an object.
    pub(crate) fn write(&self, out: &mut Vec<u8>, f: &Finding) {
        let mut o = Object::begin(out, self.layout);
        self.fields(&mut o, f);
        o.end();
    }

    /// The fields of `f`, in [`Finding`]'s order, added to an object being written.
    pub(crate) fn fields(&self, o: &mut Object, f: &Finding) {
        // A place takes about 400 bytes: room for them all at once rather than by
        // doubling.
        o.out
            .reserve(512 * (1 + f.related.len() + f.supporting.len()));
        o.str("rule", f.rule.id());
        o.str("name", f.name);
        o.str("severity", f.severity.as_str());
        o.str("message", &f.message);
        match f.cluster {
            Some(c) => o.num("cluster", c),
            None => o.key("cluster").extend_from_slice(b"null"),
        }
        self.primary.write(o.key("primary"), &f.primary);
        self.places(o.key("related"), &f.related);
        if !f.supporting.is_empty() {
            self.places(o.key("supporting"), &f.supporting);
        }
        if !f.diff.is_empty() {
            array(o.key("diff"), &f.diff, self.layout.inner(), piece);
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::compare::rules::{Rule, Severity};
    use crate::span::Span;

    /// serde_json's bytes of `v`: compact, or pretty and indented to depth `level`.
    pub(crate) fn serde_in<T: serde::Serialize>(v: &T, layout: Layout) -> String {
        match layout {
            Layout::Compact => String::from_utf8(serde_json::to_vec(v).unwrap()).unwrap(),
            Layout::Pretty(level) => {
                let s = String::from_utf8(serde_json::to_vec_pretty(v).unwrap()).unwrap();
                s.replace('\n', &format!("\n{}", "  ".repeat(level)))
            }
        }
    }

    fn place(text: &str, claim: Option<&str>, source_line: Option<usize>) -> Location {
        let span = Span {
            start: 10,
            end: 20,
            line: 2,
            column: 7,
            source_line,
        };
        let claim_text = format!("He said \u{1}\u{1f}\u{7f} {text}\r\n\t\u{8}\u{c}\\");
        Location::new(
            3,
            "dir/a \"b\".txt",
            "The Télégraphe",
            claim,
            span,
            text,
            &claim_text,
        )
    }

    /// A place of a whole claim: its text is the claim's.
    fn whole_claim(text: &str) -> Location {
        let span = place("", Some("c3"), Some(9)).span();
        Location::new(
            3,
            "dir/a \"b\".txt",
            "The Télégraphe",
            Some("c3"),
            span,
            text,
            text,
        )
    }

    #[test]
    fn findings_are_written_as_serde_json_writes_them() {
        let odd = Finding {
            rule: Rule::DateMismatch,
            name: Rule::DateMismatch.name(),
            severity: Severity::Warning,
            message: "“Friday” (A) cannot be true with \"Monday\" (B)\n".into(),
            cluster: None,
            primary: place("Friday", None, Some(41)),
            related: vec![
                place("Monday 🙂", Some("c2"), None),
                place("", Some("c9"), Some(1)),
                whole_claim("He said \"no\" —\u{1} twice"),
            ]
            .into(),
            supporting: vec![place("Friday", Some("c1"), None)].into(),
            diff: vec![
                Piece::Equal("a".into()),
                Piece::Delete("b\"".into()),
                Piece::Insert(String::new()),
            ],
        };
        let plain = Finding {
            cluster: Some(4),
            related: Default::default(),
            supporting: Default::default(),
            diff: Vec::new(),
            severity: Severity::Error,
            ..odd.clone()
        };
        // A clone shares the lists of places, so they are written once and copied.
        let twin = Finding {
            message: "twin".into(),
            ..odd.clone()
        };
        let all = [odd, plain, twin];
        for layout in [
            Layout::Compact,
            Layout::Pretty(0),
            Layout::Pretty(2),
            Layout::Pretty(5),
            Layout::Pretty(20),
        ] {
            let shared = Findings::of(&all, layout);
            let held = |w: &Findings| w.shared.read().unwrap().bytes.len();
            assert_eq!(held(&shared), 0, "nothing is written before its chunk");
            // A chunk of one finding each: odd's lists are written for odd, kept through
            // plain, which cites none, copied into twin, and freed after it.
            for (i, f) in all.iter().enumerate() {
                shared.prepare(i..i + 1);
                assert_eq!(held(&shared), 2, "related and supporting are shared");
                for w in [&shared, &Findings::unshared(layout)] {
                    let mut ours = Vec::new();
                    w.write(&mut ours, f);
                    assert_eq!(String::from_utf8(ours).unwrap(), serde_in(f, layout));
                }
            }
            shared.prepare(all.len()..all.len());
            assert_eq!(held(&shared), 0, "freed after the last finding citing them");
        }
    }

    #[test]
    fn a_shared_list_is_held_for_a_run_of_close_citations_only() {
        let cited = Finding {
            rule: Rule::DateMismatch,
            name: Rule::DateMismatch.name(),
            severity: Severity::Warning,
            message: "m".into(),
            cluster: None,
            primary: place("Friday", None, Some(41)),
            related: vec![place("Monday", Some("c2"), None)].into(),
            supporting: Default::default(),
            diff: Vec::new(),
        };
        let plain = Finding {
            related: Default::default(),
            ..cited.clone()
        };
        // Cited by findings 0 and 1, then by 2 + REUSE_GAP and the one after.
        let far = 2 + REUSE_GAP;
        let all: Vec<Finding> = (0..far + 2)
            .map(|i| match i {
                0 | 1 => cited.clone(),
                i if i >= far => cited.clone(),
                _ => plain.clone(),
            })
            .collect();
        let layout = Layout::Pretty(1);
        let w = Findings::of(&all, layout);
        let held = || w.shared.read().unwrap().bytes.len();
        for (i, f) in all.iter().enumerate() {
            w.prepare(i..i + 1);
            let want = usize::from(i < 2 || i >= far);
            assert_eq!(held(), want, "finding {i}");
            let mut ours = Vec::new();
            w.write(&mut ours, f);
            assert_eq!(String::from_utf8(ours).unwrap(), serde_in(f, layout));
        }
    }

    proptest! {
        #[test]
        fn needs_escape_is_any_byte_that_needs_one(s in "\\PC*|[\\x00-\\x7f]{0,40}") {
            let want = s.bytes().any(|b| b < 0x20 || b == b'"' || b == b'\\');
            prop_assert_eq!(needs_escape(s.as_bytes()), want);
        }

        #[test]
        fn strings_are_escaped_as_serde_json_escapes_them(s in "\\PC*|[\\x00-\\x7f]{0,40}") {
            let mut ours = Vec::new();
            write_str(&mut ours, &s);
            prop_assert_eq!(ours, serde_json::to_vec(&s).unwrap());
        }
    }
}
