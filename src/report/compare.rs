//! Renderers for `claimdiff compare`: human, JSON, JSON Lines and Markdown (the HTML report
//! is in [`super::html`]).
//!
//! # JSON (`--format json`)
//! `{"schema_version": 1, "documents", "speakers", "clusters", "findings", "stats"}`, the
//! fields of [`crate::compare::Comparison`]; specified by
//! `docs/schema/compare.schema.json`.
//!
//! # JSON Lines (`--format jsonl`)
//! One record per line, each with a `type`: `{"type": "document", …}` for each document,
//! then `{"type": "speaker", …}` for each speaker, `{"type": "cluster", …}` for each
//! cluster, `{"type": "finding", …}` for each finding, then one `{"type": "stats", …}`.
//! Each record is the object of the JSON output with `type` and `schema_version` in
//! front. A line is specified
//! by `$defs/jsonl_record` in `docs/schema/compare.schema.json`.

use std::collections::BTreeMap;
use std::io::{self, Write};

use rayon::prelude::*;
use serde::Serialize;

use super::pretty::{Findings, Layout, Object, indent};
use super::{short, style};
use crate::compare::classify::{Finding, Location, Piece};
use crate::compare::rules::{ALL_RULES, Rule, Severity};
use crate::compare::{Comparison, Status};

/// Version of the JSON output schema.
pub const SCHEMA_VERSION: u32 = 1;

/// The whole comparison as one JSON object.
pub fn json<W: Write + ?Sized>(w: &mut W, c: &Comparison) -> io::Result<()> {
    let version = serde_json::Value::from(SCHEMA_VERSION);
    pretty_comparison(w, &[("schema_version", &version)], c, 0)?;
    w.write_all(b"\n")
}

/// `compare --group-by KEY`: one JSON object whose `groups` hold one comparison each,
/// with its `group` value in front.
pub fn json_grouped<W: Write + ?Sized>(
    w: &mut W,
    key: &str,
    groups: &[(String, Comparison)],
) -> io::Result<()> {
    json_grouped_with(w, key, groups.len(), |i| {
        let (g, c) = &groups[i];
        Ok((g.as_str(), c))
    })
}

/// [`json_grouped`] for `n` groups made as they are written: `group(i)` gives the `i`-th
/// group's value and comparison as the array reaches it, and the writer keeps none of
/// them, so a run over many events need not hold every comparison.
pub fn json_grouped_with<W, G, C>(
    w: &mut W,
    key: &str,
    n: usize,
    mut group: impl FnMut(usize) -> io::Result<(G, C)>,
) -> io::Result<()>
where
    W: Write + ?Sized,
    G: AsRef<str>,
    C: std::borrow::Borrow<Comparison>,
{
    let version = serde_json::Value::from(SCHEMA_VERSION);
    let key = serde_json::Value::from(key);
    let mut fields = PrettyObject::begin(w, 0)?;
    fields.value("schema_version", &version)?;
    fields.value("group_by", &key)?;
    fields.list("groups", n, |w, i| {
        let (g, c) = group(i)?;
        let g = serde_json::Value::from(g.as_ref());
        pretty_comparison(w, &[("group", &g)], c.borrow(), 2)
    })?;
    fields.end()?;
    w.write_all(b"\n")
}

// The JSON output is written as serde_json's pretty printer writes it (two spaces per
// level), but its long arrays are rendered in parallel: a comparison of a thousand reports
// writes hundreds of megabytes of findings. Each element is rendered on its own and
// indented to its depth; a rendered element holds no raw newline but those of its layout
// (a newline in a string is written `\n`), so indenting after each one is exact.

/// Elements rendered in parallel per chunk, then written in order: a few per thread, as
/// one finding of a thousand reports renders to hundreds of kilobytes.
fn render_chunk() -> usize {
    4 * rayon::current_num_threads()
}

/// `bytes` with `pad` after each newline.
fn nested(bytes: &[u8], pad: &[u8]) -> Vec<u8> {
    let lines = bytes.iter().filter(|&&b| b == b'\n').count();
    let mut out = Vec::with_capacity(bytes.len() + lines * pad.len());
    for line in bytes.split_inclusive(|&b| b == b'\n') {
        out.extend_from_slice(line);
        if line.ends_with(b"\n") {
            out.extend_from_slice(pad);
        }
    }
    out
}

