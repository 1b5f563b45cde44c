//! Earthquake magnitudes: "magnitude 6.8", "magnitude-6.8", "a 6.8-magnitude quake",
//! "M6.8", "the 7.1 quake", "a quake measuring 6.1", "6.8 on the Richter scale", "a
//! preliminary magnitude of about 6.8".
//!
//! All are kind `quantity` with unit `magnitude`, so that compare can test them against
//! each other, and the quake noun they describe ("earthquake", "aftershock") is their
//! object, so that a main shock is not compared with its aftershock. The words are in
//! `lexicon/seismic.tsv`; "magnitude" after the number is a unit of `units.tsv`.

use compact_str::CompactString;

use super::super::lexicon::{Payload, Seismic, UnitDef, UnitKind, wc};
use super::super::tokenize::{Kind, Token};
use super::{Measure, Parser, Quantity, QuantityKind, UnitCode, bounds, word_bits};

/// The unit of a magnitude: a number on the scale, not converted.
pub(super) const MAGNITUDE: UnitDef = UnitDef {
    kind: UnitKind::Quantity,
    unit: "magnitude",
    factor: 1.0,
    offset: 0.0,
};

/// The seismic class of a single word, as written (the prefixes are case-sensitive).
fn seismic(x: &Token<'_>) -> Option<Seismic> {
    if x.kind != Kind::Word {
        return None;
    }
    x.lex().iter().find_map(|e| match e.payload {
        Payload::Seismic(s) if e.rest.is_empty() && e.first_ok(x.text) => Some(s),
        _ => None,
    })
}

fn is_quake(x: &Token<'_>) -> bool {
    quake_name(x).is_some()
}

