//! Claims records: extraction and comparison as separate stages.
//!
//! `claimdiff extract --format claims` writes one JSON line per document holding
//! everything comparison needs: the document's path, header fields and extracted text, its
//! claims and the people it names. `claimdiff compare --claims FILE` reads such lines back
//! and compares them without extracting again, so extraction can run as a map over
//! articles (on many machines) and comparison as a group-by-event step.
//!
//! # The record
//! ```text
//! {"record": "claimdiff-claims", "schema_version": 1,
//!  "path", "outlet", "date", "url", "title", "meta": {…every header or record field…},
//!  "format", "text_origin", "encoding", "notes": […],
//!  "text", "view"?, "body_start", "blocks": [{"span": {"start","end"}, "kind"}…],
//!  "source_lines": [[offset, line]…], "claims": [Claim…], "people": [Person…]}
//! ```
//! Offsets in claims, quantities, blocks and people are byte offsets into `text`. On
//! reading, `outlet`, `date`, `url` and `title` are worked out again from `meta` and
//! `path` (they are written for other programs to read), and the segmentation is
//! recomputed from the text. Every offset is checked against the text, so a damaged or
//! hand-edited record is an error with its line, never a crash. The schema is
//! `docs/schema/claims.schema.json`.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::io::{self, BufRead, Write};

use serde::{Deserialize, Serialize};

use crate::error::InputError;
use crate::extract::{Claim, share_arc};
use crate::ingest::{
    Block, Document, Encoding, IngestOptions, InputFormat, JsonLines, TextOrigin, open_lines,
};
use crate::pipeline::Extracted;
use crate::resolve::Person;
use crate::segment::segment;
use crate::text::SharedText;

/// The value of every record's `record` field.
pub const RECORD_TAG: &str = "claimdiff-claims";

/// Version of the claims record.
pub const SCHEMA_VERSION: u32 = 1;

/// One document as a claims record. Borrowed when written, owned when read.
#[derive(Serialize, Deserialize)]
struct Record<'a> {
    record: Cow<'a, str>,
    schema_version: u32,
    path: Cow<'a, str>,
    #[serde(default)]
    outlet: Cow<'a, str>,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    url: Option<Cow<'a, str>>,
    #[serde(default)]
    title: Option<Cow<'a, str>>,
    #[serde(default)]
    meta: Cow<'a, BTreeMap<String, String>>,
    format: InputFormat,
    text_origin: TextOrigin,
    encoding: Cow<'a, str>,
    #[serde(default, skip_serializing_if = "<[String]>::is_empty")]
    notes: Cow<'a, [String]>,
    text: Cow<'a, str>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    view: Option<Cow<'a, str>>,
    #[serde(default)]
    body_start: usize,
    #[serde(default)]
    blocks: Cow<'a, [Block]>,
    #[serde(default, skip_serializing_if = "<[(usize, usize)]>::is_empty")]
    source_lines: Cow<'a, [(usize, usize)]>,
    claims: Cow<'a, [Claim]>,
    #[serde(default)]
    people: Cow<'a, [Person]>,
}

/// The record of `e`, with `claims` and `people` in place of its own.
fn record_of<'a>(e: &'a Extracted, claims: &'a [Claim], people: &'a [Person]) -> Record<'a> {
    let d = &e.doc;
    Record {
        record: Cow::Borrowed(RECORD_TAG),
        schema_version: SCHEMA_VERSION,
        path: Cow::Borrowed(&d.path),
        outlet: Cow::Borrowed(&d.outlet),
        date: d.date.map(|d| d.to_string()),
        url: d.url.as_deref().map(Cow::Borrowed),
        title: d.title.as_deref().map(Cow::Borrowed),
        meta: Cow::Borrowed(&d.meta),
        format: d.format,
        text_origin: d.origin,
        encoding: Cow::Borrowed(d.encoding.name()),
        notes: Cow::Borrowed(&d.notes),
        text: Cow::Borrowed(&d.text),
        view: d.own_view().map(Cow::Borrowed),
        body_start: d.body_start,
        blocks: Cow::Borrowed(&d.blocks),
        source_lines: Cow::Borrowed(d.source_lines()),
        claims: Cow::Borrowed(claims),
        people: Cow::Borrowed(people),
    }
}

/// Write `e` as one claims record line.
pub fn write<W: Write + ?Sized>(w: &mut W, e: &Extracted) -> io::Result<()> {
    let mut out = Vec::new();
    write_into(&mut out, e)?;
    w.write_all(&out)
}

