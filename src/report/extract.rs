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

use super::pretty::{Layout, Object, array, write_str};
use super::{claims_json, style};
use crate::extract::ClaimKind;
use crate::ingest::TextOrigin;
use crate::pipeline::Extracted;

/// Version of the JSON output schema.
pub const SCHEMA_VERSION: u32 = 1;

/// `e` as a document object laid out by `layout`: the fields of the schema's
/// document, its claims last.
fn document(out: &mut Vec<u8>, e: &Extracted, layout: Layout) -> io::Result<()> {
    let d = &e.doc;
    let mut o = Object::begin(out, layout);
    let inner = o.inner();
    o.str("path", &d.path);
    o.str("outlet", &d.outlet);
    o.opt_str("date", d.date.map(|d| d.to_string()).as_deref());
    o.opt_str("url", d.url.as_deref());
    o.opt_str("title", d.title.as_deref());
    if let Some(a) = &d.author {
        o.str("author", a);
    }
    // Unit variants: a string in either layout.
    serde_json::to_writer(o.key("format"), &d.format).map_err(io::Error::from)?;
    serde_json::to_writer(o.key("text_origin"), &d.origin).map_err(io::Error::from)?;
    o.str("encoding", d.encoding.name());
    if !d.notes.is_empty() {
        array(o.key("notes"), &d.notes, inner, |out, n, _| {
            write_str(out, n)
        });
    }
    // Extracted text is not in any file the user has, so it travels with the spans.
    if d.origin != TextOrigin::File {
        o.str("text", &d.text);
    }
    array(o.key("claims"), &e.claims, inner, claims_json::claim);
    o.end();
    Ok(())
}

/// Write all documents as one JSON object, in serde_json's pretty layout.
pub fn json<W: Write + ?Sized>(w: &mut W, docs: &[&Extracted]) -> io::Result<()> {
    let mut stream = JsonStream::default();
    for e in docs {
        stream.document(w, &json_document(e)?)?;
    }
    stream.finish(w)
}

/// A document as [`JsonStream::document`] takes it: its object at the depth of the
/// documents array's elements.
pub fn json_document(e: &Extracted) -> io::Result<Vec<u8>> {
    let mut out = Vec::new();
    document(&mut out, e, Layout::Pretty(2))?;
    Ok(out)
}

/// The JSON output written a document at a time, so that `extract` need not hold the
/// corpus (the documents can be laid out on other threads, see [`json_document`]). The
/// documents array is framed here rather than by [`array`] for that reason.
#[derive(Default)]
pub struct JsonStream {
    written: usize,
}

const JSON_HEAD: &str = "{\n  \"schema_version\": ";

impl JsonStream {
    /// Append the next document, laid out by [`json_document`].
    pub fn document<W: Write + ?Sized>(&mut self, w: &mut W, doc: &[u8]) -> io::Result<()> {
        if self.written == 0 {
            write!(w, "{JSON_HEAD}{SCHEMA_VERSION},\n  \"documents\": [")?;
        } else {
            w.write_all(b",")?;
        }
        w.write_all(b"\n    ")?;
        w.write_all(doc)?;
        self.written += 1;
        Ok(())
    }

    /// Close the output (an empty array when no document was written).
    pub fn finish<W: Write + ?Sized>(self, w: &mut W) -> io::Result<()> {
        if self.written == 0 {
            write!(w, "{JSON_HEAD}{SCHEMA_VERSION},\n  \"documents\": []")?;
        } else {
            w.write_all(b"\n  ]")?;
        }
        w.write_all(b"\n}\n")
    }
}

/// Write one JSON line per claim: the document's `path`, `outlet` and `date`, then the
/// claim's own fields (what `#[serde(flatten)]` wrote; a test compares the two).
pub fn jsonl<W: Write + ?Sized>(w: &mut W, doc: &Extracted) -> io::Result<()> {
    let mut out = Vec::new();
    jsonl_into(&mut out, doc);
    w.write_all(&out)
}

