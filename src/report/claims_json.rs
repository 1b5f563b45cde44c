//! Claims written as JSON directly, byte for byte as serde_json writes them (compact, or
//! pretty at a given depth).
//!
//! `claimdiff extract` spent about an eighth of its instructions in serde's data model
//! for its output: a call per field of every claim, speaker and quantity, and every
//! string escaped a byte at a time. Here strings are copied eight bytes at a time up to
//! the first byte that needs an escape ([`write_str`]) and the keys are written as
//! constants. Numbers go through serde_json's own formatter, so they read exactly as
//! before. The tests write odd claims both ways and compare the bytes.

use serde_json::ser::{CompactFormatter, Formatter};

use super::pretty::{Layout, Object, array, write_str};
use crate::extract::{Claim, Cue, Speaker};
use crate::quantities::{Quantity, Rendering, Value};
use crate::span::{Span, push_decimal};

/// `claims` as a compact JSON array.
pub(crate) fn claims(out: &mut Vec<u8>, claims: &[Claim]) {
    array(out, claims, Layout::Compact, claim);
}

/// `c` as a JSON object laid out by `layout`.
pub(crate) fn claim(out: &mut Vec<u8>, c: &Claim, layout: Layout) {
    let mut o = Object::begin(out, layout);
    claim_fields(&mut o, c);
    o.end();
}

/// The fields of `c`, in [`Claim`]'s order, added to an object being written.
pub(crate) fn claim_fields(o: &mut Object, c: &Claim) {
    let inner = o.inner();
    o.str("id", &c.id);
    o.str("kind", c.kind.as_str());
    match &c.speaker {
        Some(s) => speaker(o.key("speaker"), s, inner),
        None => null(o.key("speaker")),
    }
    array(o.key("via"), c.via(), inner, speaker);
    o.opt_str("addressee", c.addressee());
    match &c.cue {
        Some(cu) => cue(o.key("cue"), cu, inner),
        None => null(o.key("cue")),
    }
    o.opt_str("channel", c.channel());
    o.opt_str("quote", c.quote());
    array(
        o.key("quoted_parts"),
        c.quoted_parts(),
        inner,
        |out, s, _| {
            write_str(out, s);
        },
    );
    o.str("text", &c.text);
    o.bool("negated", c.negated);
    o.opt_str("modality", c.modality());
    array(o.key("quantities"), &c.quantities, inner, quantity);
    span(o.key("span"), &c.span(), inner);
}

fn null(out: &mut Vec<u8>) {
    out.extend_from_slice(b"null");
}

fn speaker(out: &mut Vec<u8>, s: &Speaker, layout: Layout) {
    let mut o = Object::begin(out, layout);
    o.str("name", &s.name);
    o.str("surface", &s.surface);
    o.opt_str("role", s.role.as_deref());
    o.bool("resolved", s.resolved);
    o.str("kind", s.kind.as_str());
    o.end();
}

fn cue(out: &mut Vec<u8>, c: &Cue, layout: Layout) {
    let mut o = Object::begin(out, layout);
    o.str("text", &c.text);
    o.str("lemma", &c.lemma);
    o.str("stance", c.stance.as_str());
    o.end();
}

/// A number as serde_json writes an `f64`: its own formatter, `null` when not finite.
fn value(out: &mut Vec<u8>, v: Option<&Value>) {
    match v {
        Some(Value::Number(n)) if n.is_finite() => {
            // Writing to a Vec cannot fail.
            let _ = CompactFormatter.write_f64(out, *n);
        }
        Some(Value::Iso(s)) => write_str(out, s),
        Some(Value::Number(_)) | None => null(out),
    }
}

fn quantity(out: &mut Vec<u8>, q: &Quantity, layout: Layout) {
    let mut o = Object::begin(out, layout);
    let inner = o.inner();
    o.num("start", q.start);
    o.num("end", q.end);
    o.str("text", &q.text);
    o.str("kind", q.kind.as_str());
    value(o.key("value"), q.value());
    value(o.key("low"), q.low());
    value(o.key("high"), q.high());
    o.opt_str("unit", q.unit());
    o.opt_str("approx", q.approx.map(|a| a.as_str()));
    o.opt_str("object", q.object.as_deref());
    array(o.key("also"), q.also(), inner, rendering);
    o.bool("resolved", q.resolved);
    if let Some(k) = q.range_of {
        o.str("range_of", k.as_str());
    }
    if let Some(g) = q.granularity {
        o.str("granularity", g.as_str());
    }
    if let Some(r) = q.relative() {
        o.str("relative", r);
    }
    if let Some(z) = q.zone() {
        o.str("zone", z);
    }
    if let Some(p) = q.per {
        o.str("per", p.as_str());
    }
    o.end();
}