/// [`write`] appended to `out`. The claims are written by the claims' own JSON writer
/// (through serde they took a sixth of `extract --format claims`); the fields around
/// them go through serde as before.
pub fn write_into(out: &mut Vec<u8>, e: &Extracted) -> io::Result<()> {
    // The record with no claims and no people ends with these two fields, which are
    // always written and always last.
    const TAIL: &[u8] = b",\"claims\":[],\"people\":[]}";
    let from = out.len();
    serde_json::to_writer(&mut *out, &record_of(e, &[], &[])).map_err(io::Error::from)?;
    if !out[from..].ends_with(TAIL) {
        return Err(io::Error::other(
            "a claims record did not end with its claims and people",
        ));
    }
    out.truncate(out.len() - TAIL.len());
    out.extend_from_slice(b",\"claims\":");
    crate::report::claims_json::claims(out, &e.claims);
    out.extend_from_slice(b",\"people\":");
    serde_json::to_writer(&mut *out, &e.people).map_err(io::Error::from)?;
    out.extend_from_slice(b"}\n");
    Ok(())
}

/// Every claims record of `reader` (read one line at a time), as extracted documents in
/// file order, with an error in place of each line that is not a valid record. Errors
/// name `path` with the line (and, for malformed JSON, the column).
pub fn read<R: BufRead>(
    path: &str,
    reader: R,
    max_line: u64,
) -> Vec<Result<Extracted, InputError>> {
    read_with(path, reader, max_line, &mut |_| {})
}

/// [`read`], calling `done` on each document as it is read: `done` may free what the
/// caller will not read ([`Extracted::drop_layout`]) before the next is read.
pub fn read_with<R: BufRead>(
    path: &str,
    reader: R,
    max_line: u64,
    done: &mut dyn FnMut(&mut Extracted),
) -> Vec<Result<Extracted, InputError>> {
    let mut out: Vec<Result<Extracted, InputError>> = JsonLines::new(path, reader, max_line, 1)
        .map(|line| {
            let mut e = line.and_then(|(n, text)| parse_line(path, n, &text))?;
            done(&mut e);
            Ok(e)
        })
        .collect();
    if out.is_empty() {
        out.push(Err(InputError::Empty {
            path: path.to_string(),
        }));
    }
    out
}

/// The claims records of input `path` (`-`: standard input, named by `--stdin-name`), read
/// one line at a time; see [`read`].
pub fn read_path(path: &str, opts: &IngestOptions) -> Vec<Result<Extracted, InputError>> {
    read_path_with(path, opts, &mut |_| {})
}

/// [`read_path`], calling `done` on each document as it is read ([`read_with`]).
pub fn read_path_with(
    path: &str,
    opts: &IngestOptions,
    done: &mut dyn FnMut(&mut Extracted),
) -> Vec<Result<Extracted, InputError>> {
    match open_lines(path) {
        Ok(reader) => read_with(opts.shown(path), reader, opts.max_size, done),
        Err(e) => vec![Err(e)],
    }
}

/// One claims record on 1-based line `line`.
fn parse_line(path: &str, line: usize, text: &str) -> Result<Extracted, InputError> {
    let bad = |message: String| InputError::Record {
        path: path.to_string(),
        line,
        column: 1,
        message: format!("{message}; give lines written by `claimdiff extract --format claims`"),
    };
    let r: Record = serde_json::from_str(text).map_err(|e| {
        let syntax = crate::ingest::records::json_error(path, &e, line - 1, 0);
        match syntax {
            InputError::Json { message, .. } if e.is_data() => {
                bad(format!("not a claims record: {message}"))
            }
            other => other,
        }
    })?;
    if r.record != RECORD_TAG {
        return Err(bad(format!(
            "`record` is {:?}, not {RECORD_TAG:?}",
            r.record
        )));
    }
    if r.schema_version != SCHEMA_VERSION {
        return Err(bad(format!(
            "schema_version {} is not {SCHEMA_VERSION}, the version this claimdiff reads",
            r.schema_version
        )));
    }
    let encoding = Encoding::from_name(&r.encoding)
        .ok_or_else(|| bad(format!("unknown encoding {:?}", r.encoding)))?;
    let text = r.text.into_owned();
    let mut claims = r.claims.into_owned();
    let mut people = r.people.into_owned();
    check_offsets(&text, &claims, &people).map_err(bad)?;
    // Markdown is read through its blanked view: offsets must fit that too.
    if let Some(view) = r.view.as_deref() {
        check_offsets(view, &claims, &people).map_err(|e| bad(format!("{e} (view)")))?;
    }
    let mut doc = Document::restore(
        &r.path,
        r.meta.into_owned(),
        r.format,
        r.text_origin,
        text,
        r.view.map(Cow::into_owned),
        r.body_start,
        r.blocks.into_owned(),
        r.source_lines.into_owned(),
    )
    .map_err(bad)?;
    doc.encoding = encoding;
    doc.notes = r.notes.into_owned();
    held_as_extracted(&doc, &mut claims, &mut people);
    let seg = segment(&doc);
    Ok(Extracted {
        doc,
        seg,
        claims,
        people,
    })
}