/// An object being written at depth `level`, one field after another.
struct PrettyObject<'w, W: Write + ?Sized> {
    w: &'w mut W,
    level: usize,
    fields: usize,
}

impl<'w, W: Write + ?Sized> PrettyObject<'w, W> {
    fn begin(w: &'w mut W, level: usize) -> io::Result<Self> {
        w.write_all(b"{")?;
        Ok(PrettyObject {
            w,
            level,
            fields: 0,
        })
    }

    /// Write the next field's key; its value follows.
    fn key(&mut self, key: &str) -> io::Result<()> {
        self.w
            .write_all(if self.fields == 0 { b"\n" } else { b",\n" })?;
        self.fields += 1;
        self.w.write_all(&indent(self.level + 1))?;
        serde_json::to_writer(&mut *self.w, key).map_err(io::Error::from)?;
        self.w.write_all(b": ")
    }

    /// A field whose value is rendered in one piece.
    fn value<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> io::Result<()> {
        self.key(key)?;
        let bytes = serde_json::to_vec_pretty(value).map_err(io::Error::from)?;
        self.w.write_all(&nested(&bytes, &indent(self.level + 1)))
    }

    /// A field whose value is an array of `n` elements, each written by `item(w, i)` at
    /// depth `level + 2`.
    fn list(
        &mut self,
        key: &str,
        n: usize,
        mut item: impl FnMut(&mut W, usize) -> io::Result<()>,
    ) -> io::Result<()> {
        self.key(key)?;
        if n == 0 {
            return self.w.write_all(b"[]");
        }
        let inner = indent(self.level + 2);
        self.w.write_all(b"[")?;
        for i in 0..n {
            self.w.write_all(if i == 0 { b"\n" } else { b",\n" })?;
            self.w.write_all(&inner)?;
            item(self.w, i)?;
        }
        self.w.write_all(b"\n")?;
        self.w.write_all(&indent(self.level + 1))?;
        self.w.write_all(b"]")
    }

    /// A field whose value is an array, its elements rendered by serde in parallel.
    fn array<T: Serialize + Sync>(&mut self, key: &str, items: &[T]) -> io::Result<()> {
        let inner = indent(self.level + 2);
        self.array_with(
            key,
            items,
            |_| {},
            |item, out| {
                let r = serde_json::to_vec_pretty(item).map_err(io::Error::from)?;
                out.extend_from_slice(&nested(&r, &inner));
                Ok(())
            },
        )
    }

    /// A field whose value is an array, each element rendered by `render` (at depth
    /// `level + 2`, appended to an empty buffer) in parallel, a chunk at a time. The
    /// chunk's buffers are kept from one chunk to the next: a finding of a thousand
    /// reports renders to hundreds of kilobytes, and buffers made afresh for each chunk
    /// grew the heap's top while the freed claims left only small holes (peak memory of
    /// `compare` on 1,000 reports with two threads 106.5–112.3 → 101.8–102.6 MB).
    /// `prepare` is given each chunk's range of `items` before the chunk is rendered.
    fn array_with<T: Sync>(
        &mut self,
        key: &str,
        items: &[T],
        mut prepare: impl FnMut(std::ops::Range<usize>),
        render: impl Fn(&T, &mut Vec<u8>) -> io::Result<()> + Sync,
    ) -> io::Result<()> {
        let chunk = render_chunk();
        let mut rendered: Vec<Vec<u8>> = Vec::new();
        self.list(key, items.len(), |w, i| {
            if i % chunk == 0 {
                let end = (i + chunk).min(items.len());
                prepare(i..end);
                rendered.resize_with(end - i, Vec::new);
                rendered
                    .par_iter_mut()
                    .zip(&items[i..end])
                    .try_for_each(|(out, item)| {
                        out.clear();
                        render(item, out)
                    })?;
            }
            w.write_all(&rendered[i % chunk])
        })
    }

    fn end(self) -> io::Result<()> {
        if self.fields > 0 {
            self.w.write_all(b"\n")?;
            self.w.write_all(&indent(self.level))?;
        }
        self.w.write_all(b"}")
    }
}