fn rendering(out: &mut Vec<u8>, r: &Rendering, layout: Layout) {
    let mut o = Object::begin(out, layout);
    o.str("text", &r.text);
    o.num("start", r.start);
    o.num("end", r.end);
    value(o.key("value"), r.value.as_ref());
    value(o.key("low"), r.low.as_ref());
    value(o.key("high"), r.high.as_ref());
    o.opt_str("unit", r.unit.as_deref());
    o.opt_str("approx", r.approx.map(|a| a.as_str()));
    match r.consistent {
        Some(b) => o.bool("consistent", b),
        None => null(o.key("consistent")),
    }
    o.end();
}

fn span(out: &mut Vec<u8>, s: &Span, layout: Layout) {
    let mut o = Object::begin(out, layout);
    o.num("start", s.start);
    o.num("end", s.end);
    o.num("line", s.line);
    o.num("column", s.column);
    if let Some(l) = s.source_line {
        push_decimal(o.key("source_line"), l);
    }
    o.end();
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;
    use std::sync::Arc;

    use proptest::prelude::*;

    use super::*;
    use crate::extract::{ClaimKind, ClaimParts, SpeakerKind};
    use crate::ingest::{Document, InputFormat};
    use crate::lexicon::Stance;
    use crate::quantities::{Approx, QuantityKind};
    use crate::report::pretty::tests::serde_in;

    fn ours(c: &Claim, layout: Layout) -> String {
        let mut out = Vec::new();
        claim(&mut out, c, layout);
        String::from_utf8(out).unwrap()
    }

    const LAYOUTS: [Layout; 5] = [
        Layout::Compact,
        Layout::Pretty(0),
        Layout::Pretty(1),
        Layout::Pretty(4),
        Layout::Pretty(17),
    ];

    #[test]
    fn enum_names_are_the_json_names() {
        let name = |v: serde_json::Value| v.as_str().unwrap().to_string();
        for k in SpeakerKind::ALL {
            assert_eq!(name(serde_json::to_value(k).unwrap()), k.as_str());
        }
        for s in Stance::ALL {
            assert_eq!(name(serde_json::to_value(s).unwrap()), s.as_str());
        }
        for a in Approx::ALL {
            assert_eq!(name(serde_json::to_value(a).unwrap()), a.as_str());
        }
        for p in crate::quantities::Per::ALL {
            assert_eq!(name(serde_json::to_value(p).unwrap()), p.as_str());
        }
        for k in [
            ClaimKind::DirectQuote,
            ClaimKind::PartialQuote,
            ClaimKind::ReportedSpeech,
            ClaimKind::Statement,
        ] {
            assert_eq!(name(serde_json::to_value(k).unwrap()), k.as_str());
        }
    }

    fn speaker_of(name: &str, kind: SpeakerKind, role: Option<&str>) -> Speaker {
        Speaker {
            name: name.into(),
            surface: compact_str::format_compact!("the \"{name}\"\t"),
            role: role.map(Into::into),
            resolved: role.is_some(),
            kind,
        }
    }

    /// A quantity as the scanner makes it ("more than 4.5%"), then given odd values.
    fn quantity_of(text: &str, kind: QuantityKind) -> Quantity {
        let ctx = crate::quantities::ScanContext::default();
        let mut q = crate::quantities::scan("more than 4.5%", &ctx).remove(0);
        assert_eq!(q.approx, Some(Approx::MoreThan));
        assert_eq!(q.unit(), Some("%"));
        q.start = 3;
        q.end = 3 + text.len();
        q.text = text.into();
        q.kind = kind;
        let value = q.value().cloned();
        q.set_values(value, Some(Value::Number(-0.0)), Some(Value::Number(1e21)));
        q.object = Some("call\u{1}".into());
        q
    }

    /// A claim with every field filled, odd strings and numbers included.
    fn full_claim() -> Claim {
        let mut dated = quantity_of("last Friday", QuantityKind::Date);
        dated.set_values(
            Some(Value::Iso("2025-09-05".into())),
            None,
            Some(Value::Number(f64::NAN)),
        );
        dated.set_unit(None);
        dated.approx = None;
        dated.object = None;
        dated.resolved = false;
        dated.granularity = Some(crate::quantities::Granularity::Day);
        dated.set_relative(Some("weekday 4 past".into()));
        dated.set_zone(Some("GMT".into()));
        let mut range = quantity_of("2,500km (1,550 miles)", QuantityKind::Range);
        range.range_of = Some(QuantityKind::Quantity);
        let (low, high) = (range.low().cloned(), range.high().cloned());
        range.set_values(Some(Value::Number(f64::INFINITY)), low, high);
        range.set_also(vec![
            Rendering {
                text: "1,550 miles".into(),
                start: 9,
                end: 20,
                value: Some(Value::Number(2_494_460.16)),
                low: None,
                high: Some(Value::Number(0.1 + 0.2)),
                unit: Some("m".into()),
                approx: Some(Approx::About),
                consistent: Some(false),
            },
            Rendering {
                text: compact_str::CompactString::default(),
                start: 0,
                end: 0,
                value: None,
                low: None,
                high: None,
                unit: None,
                approx: None,
                consistent: None,
            },
        ]);
        Claim::new(
            "c12".into(),
            ClaimKind::PartialQuote,
            Some(Arc::new(speaker_of(
                "Ingrid Castillo",
                SpeakerKind::Person,
                Some("Governor"),
            ))),
            Some(Arc::new(Cue {
                text: "pointed out".into(),
                lemma: Cow::Borrowed("point out"),
                stance: Stance::Endorsing,
            })),
            "She said — “no” — twice.\u{2028}".into(),
            true,
            Some(Cow::Owned("would".into())),
            vec![quantity_of("4.5%", QuantityKind::Percent), dated, range],
            Span {
                start: 400,
                end: 555,
                line: 10,
                column: 23,
                source_line: Some(88),
            },
            ClaimParts {
                via: vec![
                    speaker_of("Kremlin", SpeakerKind::Organization, None),
                    speaker_of("Télé 🙂", SpeakerKind::Unnamed, Some("\\aide/")),
                ],
                addressee: Some("reporters\r\n".into()),
                channel: Some("on \u{7f}Truth Social".into()),
                quote: Some("a \"grave\" \u{8}\u{c}mistake".into()),
                quoted_parts: vec![
                    "a".into(),
                    compact_str::CompactString::default(),
                    "\u{1f}\u{0}".into(),
                ],
            },
        )
    }

    /// The same claim with every optional field empty.
    fn bare_claim() -> Claim {
        Claim::statement("c1", "".into())
    }

    #[test]
    fn claims_are_written_as_serde_json_writes_them() {
        for c in [full_claim(), bare_claim()] {
            for layout in LAYOUTS {
                assert_eq!(ours(&c, layout), serde_in(&c, layout), "{layout:?}");
            }
        }
    }

    #[test]
    fn extracted_claims_are_written_as_serde_json_writes_them() {
        // Every report the fixtures bundle, in whatever folder.
        let mut dirs = vec![std::path::PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/fixtures"
        ))];
        let mut seen = 0;
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    dirs.push(path);
                    continue;
                }
                if path.extension().and_then(|e| e.to_str()) != Some("txt") {
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap();
                let doc = Document::from_text("f.txt", 0, text, InputFormat::Text);
                for c in &crate::pipeline::extract_document(doc).claims {
                    for layout in [Layout::Compact, Layout::Pretty(4)] {
                        assert_eq!(ours(c, layout), serde_in(c, layout));
                    }
                    seen += 1;
                }
            }
        }
        assert!(seen > 50, "only {seen} claims in the fixtures");
    }

    prop_compose! {
        fn any_value()(n in any::<f64>(), s in "\\PC{0,6}", pick in 0..3u8) -> Option<Value> {
            match pick {
                0 => None,
                1 => Some(Value::Number(n)),
                _ => Some(Value::Iso(s.into())),
            }
        }
    }

    proptest! {
        #[test]
        fn any_strings_and_numbers_are_written_as_serde_json_writes_them(
            text in "\\PC*|[\\x00-\\x7f]{0,40}",
            name in "\\PC{0,12}",
            value in any_value(),
            low in any_value(),
            n in any::<usize>(),
        ) {
            let mut c = full_claim();
            c.text = text.as_str().into();
            c.id = name.as_str().into();
            if let Some(s) = c.speaker.as_mut().map(Arc::make_mut) {
                s.name = name.as_str().into();
                s.surface = text.as_str().into();
            }
            let high = c.quantities[0].high().cloned();
            c.quantities[0].set_values(value.clone(), low.clone(), high);
            prop_assert_eq!(c.quantities[0].value(), value.as_ref());
            prop_assert_eq!(c.quantities[0].low(), low.as_ref());
            c.quantities[0].start = n;
            let mut span = c.span();
            span.source_line = Some(n);
            c.set_span(span);
            prop_assert_eq!(c.span().source_line, Some(n));
            for layout in [Layout::Compact, Layout::Pretty(2)] {
                prop_assert_eq!(ours(&c, layout), serde_in(&c, layout));
            }
        }
    }
}
