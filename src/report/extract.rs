//! Renderers for `claimdiff extract`: human, JSON and JSON Lines.
//!
//! # JSON (`--format json`)
//! One object: `{"schema_version": 1, "documents": [Document…]}` where each document is
//! `{"path", "outlet", "date", "url", "title", "claims": [Claim…]}` and each claim has the
//! fields of [`crate::extract::Claim`]. The schema is `docs/schema/extract.schema.json`.
//!
//! # JSON Lines (`--format jsonl`)
//! One claim per line, with the document's `path`, `outlet` and `date` added to each:
//! `{"path", "outlet", "date", "id", "kind", …}`.

use std::io::{self, Write};

use serde::Serialize;

use super::style;
use crate::extract::{Claim, ClaimKind};
use crate::ingest::TextOrigin;
use crate::pipeline::Extracted;

/// Version of the JSON output schema.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
struct DocOut<'a> {
    path: &'a str,
    outlet: &'a str,
    date: Option<String>,
    url: Option<&'a str>,
    title: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    author: Option<&'a str>,
    format: crate::ingest::InputFormat,
    text_origin: TextOrigin,
    encoding: &'a str,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    notes: &'a [String],
    // Extracted text is not in any file the user has, so it travels with the spans.
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<&'a str>,
    claims: &'a [Claim],
}

impl<'a> DocOut<'a> {
    fn new(e: &'a Extracted) -> Self {
        let d = &e.doc;
        DocOut {
            path: &d.path,
            outlet: &d.outlet,
            date: d.date.map(|d| d.to_string()),
            url: d.url.as_deref(),
            title: d.title.as_deref(),
            author: d.author.as_deref(),
            format: d.format,
            text_origin: d.origin,
            encoding: d.encoding.name(),
            notes: &d.notes,
            text: (d.origin != TextOrigin::File).then_some(d.text.as_str()),
            claims: &e.claims,
        }
    }
}

#[derive(Serialize)]
struct Output<'a> {
    schema_version: u32,
    documents: Vec<DocOut<'a>>,
}

/// Write all documents as one JSON object.
pub fn json<W: Write + ?Sized>(w: &mut W, docs: &[&Extracted]) -> io::Result<()> {
    let out = Output {
        schema_version: SCHEMA_VERSION,
        documents: docs.iter().map(|e| DocOut::new(e)).collect(),
    };
    serde_json::to_writer_pretty(&mut *w, &out).map_err(io::Error::from)?;
    w.write_all(b"\n")
}

/// The document's fields that open each of its JSON lines.
#[derive(Serialize)]
struct LineHead<'a> {
    path: &'a str,
    outlet: &'a str,
    date: Option<String>,
}

/// Write one JSON line per claim: the document's `path`, `outlet` and `date`, then the
/// claim's own fields. The document's part is written once and each claim's object
/// spliced after it, which is what `#[serde(flatten)]` wrote through serde's map
/// machinery at a call per field (a test compares the two).
pub fn jsonl<W: Write + ?Sized>(w: &mut W, doc: &Extracted) -> io::Result<()> {
    let mut head = serde_json::to_vec(&LineHead {
        path: &doc.doc.path,
        outlet: &doc.doc.outlet,
        date: doc.doc.date.map(|d| d.to_string()),
    })
    .map_err(io::Error::from)?;
    // `{"path":…,"date":…}` without its closing brace.
    head.pop();
    let mut claim = Vec::new();
    for c in &doc.claims {
        claim.clear();
        serde_json::to_writer(&mut claim, c).map_err(io::Error::from)?;
        // The claim's object without its opening brace, after a comma: a claim always
        // has fields (`id` first), so the object is never `{}`.
        debug_assert!(claim.starts_with(b"{\"id\":"));
        w.write_all(&head)?;
        w.write_all(b",")?;
        w.write_all(claim.get(1..).unwrap_or_default())?;
        w.write_all(b"\n")?;
    }
    Ok(())
}