/// Hold read claims as extraction holds them: the vectors without the room they grew
/// by, a claim's text as the document's own bytes where they are the same words (not a
/// copy), and each cue and speaker held once for every document that has it. Read as
/// written, one event of 1,000 generated reports took 20 MB more than extracted from the
/// text.
fn held_as_extracted(doc: &Document, claims: &mut Vec<Claim>, people: &mut Vec<Person>) {
    claims.shrink_to_fit();
    crate::resolve::held_for_comparison(people);
    let view = doc.view_shared();
    for c in claims.iter_mut() {
        if let Some(shared) = SharedText::slice_if_same(view, c.range(), &c.text) {
            c.text = shared;
        }
        if let Some(cue) = &mut c.cue {
            *cue = share_arc(cue);
        }
        if let Some(speaker) = &mut c.speaker {
            *speaker = share_arc(speaker);
        }
        c.share_quote(view);
    }
}

/// Every byte range of the claims and people lies on character boundaries of `text`.
fn check_offsets(text: &str, claims: &[Claim], people: &[Person]) -> Result<(), String> {
    let fits = |s: usize, e: usize| {
        s <= e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e)
    };
    for c in claims {
        if !fits(c.range().start, c.range().end) {
            return Err(format!(
                "claim {} spans {}..{}, outside the text",
                c.id,
                c.range().start,
                c.range().end
            ));
        }
        for q in &c.quantities {
            let ranges =
                std::iter::once((q.start, q.end)).chain(q.also().iter().map(|a| (a.start, a.end)));
            for (s, e) in ranges {
                if !fits(s, e) {
                    return Err(format!(
                        "a quantity of claim {} spans {s}..{e}, outside the text",
                        c.id
                    ));
                }
            }
        }
    }
    for p in people {
        if let Some(m) = p.roles.iter().find(|m| !fits(m.start, m.end)) {
            return Err(format!(
                "a role of {} spans {}..{}, outside the text",
                p.name, m.start, m.end
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::extract::Cue;
    use crate::pipeline::extract_document;

    #[test]
    fn records_are_what_serde_writes() {
        let text = "outlet: Wire \\\"Desk\\\"\ndate: 2025-03-04\n\nHeadline\n\n\
            “We will not cut 2,500 jobs,” chief executive Ana Ruiz told reporters on \
            Tuesday.\n\nThe minister said the deficit could reach 4.5% of GDP next year, \
            according to a statement.\n\nA line\twith a tab and a \u{1} control.";
        let page = "<html><head><title>Cuts</title><meta name=\"author\" content=\"Jo\">\
            </head><body><article><h1>Cuts \"ruled out\"</h1><p>“We will not cut 2,500 \
            jobs,” chief executive Ana Ruiz told reporters.</p></article></body></html>";
        let mut docs = vec![Document::from_text(
            "a\\b.txt",
            0,
            text.into(),
            InputFormat::Text,
        )];
        docs.extend(
            crate::ingest::parse_bytes("p.html", page.as_bytes().to_vec(), InputFormat::Html)
                .into_iter()
                .map(Result::unwrap),
        );
        docs[1].notes.push("a \"note\"".into());
        docs[1].meta.insert("claims".into(), "[]".into());
        for doc in docs {
            let e = extract_document(doc);
            assert!(!e.claims.is_empty() && !e.people.is_empty());
            let mut want = Vec::new();
            crate::report::write_json_line(&mut want, &record_of(&e, &e.claims, &e.people))
                .unwrap();
            let mut ours = b"before".to_vec();
            write_into(&mut ours, &e).unwrap();
            assert_eq!(
                String::from_utf8(ours).unwrap(),
                format!("before{}", String::from_utf8(want).unwrap())
            );
        }
    }

    #[test]
    fn read_claims_are_held_as_extraction_holds_them() {
        let text = "outlet: Wire\ndate: 2025-03-04\n\n“We will not cut jobs,” Ana Ruiz told \
            reporters on Tuesday. Ruiz told the board the plan was sound.\n\nThe minister \
            said the deficit could   reach 4.5% next year.";
        let doc = Document::from_text("a.txt", 0, text.into(), InputFormat::Text);
        let e = extract_document(doc);
        let mut line = Vec::new();
        write_into(&mut line, &e).unwrap();
        let r = read("a.jsonl", &line[..], u64::MAX)
            .into_iter()
            .next()
            .unwrap()
            .unwrap();
        assert_eq!(r.claims, e.claims);
        assert_eq!(
            r.claims.capacity(),
            r.claims.len(),
            "no room grown by doubling"
        );
        // A claim whose words are the document's bytes shares them; one whose spaces
        // were collapsed ("could   reach") keeps its own.
        let view = r.doc.view_shared();
        for c in &r.claims {
            let verbatim = view.get(c.range()) == Some(c.text.as_str());
            assert_eq!(c.text.range_in(view).is_some(), verbatim, "{}", c.text);
        }
        assert!(r.claims.iter().any(|c| c.text.range_in(view).is_some()));
        assert!(r.claims.iter().any(|c| c.text.range_in(view).is_none()));
        // One cue per verb as written: the two claims "told" share it.
        let told: Vec<&Arc<Cue>> = r
            .claims
            .iter()
            .filter_map(|c| c.cue.as_ref())
            .filter(|k| k.text == "told")
            .collect();
        assert_eq!(told.len(), 2);
        assert!(Arc::ptr_eq(told[0], told[1]));
    }
}