/// The object a quake noun gives a magnitude: "quake" and "temblor" are an "earthquake".
fn quake_name(x: &Token<'_>) -> Option<&'static str> {
    match seismic(x)? {
        Seismic::Quake(name) => Some(name),
        _ => None,
    }
}

/// Whether the digits at `k` (one token, nothing glued on) can be a magnitude: above 0,
/// at most 10, with at most two decimals.
fn plausible(t: &[Token<'_>], m: &Measure) -> bool {
    let c = &m.core;
    let x = &t[c.a];
    x.kind == Kind::Num
        && c.b == c.a + 1
        && x.num.decimals <= 2
        && !x.num.lead_zero
        && c.value > 0.0
        && c.value <= 10.0
}

impl Parser<'_, '_> {
    /// Does the sentence talk about an earthquake (a quake noun, "magnitude", a context
    /// word such as "USGS")? The prefix "M" needs it: "the M6" is a motorway.
    fn has_quake_cue(&self) -> bool {
        if let Some(v) = self.quake_cue.get() {
            return v;
        }
        let v = self.t.iter().any(|x| {
            matches!(
                seismic(x),
                Some(Seismic::Quake(_) | Seismic::Context | Seismic::Magnitude)
            )
        });
        self.quake_cue.set(Some(v));
        v
    }

    /// For a number without a unit, whether its context makes it a magnitude; returns
    /// where its surface starts ("magnitude 6.8" starts at "magnitude"; "a magnitude of
    /// about 6.8" at the qualifier, like "a fine of EUR 12.5 million").
    pub(super) fn magnitude_context(&self, m: &Measure) -> Option<usize> {
        let t = self.t;
        if m.has_unit() || !plausible(t, m) {
            return None;
        }
        let k0 = m.core.a;
        let x = &t[k0];
        let quake_after = self.tok(m.b).is_some_and(|n| n.space && is_quake(n));
        if k0 >= 1 {
            let p = &t[k0 - 1];
            match seismic(p) {
                // "magnitude 6.8", "a magnitude 7 earthquake"
                Some(Seismic::Magnitude) if x.space => return Some(k0 - 1),
                // "M 6.8", "Mw 7.1" in a report of a quake
                Some(Seismic::Prefix)
                    if x.space && (x.num.decimals == 1 || quake_after) && self.has_quake_cue() =>
                {
                    return Some(k0 - 1);
                }
                _ => {}
            }
            // "magnitude-6.8"
            if p.is_punct('-')
                && !p.space
                && !x.space
                && k0 >= 2
                && seismic(&t[k0 - 2]) == Some(Seismic::Magnitude)
            {
                return Some(k0 - 2);
            }
        }
        // "the 7.1 quake", "a 5.2 aftershock": one decimal, from 1.0 to 9.9, right before
        // a quake noun; "the 2023 earthquake" is a year and "two quakes" a count.
        let one_decimal = x.num.decimals == 1 && (1.0..10.0).contains(&m.core.value);
        if quake_after && one_decimal {
            return Some(m.a);
        }
        // Further back, over function words, qualifiers and fillers: "a preliminary
        // magnitude of about 6.8", "the magnitude was revised to 6.4", "a quake
        // measuring 6.1", "the aftershock registered 5.4". The number must end its
        // phrase, or come before a quake noun or a place word ("near", "off"): "the
        // magnitude of the 3 problems" is not one.
        let place_after = self
            .tok(m.b)
            .is_some_and(|n| seismic(n) == Some(Seismic::Place));
        if !(quake_after || place_after || self.clause_ends(m.b)) {
            return None;
        }
        let mut k = k0;
        while k > 0 && k0 - k < 9 {
            k -= 1;
            let p = &t[k];
            match seismic(p) {
                Some(Seismic::Magnitude) => return Some(m.a),
                Some(Seismic::Cue) => return self.quake_near(k, m.b).then_some(m.a),
                // "aftershocks of up to 4.5": a quake noun, "of" and one decimal.
                Some(Seismic::Quake(_)) if one_decimal && self.word_at(k + 1, "of") => {
                    return Some(m.a);
                }
                Some(Seismic::Filler | Seismic::Quake(_)) => continue,
                _ => {}
            }
            // A magnitude before this one may stand between ("put the magnitude at 7.1
            // before revising it down to 6.9").
            let earlier =
                p.kind == Kind::Num && p.num.decimals == 1 && (1.0..10.0).contains(&p.num.value);
            let skippable = earlier
                || (p.kind == Kind::Word
                    && (word_bits(p) & wc::FN != 0
                        || p.lex()
                            .iter()
                            .any(|e| matches!(e.payload, Payload::Qualifier(..)))));
            if !(skippable || p.is_punct('~')) {
                break;
            }
        }
        None
    }

    /// A quake noun near a cue verb at `cue` whose number ends at `b`: before the cue in
    /// its sentence ("The earthquake, measuring 6.8, …") or just after the number
    /// ("Measuring 6.8, the quake …").
    fn quake_near(&self, cue: usize, b: usize) -> bool {
        let t = self.t;
        let stop = |x: &Token<'_>| x.is_punct('.') || x.is_punct(';') || x.kind == Kind::Num;
        t[cue.saturating_sub(6)..cue]
            .iter()
            .rev()
            .take_while(|x| !stop(x))
            .any(is_quake)
            || t[b.min(t.len())..(b + 4).min(t.len())]
                .iter()
                .take_while(|x| !stop(x))
                .any(is_quake)
    }

    /// "on the Richter scale" at `k`: the index after it.
    pub(super) fn richter_suffix(&self, k: usize) -> Option<usize> {
        let x = self.tok(k)?;
        x.lex().iter().find_map(|e| {
            (e.payload == Payload::Seismic(Seismic::Suffix) && e.matches(self.t, k))
                .then(|| k + e.len())
        })
    }

    /// Whether a unit read after the number is a magnitude that fits: "a 6.8-magnitude
    /// quake", but not "the 2015 magnitude 7.8 earthquake", where "magnitude" belongs to
    /// the next number.
    pub(super) fn magnitude_suffix_fits(&self, m: &Measure) -> bool {
        plausible(self.t, m) && !self.tok(m.b).is_some_and(|n| n.kind == Kind::Num)
    }

    /// "M6.8", "Mw7.1": the tokenizer reads the prefix and the units digit as one code,
    /// then the point and the decimals; "M7" only before a quake noun. Only in a report
    /// of a quake.
    pub(super) fn magnitude_code(&self, i: usize) -> Option<(Quantity, usize)> {
        let t = self.t;
        let x = &t[i];
        let d = x.text.find(|c: char| c.is_ascii_digit())?;
        let (prefix, digits) = x.text.split_at(d);
        if digits.len() != 1
            || !digits.bytes().all(|c| c.is_ascii_digit())
            || !super::super::lexicon::LEXICON
                .lookup(prefix)
                .iter()
                .any(|e| e.payload == Payload::Seismic(Seismic::Prefix) && e.first_ok(prefix))
            || !self.has_quake_cue()
        {
            return None;
        }
        let units = f64::from(digits.as_bytes()[0] - b'0');
        let (value, u, b) = match (self.tok(i + 1), self.tok(i + 2)) {
            (Some(p), Some(n))
                if p.is_punct('.')
                    && !p.space
                    && n.kind == Kind::Num
                    && !n.space
                    && n.num.decimals == 0
                    && n.num.int_digits <= 2 =>
            {
                let scale = 10f64.powi(n.text.len() as i32);
                (units + n.num.value / scale, 1.0 / scale, i + 3)
            }
            _ if self.tok(i + 1).is_some_and(|n| n.space && is_quake(n)) => (units, 1.0, i + 1),
            _ => return None,
        };
        let mut q = self.magnitude_at(i, b, value, u);
        q.object = self.quake_object(i, b);
        Some((q, b))
    }

    /// An exact magnitude over tokens `a..b`.
    fn magnitude_at(&self, a: usize, b: usize, v: f64, u: f64) -> Quantity {
        let (start, end, text) = self.span_text(a, b);
        let (lo, hi) = bounds(v, u, None, true);
        let (value, low, high) = super::clean_ends(v, lo, hi);
        let value = Some(value);
        Quantity {
            start,
            end,
            text,
            kind: QuantityKind::Quantity,
            bounds: super::super::bounds_unless_exact(&value, low, high),
            value,
            unit: UnitCode::NONE,
            approx: None,
            object: None,
            resolved: true,
            range_of: None,
            granularity: None,
            rare: None,
            per: None,
        }
        .with_unit(Some(MAGNITUDE.unit))
    }

    /// The quake a magnitude describes: a quake noun just after it ("a magnitude 5.9
    /// *aftershock*", "the 7.1 *quake*", "a 6.8-magnitude shallow *earthquake*"), else
    /// one before it in its sentence ("an *aftershock* of magnitude 5.9", "the *quake*,
    /// measuring 6.8,"); named as in `seismic.tsv` ("earthquake" for "quake",
    /// "temblor", "tremor"; "aftershock"; "foreshock").
    pub(super) fn quake_object(&self, a: usize, b: usize) -> Option<CompactString> {
        let t = self.t;
        for x in t.iter().skip(b).take(3) {
            if let Some(name) = quake_name(x) {
                return Some(CompactString::from(name));
            }
            if x.kind != Kind::Word || word_bits(x) & (wc::FN | wc::VERB) != 0 {
                break;
            }
        }
        t[a.saturating_sub(8)..a]
            .iter()
            .rev()
            .take_while(|x| !(x.is_punct('.') || x.is_punct(';') || x.kind == Kind::Num))
            .find_map(quake_name)
            .map(CompactString::from)
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::{Approx, QuantityKind, ScanContext, Value, overlaps, scan};

    fn ctx() -> ScanContext {
        ScanContext {
            doc_date: chrono::NaiveDate::from_ymd_opt(2025, 10, 17),
            ..ScanContext::default()
        }
    }

    /// Every magnitude in `text` as (surface, value, object).
    fn mags(text: &str) -> Vec<(String, f64, Option<String>)> {
        scan(text, &ctx())
            .into_iter()
            .filter(|q| q.unit() == Some("magnitude"))
            .map(|q| {
                assert_eq!(q.kind, QuantityKind::Quantity);
                let v = q.value.as_ref().and_then(Value::as_f64).unwrap_or(f64::NAN);
                (q.text.to_string(), v, q.object.map(String::from))
            })
            .collect()
    }

    #[track_caller]
    fn one(text: &str, surface: &str, value: f64, object: Option<&str>) {
        assert_eq!(
            mags(text),
            [(surface.to_string(), value, object.map(str::to_string))],
            "{text}"
        );
    }

    #[test]
    fn forms() {
        one(
            "The magnitude 6.8 earthquake struck before dawn.",
            "magnitude 6.8",
            6.8,
            Some("earthquake"),
        );
        one(
            "A magnitude-6.8 quake shook the valley.",
            "magnitude-6.8",
            6.8,
            Some("earthquake"),
        );
        one(
            "A 6.8-magnitude earthquake hit the region.",
            "6.8-magnitude",
            6.8,
            Some("earthquake"),
        );
        one(
            "It was a 6.8 magnitude tremor.",
            "6.8 magnitude",
            6.8,
            Some("earthquake"),
        );
        one(
            "A magnitude 5.9 aftershock followed.",
            "magnitude 5.9",
            5.9,
            Some("aftershock"),
        );
        one(
            "The 7.1 quake flattened streets.",
            "7.1",
            7.1,
            Some("earthquake"),
        );
        one(
            "The M6.8 quake was felt in the capital.",
            "M6.8",
            6.8,
            Some("earthquake"),
        );
        one("The USGS measured the event at M 6.8.", "M 6.8", 6.8, None);
        one(
            "It measured 6.8 on the Richter scale.",
            "6.8 on the Richter scale",
            6.8,
            None,
        );
        one(
            "The earthquake, measuring 6.8, struck at dawn.",
            "6.8",
            6.8,
            Some("earthquake"),
        );
        one(
            "An aftershock registering 5.1 rattled the town.",
            "5.1",
            5.1,
            Some("aftershock"),
        );
        one(
            "Aftershocks of up to 4.5 are expected.",
            "up to 4.5",
            4.5,
            Some("aftershock"),
        );
        one(
            "A magnitude 7 earthquake is overdue.",
            "magnitude 7",
            7.0,
            Some("earthquake"),
        );
    }

    #[test]
    fn a_revised_magnitude_is_two() {
        let m = mags("The USGS put the magnitude at 7.1 before revising it down to 6.9.");
        let values: Vec<f64> = m.iter().map(|x| x.1).collect();
        assert_eq!(values, [7.1, 6.9]);
    }

    #[test]
    fn qualifiers_apply() {
        let q = scan(
            "The institute gave a preliminary magnitude of about 6.8.",
            &ctx(),
        );
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].text, "about 6.8");
        assert_eq!(q[0].unit(), Some("magnitude"));
        assert_eq!(q[0].approx, Some(Approx::About));
        let q = scan("The quake measured at least 6.0.", &ctx());
        assert_eq!(q[0].text, "at least 6.0");
        assert_eq!(q[0].approx, Some(Approx::AtLeast));
        assert_eq!(q[0].unit(), Some("magnitude"));
    }

    #[test]
    fn not_magnitudes() {
        for text in [
            "The 2023 earthquake killed hundreds.",
            "Two quakes hit the island.",
            "Drivers on the M6 faced delays.",
            "The M6.8 bus route was cut.",
            "The M4.5 bus stops near the station.",
            "The magnitude of the 3 problems is clear.",
            "Prices rose 6.8 per cent.",
            "A fish measuring 1.2 was caught.",
            "Growth was 2.5 in the quarter.",
        ] {
            assert!(mags(text).is_empty(), "{text}: {:?}", mags(text));
        }
        // The year stays a year before the prefix form.
        let q = scan("The 2015 magnitude 7.8 earthquake killed 9,000.", &ctx());
        assert_eq!(q[0].kind, QuantityKind::Date);
        assert_eq!(q[1].text, "magnitude 7.8");
    }

    #[test]
    fn magnitudes_compare_with_each_other_only() {
        let a = &scan("The magnitude 6.8 earthquake struck.", &ctx())[0];
        let b = &scan("A 6.8-magnitude earthquake struck.", &ctx())[0];
        let c = &scan("The 7.1 quake struck.", &ctx())[0];
        let n = &scan("Officials counted 6.8 tonnes.", &ctx())[0];
        assert!(overlaps(a, b));
        assert!(a.comparable(c) && !overlaps(a, c));
        assert!(!a.comparable(n));
    }
}