/// A comparison as a JSON object at depth `level`, with `lead` fields in front: the
/// fields of [`Comparison`], in its order.
fn pretty_comparison<W: Write + ?Sized>(
    w: &mut W,
    lead: &[(&str, &serde_json::Value)],
    c: &Comparison,
    level: usize,
) -> io::Result<()> {
    let mut o = PrettyObject::begin(w, level)?;
    for (k, v) in lead {
        o.value(k, v)?;
    }
    let Comparison {
        documents,
        speakers,
        clusters,
        findings,
        stats,
    } = c;
    o.array("documents", documents)?;
    o.array("speakers", speakers)?;
    o.array("clusters", clusters)?;
    let writer = Findings::of(findings, Layout::Pretty(level + 2));
    o.array_with(
        "findings",
        findings,
        |chunk| writer.prepare(chunk),
        |f, out| {
            writer.write(out, f);
            Ok(())
        },
    )?;
    o.value("stats", stats)?;
    o.end()
}

/// One JSON Lines record: the item's object with `type` and `schema_version` (and with
/// `--group-by`, `group`) in front. The item is written directly (not through a
/// `Value`), so numbers read exactly as in the JSON output.
fn line_in<T: Serialize>(kind: &str, group: Option<&str>, item: &T) -> io::Result<Vec<u8>> {
    let body = serde_json::to_vec(item).map_err(io::Error::from)?;
    let mut out = record_head(kind, group);
    match body.strip_prefix(b"{") {
        Some(rest) => {
            if rest != b"}" {
                out.push(b',');
            }
            out.extend_from_slice(rest);
        }
        None => return Err(io::Error::other("a JSON Lines record must be an object")),
    }
    out.push(b'\n');
    Ok(out)
}

/// A record's first fields, `{"type":…,"schema_version":…` and with `--group-by`
/// `,"group":…`, without the closing brace.
fn record_head(kind: &str, group: Option<&str>) -> Vec<u8> {
    let mut out = Vec::new();
    let mut o = Object::begin(&mut out, Layout::Compact);
    o.str("type", kind);
    o.num("schema_version", SCHEMA_VERSION as usize);
    if let Some(g) = group {
        o.str("group", g);
    }
    out
}

/// The findings' records, rendered on all threads a chunk at a time by the findings'
/// own writer (through serde, a finding citing 40 places cost a call per field of
/// every place).
fn finding_lines<W: Write + ?Sized>(
    w: &mut W,
    findings: &[Finding],
    group: Option<&str>,
) -> io::Result<()> {
    let head = record_head("finding", group);
    let writer = Findings::of(findings, Layout::Compact);
    let size = render_chunk();
    for (n, chunk) in findings.chunks(size).enumerate() {
        let start = n * size;
        writer.prepare(start..start + chunk.len());
        let lines: Vec<Vec<u8>> = chunk
            .par_iter()
            .map(|f| {
                let mut out = head.clone();
                let mut o = Object::continued(&mut out, Layout::Compact);
                writer.fields(&mut o, f);
                o.end();
                out.push(b'\n');
                out
            })
            .collect();
        for line in &lines {
            w.write_all(line)?;
        }
    }
    Ok(())
}

/// One typed record per line.
pub fn jsonl<W: Write + ?Sized>(w: &mut W, c: &Comparison) -> io::Result<()> {
    jsonl_in(w, c, None)
}

/// [`jsonl`] for one group of `compare --group-by`: every record carries `group`.
pub fn jsonl_in<W: Write + ?Sized>(
    w: &mut W,
    c: &Comparison,
    group: Option<&str>,
) -> io::Result<()> {
    for d in &c.documents {
        w.write_all(&line_in("document", group, d)?)?;
    }
    for s in &c.speakers {
        w.write_all(&line_in("speaker", group, s)?)?;
    }
    for cl in &c.clusters {
        w.write_all(&line_in("cluster", group, cl)?)?;
    }
    finding_lines(w, &c.findings, group)?;
    w.write_all(&line_in("stats", group, &c.stats)?)
}

/// Render a word diff as `[-old-]{+new+}` (colour on a terminal).
pub fn diff_inline(pieces: &[Piece]) -> String {
    let red = anstyle::AnsiColor::Red.on_default();
    let green = anstyle::AnsiColor::Green.on_default();
    let mut s = String::new();
    for p in pieces {
        match p {
            Piece::Equal(t) => s.push_str(t),
            Piece::Delete(t) => s.push_str(&format!("{red}[-{t}-]{red:#}")),
            Piece::Insert(t) => s.push_str(&format!("{green}{{+{t}+}}{green:#}")),
        }
    }
    s
}