fn short(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// Write one document for a terminal: a header line, then one block per claim.
pub fn human<W: Write + ?Sized>(w: &mut W, e: &Extracted) -> io::Result<()> {
    let h = style::HEADER;
    let d = style::DIM;
    let date = e
        .doc
        .date
        .map_or_else(|| "date unknown".to_string(), |d| d.to_string());
    writeln!(
        w,
        "{h}{}{h:#} {d}— {}, {} — {} claims{d:#}",
        e.doc.path,
        e.doc.outlet,
        date,
        e.claims.len()
    )?;
    match e.doc.origin {
        TextOrigin::File => {}
        TextOrigin::HtmlExtract => writeln!(
            w,
            "  {d}(lines and columns count the article text extracted from the page; [page line] where known){d:#}"
        )?,
        TextOrigin::JsonRecord => writeln!(
            w,
            "  {d}(lines and columns count the record's title and body; [file line] of the record){d:#}"
        )?,
    }
    for c in &e.claims {
        let k = style::KIND;
        write!(
            w,
            "  {d}{:>4}:{:<3}{d:#} {k}{:<15}{k:#} ",
            c.span.line,
            c.span.column,
            c.kind.as_str()
        )?;
        if let Some(l) = c.span.source_line {
            write!(w, "{d}[{l}]{d:#} ")?;
        }
        if let Some(s) = &c.speaker {
            let sp = style::SPEAKER;
            write!(w, "{sp}{}{sp:#}", s.name)?;
            if !s.resolved {
                let wn = style::WARN;
                write!(w, " {wn}(unresolved){wn:#}")?;
            }
            if !c.via.is_empty() {
                let via: Vec<&str> = c.via.iter().map(|v| v.name.as_str()).collect();
                write!(w, " {d}via {}{d:#}", via.join(", "))?;
            }
            if let Some(a) = &c.addressee {
                write!(w, " {d}to {a}{d:#}")?;
            }
            let cue = style::CUE;
            match &c.cue {
                Some(cu) => write!(
                    w,
                    " — {cue}{}{cue:#} {d}[{}]{d:#}",
                    cu.text,
                    stance_name(cu)
                )?,
                None => write!(w, " — {d}(continues){d:#}")?,
            }
            if let Some(ch) = &c.channel {
                write!(w, " {d}{ch}{d:#}")?;
            }
            writeln!(w)?;
        } else {
            writeln!(w, "{d}(outlet's own statement){d:#}")?;
        }
        let q = style::QUOTE;
        match (c.kind, &c.quote) {
            (ClaimKind::DirectQuote, Some(quote)) => {
                writeln!(w, "         {q}“{}”{q:#}", short(quote, 300))?;
            }
            _ => {
                writeln!(w, "         {}", short(&c.text, 300))?;
            }
        }
        let mut notes = Vec::new();
        if c.negated {
            notes.push("negated".to_string());
        }
        if let Some(m) = &c.modality {
            notes.push(format!("modality: {m}"));
        }
        if !c.quantities.is_empty() {
            let qs: Vec<&str> = c.quantities.iter().map(|q| q.text.as_str()).collect();
            notes.push(format!("quantities: {}", qs.join("; ")));
        }
        if !notes.is_empty() {
            writeln!(w, "         {d}{}{d:#}", notes.join(" · "))?;
        }
    }
    Ok(())
}

fn stance_name(c: &crate::extract::Cue) -> String {
    serde_json::to_value(c.stance)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::{Document, InputFormat};
    use crate::pipeline::extract_document;

    /// The line as `#[serde(flatten)]` writes it.
    #[derive(Serialize)]
    struct FlatLine<'a> {
        path: &'a str,
        outlet: &'a str,
        date: Option<String>,
        #[serde(flatten)]
        claim: &'a Claim,
    }

    #[test]
    fn spliced_lines_are_the_flattened_lines() {
        let text = "outlet: Wire \\\"Desk\\\"\ndate: 2025-03-04\n\nHeadline\n\n\
            “We will not cut 2,500 jobs,” chief executive Ana Ruiz told reporters on \
            Tuesday.\n\nThe minister said the deficit could reach 4.5% of GDP next year, \
            according to a statement.\n\nA line\twith a tab and a \u{1} control.";
        for (path, date) in [("a\\b.txt", true), ("plain.txt", false)] {
            let mut doc = Document::from_text(path, 0, text.to_string(), InputFormat::Text);
            if !date {
                doc.date = None;
            }
            let e = extract_document(doc);
            assert!(e.claims.len() >= 2, "{:?}", e.claims.len());
            let mut ours = Vec::new();
            jsonl(&mut ours, &e).unwrap();
            let mut want = Vec::new();
            let d = e.doc.date.map(|d| d.to_string());
            for c in &e.claims {
                let line = FlatLine {
                    path: &e.doc.path,
                    outlet: &e.doc.outlet,
                    date: d.clone(),
                    claim: c,
                };
                serde_json::to_writer(&mut want, &line).unwrap();
                want.push(b'\n');
            }
            assert_eq!(
                String::from_utf8(ours).unwrap(),
                String::from_utf8(want).unwrap()
            );
        }
    }
}
