//! Renderers for `claimdiff quantities`: human, JSON and JSON Lines.
//!
//! Each record is the quantity as [`crate::quantities::Quantity`] serializes it, with
//! `start`/`end` replaced by `"span": {"start", "end", "line", "column"}` and the
//! document's `path` added. JSON wraps the records per document:
//! `{"schema_version": 1, "documents": [{"path", "outlet", "date", "quantities": [...]}]}`;
//! JSON Lines writes one record per line. The schema is
//! `docs/schema/quantities.schema.json`.

use std::io::{self, Write};

use serde_json::{Map, Value};

use super::style;
use crate::ingest::Document;
use crate::pipeline::Found;
use crate::quantities::{QuantityKind, Value as QValue};

/// Version of the JSON output schema.
pub const SCHEMA_VERSION: u32 = 1;

fn record(path: &str, f: &Found) -> Value {
    let mut v = serde_json::to_value(&f.quantity).unwrap_or(Value::Null);
    if let Value::Object(m) = &mut v {
        m.shift_remove("start");
        m.shift_remove("end");
        let mut out = Map::new();
        out.insert("path".into(), Value::String(path.to_string()));
        out.insert("text".into(), m.shift_remove("text").unwrap_or(Value::Null));
        out.insert(
            "span".into(),
            serde_json::to_value(f.span).unwrap_or(Value::Null),
        );
        out.extend(std::mem::take(m));
        return Value::Object(out);
    }
    v
}

/// Write all documents as one JSON object.
pub fn json<W: Write + ?Sized>(w: &mut W, docs: &[(Document, Vec<Found>)]) -> io::Result<()> {
    let documents: Vec<Value> = docs
        .iter()
        .map(|(d, found)| {
            serde_json::json!({
                "path": d.path,
                "outlet": d.outlet,
                "date": d.date.map(|x| x.to_string()),
                "quantities": found.iter().map(|f| record(&d.path, f)).collect::<Vec<_>>(),
            })
        })
        .collect();
    let out = serde_json::json!({"schema_version": SCHEMA_VERSION, "documents": documents});
    serde_json::to_writer_pretty(&mut *w, &out).map_err(io::Error::from)?;
    w.write_all(b"\n")
}

/// Write one JSON line per quantity.
pub fn jsonl<W: Write + ?Sized>(w: &mut W, doc: &Document, found: &[Found]) -> io::Result<()> {
    for f in found {
        super::write_json_line(w, &record(&doc.path, f))?;
    }
    Ok(())
}

fn show(v: Option<&QValue>) -> String {
    match v {
        Some(QValue::Number(n)) => {
            if n.fract() == 0.0 && n.abs() < 1e15 {
                format!("{n:.0}")
            } else {
                format!("{n}")
            }
        }
        Some(QValue::Iso(s)) => s.to_string(),
        None => "…".to_string(),
    }
}

/// Minutes after midnight as "HH:MM" (wrapping: -15 is 23:45); "…" when unbounded.
fn clock(v: Option<&QValue>) -> String {
    match v.and_then(QValue::as_f64) {
        Some(m) => {
            let m = (m.round() as i64).rem_euclid(24 * 60);
            format!("{:02}:{:02}", m / 60, m % 60)
        }
        None => "…".to_string(),
    }
}

/// Write one document for a terminal: one line per quantity.
pub fn human<W: Write + ?Sized>(w: &mut W, doc: &Document, found: &[Found]) -> io::Result<()> {
    let h = style::HEADER;
    let d = style::DIM;
    let date = doc
        .date
        .map_or_else(|| "date unknown".to_string(), |x| x.to_string());
    writeln!(
        w,
        "{h}{}{h:#} {d}— {}, {} — {} quantities{d:#}",
        doc.path,
        doc.outlet,
        date,
        found.len()
    )?;
    for f in found {
        let q = &f.quantity;
        let k = style::KIND;
        let kind = q.kind.as_str();
        write!(
            w,
            "  {d}{:>4}:{:<3}{d:#} {k}{:<9}{k:#} {} ",
            f.span.line, f.span.column, kind, q.text
        )?;
        let unit = q.unit().or(q.zone()).unwrap_or("");
        if q.value().is_some() {
            write!(w, "= {} {unit}", show(q.value()))?;
            if let Some(p) = q.per {
                write!(w, " per {}", p.as_str().replace('_', " "))?;
            }
        } else if !q.resolved {
            write!(w, "= (unresolved: no document date)")?;
        }
        if q.kind == QuantityKind::Time {
            // Times carry "HH:MM" as value and minutes as bounds: show a window only.
            if q.low() != q.high() {
                write!(w, " {d}[{} .. {}]{d:#}", clock(q.low()), clock(q.high()))?;
            }
        } else if q.low() != q.value() || q.high() != q.value() {
            write!(w, " {d}[{} .. {}]{d:#}", show(q.low()), show(q.high()))?;
        }
        if let Some(o) = &q.object {
            write!(w, " {d}of{d:#} {o}")?;
        }
        for a in q.also() {
            let wn = style::WARN;
            if a.consistent == Some(false) {
                write!(w, " {wn}≠ {} ({}){wn:#}", a.text, show(a.value.as_ref()))?;
            } else {
                write!(w, " {d}= {}{d:#}", a.text)?;
            }
        }
        writeln!(w)?;
    }
    Ok(())
}