fn write_location<W: Write + ?Sized>(w: &mut W, l: &Location, marker: &str) -> io::Result<()> {
    let d = style::DIM;
    // Extracted text (HTML, JSON) counts its own lines; the file line is added.
    let file_line = l
        .span()
        .source_line
        .map_or_else(String::new, |n| format!(" [file line {n}]"));
    writeln!(
        w,
        "  {marker} {d}{}:{}:{}{file_line}{d:#} {}  {d}({}){d:#}",
        l.path(),
        l.span().line,
        l.span().column,
        short(l.text(), 110),
        l.outlet()
    )
}

fn write_finding<W: Write + ?Sized>(w: &mut W, f: &Finding) -> io::Result<()> {
    let st = style::severity(f.severity);
    writeln!(
        w,
        "{st}{}[{}]{st:#} {}: {}",
        f.severity.as_str(),
        f.rule.id(),
        f.rule.name(),
        f.message
    )?;
    write_location(w, &f.primary, "-->")?;
    for r in f.related.iter() {
        write_location(w, r, "   ")?;
    }
    if !f.diff.is_empty() {
        writeln!(w, "      {}", diff_inline(&f.diff))?;
    }
    writeln!(w)
}

/// Counts of findings per rule name, for summaries.
fn rule_counts(c: &Comparison) -> BTreeMap<&'static str, usize> {
    let mut m = BTreeMap::new();
    for f in &c.findings {
        *m.entry(f.rule.id()).or_insert(0) += 1;
    }
    m
}

fn summary_line(c: &Comparison) -> String {
    let counts = rule_counts(c);
    let by_rule: Vec<String> = ALL_RULES
        .iter()
        .filter(|r| counts.contains_key(r.id()) && r.severity() > Severity::Info)
        .map(|r| format!("{} {}", counts[r.id()], r.name()))
        .collect();
    let vague = counts
        .get(Rule::LessPrecise.id())
        .map(|n| format!(", {n} less precise"))
        .unwrap_or_default();
    format!(
        "{} documents, {} claims, {} clusters: {} agree, {} conflict, {} single{vague}{}",
        c.documents.len(),
        c.stats.claims,
        c.stats.clusters,
        c.stats.agreements,
        c.stats.conflicts,
        c.clusters
            .iter()
            .filter(|x| x.status == Status::Single)
            .count(),
        if by_rule.is_empty() {
            String::new()
        } else {
            format!(" — {}", by_rule.join(", "))
        }
    )
}

/// Per pair of documents: (clusters shared, clusters in conflict).
pub fn matrix(c: &Comparison) -> Vec<Vec<(usize, usize)>> {
    let n = c.documents.len();
    let mut m = vec![vec![(0usize, 0usize); n]; n];
    for cl in &c.clusters {
        let docs: Vec<usize> = cl.members.iter().map(|m| m.document).collect();
        for &a in &docs {
            for &b in &docs {
                if a != b {
                    m[a][b].0 += 1;
                }
            }
        }
    }
    for f in &c.findings {
        if f.rule == Rule::OnlyIn || f.severity == Severity::Info {
            continue;
        }
        for r in f.related.iter() {
            let (a, b) = (f.primary.document(), r.document());
            if a != b {
                m[a][b].1 += 1;
                m[b][a].1 += 1;
            }
        }
    }
    m
}