/// [`jsonl`] appended to `out`.
pub fn jsonl_into(out: &mut Vec<u8>, doc: &Extracted) {
    // `{"path":…,"outlet":…,"date":…`, written once and copied to the start of each line.
    let mut head = Vec::new();
    let mut o = Object::begin(&mut head, Layout::Compact);
    o.str("path", &doc.doc.path);
    o.str("outlet", &doc.doc.outlet);
    o.opt_str("date", doc.doc.date.map(|d| d.to_string()).as_deref());
    // Room for the lines at once: a claim's line is its text and quote plus about 500
    // bytes of fields (a few hundred more with quantities), so growing by doubling
    // would copy the document's lines several times over.
    let text: usize = doc
        .claims
        .iter()
        .map(|c| c.text.len() + c.quote().map_or(0, str::len))
        .sum();
    out.reserve(text + doc.claims.len() * (head.len() + 640));
    for c in &doc.claims {
        out.extend_from_slice(&head);
        let mut o = Object::continued(out, Layout::Compact);
        claims_json::claim_fields(&mut o, c);
        o.end();
        out.push(b'\n');
    }
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
            c.span().line,
            c.span().column,
            c.kind.as_str()
        )?;
        if let Some(l) = c.span().source_line {
            write!(w, "{d}[{l}]{d:#} ")?;
        }
        if let Some(s) = &c.speaker {
            let sp = style::SPEAKER;
            write!(w, "{sp}{}{sp:#}", s.name)?;
            if !s.resolved {
                let wn = style::WARN;
                write!(w, " {wn}(unresolved){wn:#}")?;
            }
            if !c.via().is_empty() {
                let via: Vec<&str> = c.via().iter().map(|v| v.name.as_str()).collect();
                write!(w, " {d}via {}{d:#}", via.join(", "))?;
            }
            if let Some(a) = c.addressee() {
                write!(w, " {d}to {a}{d:#}")?;
            }
            let cue = style::CUE;
            match &c.cue {
                Some(cu) => write!(
                    w,
                    " — {cue}{}{cue:#} {d}[{}]{d:#}",
                    cu.text,
                    cu.stance.as_str()
                )?,
                None => write!(w, " — {d}(continues){d:#}")?,
            }
            if let Some(ch) = c.channel() {
                write!(w, " {d}{ch}{d:#}")?;
            }
            writeln!(w)?;
        } else {
            writeln!(w, "{d}(outlet's own statement){d:#}")?;
        }
        let q = style::QUOTE;
        match (c.kind, c.quote()) {
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
        if let Some(m) = c.modality() {
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

#[cfg(test)]
mod tests {
    use serde::Serialize;

    use super::*;
    use crate::extract::Claim;
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

    /// A document as serde writes the schema's document.
    #[derive(Serialize)]
    struct DocOut<'a> {
        path: &'a str,
        outlet: &'a str,
        date: Option<String>,
        url: Option<&'a str>,
        title: Option<&'a str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        author: Option<&'a str>,
        format: InputFormat,
        text_origin: TextOrigin,
        encoding: &'a str,
        #[serde(skip_serializing_if = "<[String]>::is_empty")]
        notes: &'a [String],
        #[serde(skip_serializing_if = "Option::is_none")]
        text: Option<&'a str>,
        claims: &'a [Claim],
    }

    #[derive(Serialize)]
    struct Output<'a> {
        schema_version: u32,
        documents: Vec<DocOut<'a>>,
    }

    fn serde_json_of(docs: &[&Extracted]) -> String {
        let out = Output {
            schema_version: SCHEMA_VERSION,
            documents: docs
                .iter()
                .map(|e| {
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
                        text: (d.origin != TextOrigin::File).then_some(&*d.text),
                        claims: &e.claims,
                    }
                })
                .collect(),
        };
        let mut want = serde_json::to_vec_pretty(&out).unwrap();
        want.push(b'\n');
        String::from_utf8(want).unwrap()
    }

    const TEXT: &str = "outlet: Wire \\\"Desk\\\"\ndate: 2025-03-04\n\nHeadline\n\n\
        “We will not cut 2,500 jobs,” chief executive Ana Ruiz told reporters on \
        Tuesday.\n\nThe minister said the deficit could reach 4.5% of GDP next year, \
        according to a statement.\n\nA line\twith a tab and a \u{1} control.";

    /// The same report as a page, with a byline, a link and a note for a skipped part.
    const PAGE: &str = "<html><head><title>Cuts \"ruled out\"</title>\
        <meta name=\"author\" content=\"Jo Bloggs\">\
        <link rel=\"canonical\" href=\"https://example.com/a?b=1&amp;c=2\"></head>\
        <body><article><h1>Cuts ruled out</h1>\
        <p>“We will not cut 2,500 jobs,” chief executive Ana Ruiz told reporters on \
        Tuesday.</p><p>The minister said the deficit could reach 4.5% of GDP, according \
        to a statement.</p></article></body></html>";

    fn documents() -> Vec<Extracted> {
        let mut docs = Vec::new();
        for (path, date) in [("a\\b.txt", true), ("plain.txt", false)] {
            let mut doc = Document::from_text(path, 0, TEXT.to_string(), InputFormat::Text);
            if !date {
                doc.date = None;
            }
            docs.push(extract_document(doc));
        }
        for doc in crate::ingest::parse_bytes("p.html", PAGE.as_bytes().to_vec(), InputFormat::Html)
        {
            let mut doc = doc.unwrap();
            doc.notes.push("a note with a \"quote\"".into());
            docs.push(extract_document(doc));
        }
        docs
    }

    #[test]
    fn lines_are_the_flattened_lines() {
        for e in documents() {
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

    #[test]
    fn json_is_what_serde_writes() {
        let docs = documents();
        let page = &docs[2].doc;
        assert_eq!(page.origin, TextOrigin::HtmlExtract);
        assert!(page.title.is_some() && page.author.is_some() && page.url.is_some());
        let all: Vec<&Extracted> = docs.iter().collect();
        for set in [&all[..], &all[..1], &all[2..], &[]] {
            let mut ours = Vec::new();
            json(&mut ours, set).unwrap();
            assert_eq!(String::from_utf8(ours).unwrap(), serde_json_of(set));
        }
    }
}