/// The human report: documents, then (for two documents) a diff-like listing, or (for
/// more) an agreement matrix, then the findings and a summary line. Only-in findings are
/// listed for two documents and counted otherwise.
pub fn human<W: Write + ?Sized>(w: &mut W, c: &Comparison) -> io::Result<()> {
    let h = style::HEADER;
    let d = style::DIM;
    let two = c.documents.len() == 2;
    for (i, doc) in c.documents.iter().enumerate() {
        let marker = match (two, i) {
            (true, 0) => "---",
            (true, _) => "+++",
            _ => "   ",
        };
        writeln!(
            w,
            "{h}{marker} {}{h:#} {d}{}, {}, {} claims{d:#}",
            doc.path,
            doc.outlet,
            doc.date.as_deref().unwrap_or("date unknown"),
            doc.claims
        )?;
    }
    writeln!(w)?;
    if !two && c.documents.len() > 2 {
        // Agreement matrix: shared clusters / conflicts per pair of outlets.
        writeln!(
            w,
            "{h}agreement matrix{h:#} {d}(clusters shared / in conflict){d:#}"
        )?;
        let m = matrix(c);
        let names: Vec<String> = c.documents.iter().map(|x| short(&x.outlet, 14)).collect();
        write!(w, "{:<16}", "")?;
        for (i, _) in names.iter().enumerate() {
            write!(w, "{:>8}", format!("[{}]", i + 1))?;
        }
        writeln!(w)?;
        for (i, name) in names.iter().enumerate() {
            write!(w, "{:<16}", format!("[{}] {}", i + 1, name))?;
            for (j, &(shared, conflict)) in m[i].iter().enumerate() {
                if i == j {
                    write!(w, "{:>8}", "·")?;
                } else {
                    let cell = format!("{shared}/{conflict}");
                    if conflict > 0 {
                        let s = style::WARN;
                        write!(w, "{s}{cell:>8}{s:#}")?;
                    } else {
                        write!(w, "{cell:>8}")?;
                    }
                }
            }
            writeln!(w)?;
        }
        writeln!(w)?;
    }
    for f in c.findings.iter().filter(|f| f.rule != Rule::OnlyIn) {
        write_finding(w, f)?;
    }
    // Coverage.
    if two {
        for (i, doc) in c.documents.iter().enumerate() {
            let marker = if i == 0 { "<" } else { ">" };
            let only: Vec<&Finding> = c
                .findings
                .iter()
                .filter(|f| f.rule == Rule::OnlyIn && f.primary.document() == i)
                .collect();
            if only.is_empty() {
                continue;
            }
            writeln!(
                w,
                "{h}only in {}{h:#} {d}({} claims){d:#}",
                doc.path,
                only.len()
            )?;
            for f in only {
                writeln!(
                    w,
                    "{marker} {d}{}:{}{d:#} {}",
                    f.primary.span().line,
                    f.primary.span().column,
                    short(f.primary.claim_text(), 120)
                )?;
            }
            writeln!(w)?;
        }
    } else {
        writeln!(
            w,
            "{h}{:<46}{h:#} {:>6} {:>8} {:>6} {:>6}",
            "per outlet", "errors", "warnings", "alone", "shared"
        )?;
        writeln!(
            w,
            "  {d}(findings where the outlet is the odd one out; claims only it carries, and claims some but not all carry){d:#}"
        )?;
        for (i, doc) in c.documents.iter().enumerate() {
            let alone = c
                .clusters
                .iter()
                .filter(|cl| cl.members.len() == 1 && cl.members[0].document == i)
                .count();
            let partial = c
                .clusters
                .iter()
                .filter(|cl| {
                    cl.members.len() > 1
                        && cl.members.len() < c.documents.len()
                        && cl.members.iter().any(|m| m.document == i)
                })
                .count();
            let flagged = |sev: Severity| {
                c.findings
                    .iter()
                    .filter(|f| f.severity == sev && f.rule.severity() > Severity::Info)
                    .filter(|f| f.primary.document() == i)
                    .count()
            };
            writeln!(
                w,
                "  [{}] {:<40} {:>6} {:>8} {alone:>6} {partial:>6}",
                i + 1,
                short(&doc.outlet, 40),
                flagged(Severity::Error),
                flagged(Severity::Warning),
            )?;
        }
        writeln!(w)?;
    }
    writeln!(w, "{h}{}{h:#}", summary_line(c))
}

fn md_escape(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// A Markdown report fit for a pull-request comment.
pub fn markdown<W: Write + ?Sized>(w: &mut W, c: &Comparison) -> io::Result<()> {
    writeln!(w, "## claimdiff: {}\n", summary_line(c))?;
    writeln!(w, "| # | outlet | path | date | claims |")?;
    writeln!(w, "|---|---|---|---|---|")?;
    for (i, d) in c.documents.iter().enumerate() {
        writeln!(
            w,
            "| {} | {} | `{}` | {} | {} |",
            i + 1,
            md_escape(&d.outlet),
            md_escape(&d.path),
            d.date.as_deref().unwrap_or("—"),
            d.claims
        )?;
    }
    writeln!(w)?;
    let counts = rule_counts(c);
    writeln!(w, "| rule | name | severity | findings |")?;
    writeln!(w, "|---|---|---|---|")?;
    for r in ALL_RULES {
        if let Some(n) = counts.get(r.id()) {
            writeln!(
                w,
                "| {} | {} | {} | {} |",
                r.id(),
                r.name(),
                r.severity().as_str(),
                n
            )?;
        }
    }
    writeln!(w)?;
    if c.documents.len() > 2 {
        let m = matrix(c);
        write!(w, "| shared / conflicts |")?;
        for i in 0..c.documents.len() {
            write!(w, " {} |", i + 1)?;
        }
        writeln!(w)?;
        write!(w, "|---|")?;
        for _ in 0..c.documents.len() {
            write!(w, "---|")?;
        }
        writeln!(w)?;
        for (i, d) in c.documents.iter().enumerate() {
            write!(w, "| {} {} |", i + 1, md_escape(&short(&d.outlet, 24)))?;
            for (j, &(s, k)) in m[i].iter().enumerate() {
                if i == j {
                    write!(w, " · |")?;
                } else {
                    if k > 0 {
                        write!(w, " {s} / **{k}** |")?;
                    } else {
                        write!(w, " {s} / 0 |")?;
                    }
                }
            }
            writeln!(w)?;
        }
        writeln!(w)?;
    }
    for f in c.findings.iter().filter(|f| f.rule != Rule::OnlyIn) {
        writeln!(
            w,
            "### {} `{}` {}\n\n{}\n",
            match f.severity {
                Severity::Error => "❌",
                Severity::Warning => "⚠️",
                Severity::Info => "ℹ️",
            },
            f.rule.id(),
            f.rule.name(),
            md_escape(&f.message)
        )?;
        writeln!(w, "```diff")?;
        writeln!(
            w,
            "- {} ({}:{}:{}): {}",
            f.primary.outlet(),
            f.primary.path(),
            f.primary.span().line,
            f.primary.span().column,
            f.primary.text().replace('\n', " ")
        )?;
        for r in f.related.iter() {
            writeln!(
                w,
                "+ {} ({}:{}:{}): {}",
                r.outlet(),
                r.path(),
                r.span().line,
                r.span().column,
                r.text().replace('\n', " ")
            )?;
        }
        writeln!(w, "```")?;
        if !f.diff.is_empty() {
            let mut s = String::new();
            for p in &f.diff {
                match p {
                    Piece::Equal(t) => s.push_str(&md_escape(t)),
                    Piece::Delete(t) => s.push_str(&format!("~~{}~~", md_escape(t.trim()))),
                    Piece::Insert(t) => s.push_str(&format!("**{}**", md_escape(t.trim()))),
                }
            }
            writeln!(w, "\nWord diff: {s}")?;
        }
        writeln!(w)?;
    }
    let only = c.findings.iter().filter(|f| f.rule == Rule::OnlyIn).count();
    if only > 0 {
        writeln!(
            w,
            "<details><summary>{only} claims carried by only some outlets</summary>\n"
        )?;
        for f in c.findings.iter().filter(|f| f.rule == Rule::OnlyIn) {
            writeln!(
                w,
                "- `{}:{}` {} — {}",
                f.primary.path(),
                f.primary.span().line,
                md_escape(&short(f.primary.claim_text(), 140)),
                md_escape(&f.message)
            )?;
        }
        writeln!(w, "\n</details>")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::ingest::{Document, InputFormat};
    use crate::pipeline::{Extracted, extract_document};

    fn extracted(name: &str, text: &str) -> Extracted {
        extract_document(Document::from_text(
            name,
            0,
            text.to_string(),
            InputFormat::Text,
        ))
    }

    /// What serde_json's own pretty printer writes for the same values.
    #[derive(Serialize)]
    struct Reference<'a> {
        schema_version: u32,
        #[serde(flatten)]
        comparison: &'a Comparison,
    }

    #[derive(Serialize)]
    struct GroupReference<'a> {
        group: &'a str,
        #[serde(flatten)]
        comparison: &'a Comparison,
    }

    #[derive(Serialize)]
    struct GroupedReference<'a> {
        schema_version: u32,
        group_by: &'a str,
        groups: Vec<GroupReference<'a>>,
    }

    #[test]
    fn parallel_json_is_serde_pretty_json() {
        let cfg = Config::default();
        let wire = extracted(
            "wire.txt",
            include_str!("../../fixtures/budapest-summit/wire.txt"),
        );
        let tabloid = extracted(
            "tabloid.txt",
            include_str!("../../fixtures/budapest-summit/tabloid.txt"),
        );
        let state = extracted(
            "state-media.txt",
            include_str!("../../fixtures/budapest-summit/state-media.txt"),
        );
        let full = crate::compare::compare(&[wire, tabloid, state], &cfg);
        assert!(full.findings.len() > 1, "the fixtures disagree");
        // Two copies of one text: no finding, so empty arrays are written too.
        let text = "Mayor Ann Lee said on Monday that the bridge would reopen in May.\n";
        let same =
            crate::compare::compare(&[extracted("a.txt", text), extracted("b.txt", text)], &cfg);
        assert!(same.findings.is_empty());
        for c in [&full, &same] {
            let mut ours = Vec::new();
            json(&mut ours, c).unwrap();
            let mut theirs = serde_json::to_vec_pretty(&Reference {
                schema_version: SCHEMA_VERSION,
                comparison: c,
            })
            .unwrap();
            theirs.push(b'\n');
            assert_eq!(
                String::from_utf8(ours).unwrap(),
                String::from_utf8(theirs).unwrap()
            );
        }
        let groups = [("one".to_string(), full), ("two".to_string(), same)];
        for gs in [&groups[..], &groups[..0]] {
            let mut ours = Vec::new();
            json_grouped(&mut ours, "event", gs).unwrap();
            let mut theirs = serde_json::to_vec_pretty(&GroupedReference {
                schema_version: SCHEMA_VERSION,
                group_by: "event",
                groups: gs
                    .iter()
                    .map(|(g, c)| GroupReference {
                        group: g,
                        comparison: c,
                    })
                    .collect(),
            })
            .unwrap();
            theirs.push(b'\n');
            assert_eq!(
                String::from_utf8(ours).unwrap(),
                String::from_utf8(theirs).unwrap()
            );
        }
    }

    /// A JSON Lines record as serde writes it: `type`, `schema_version`, `group`, then
    /// the item's fields.
    #[derive(Serialize)]
    struct LineReference<'a, T: Serialize> {
        #[serde(rename = "type")]
        kind: &'a str,
        schema_version: u32,
        #[serde(skip_serializing_if = "Option::is_none")]
        group: Option<&'a str>,
        #[serde(flatten)]
        item: &'a T,
    }

    fn reference_line<T: Serialize>(out: &mut Vec<u8>, kind: &str, group: Option<&str>, item: &T) {
        let line = LineReference {
            kind,
            schema_version: SCHEMA_VERSION,
            group,
            item,
        };
        serde_json::to_writer(&mut *out, &line).unwrap();
        out.push(b'\n');
    }

    #[test]
    fn json_lines_are_what_serde_writes() {
        let cfg = Config::default();
        let docs: Vec<Extracted> = ["wire", "tabloid", "state-media", "regional"]
            .iter()
            .map(|name| {
                let path = format!(
                    "{}/fixtures/budapest-summit/{name}.txt",
                    env!("CARGO_MANIFEST_DIR")
                );
                extracted(name, &std::fs::read_to_string(path).unwrap())
            })
            .collect();
        let c = crate::compare::compare(&docs, &cfg);
        assert!(
            c.findings.len() > render_chunk(),
            "findings in several chunks"
        );
        assert!(c.findings.iter().any(|f| !f.diff.is_empty()));
        for group in [None, Some("event \"7\"")] {
            let mut ours = Vec::new();
            jsonl_in(&mut ours, &c, group).unwrap();
            let mut theirs = Vec::new();
            for d in &c.documents {
                reference_line(&mut theirs, "document", group, d);
            }
            for s in &c.speakers {
                reference_line(&mut theirs, "speaker", group, s);
            }
            for cl in &c.clusters {
                reference_line(&mut theirs, "cluster", group, cl);
            }
            for f in &c.findings {
                reference_line(&mut theirs, "finding", group, f);
            }
            reference_line(&mut theirs, "stats", group, &c.stats);
            assert_eq!(
                String::from_utf8(ours).unwrap(),
                String::from_utf8(theirs).unwrap()
            );
        }
    }
}
