//! Invariants of `quantities::scan`: formatting a number and scanning it again gives the
//! same value; qualifier intervals contain or border the stated value; a clock time or a
//! magnitude written in any of its forms reads back the same; comparing times is
//! symmetric; scanning never panics and every offset is on a char boundary, sorted and
//! non-overlapping.

use claimdiff::quantities::{
    Approx, QuantityKind, ScanContext, Value, format_number, number_to_words, overlaps, scan,
};
use proptest::prelude::*;

fn ctx() -> ScanContext {
    ScanContext {
        doc_date: chrono::NaiveDate::from_ymd_opt(2025, 10, 17),
        ..ScanContext::default()
    }
}

fn first_value(text: &str) -> Option<f64> {
    scan(text, &ctx())
        .first()
        .and_then(|q| q.value())
        .and_then(Value::as_f64)
}

/// Vocabulary for generated news-like text: numbers, units, qualifiers, dates, names,
/// punctuation, and odd characters.
const WORDS: &[&str] = &[
    "about",
    "nearly",
    "more",
    "than",
    "up",
    "to",
    "between",
    "and",
    "from",
    "the",
    "a",
    "an",
    "of",
    "one",
    "two",
    "twenty",
    "-",
    "first",
    "half",
    "quarter",
    "hundred",
    "million",
    "bn",
    "m",
    "km",
    "miles",
    "(",
    ")",
    "%",
    "per",
    "cent",
    "$",
    "£",
    "€",
    "Rs",
    "crore",
    "lakh",
    "°",
    "C",
    "F",
    "hours",
    "minutes",
    "year",
    "-year-old",
    "aged",
    "on",
    "Thursday",
    "last",
    "week",
    "in",
    "August",
    "16",
    "October",
    "2025",
    "1979",
    "1,000",
    "2.5",
    "3/4",
    "½",
    "−",
    "+",
    ":",
    "/",
    "F-16",
    "Boeing",
    "737",
    "Covid-19",
    "No",
    "10",
    ".",
    ",",
    "said",
    "will",
    "ago",
    "p",
    "é",
    "日本",
    "👍",
    "\n",
    "0143",
    "192.168.0.1",
    "or",
    "so",
    "odd",
    "52-48",
    "mph",
    "magnitude",
    "quake",
    "aftershock",
    "M",
    "Mw6",
    "measuring",
    "a.m.",
    "pm",
    "GMT",
    "local",
    "time",
    "noon",
    "midnight",
    "shortly",
    "after",
    "before",
    "3:14",
    "0114",
    "6.8",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn formatted_numbers_scan_back(int in 0u64..1_000_000_000_000, frac in 0u32..1000, decimals in 0usize..4, neg in any::<bool>()) {
        let v: f64 = if decimals == 0 {
            int as f64
        } else {
            format!("{int}.{:0width$}", frac % 10u32.pow(decimals as u32), width = decimals).parse().unwrap_or(0.0)
        };
        let v = if neg && v != 0.0 { -v } else { v };
        let text = format!("Officials counted {} ballots.", format_number(v));
        let got = first_value(&text);
        prop_assert!(got.is_some_and(|g| (g - v).abs() <= 1e-9 * v.abs().max(1.0)), "{text}: {got:?}");
    }

    #[test]
    fn spelled_numbers_scan_back(n in 0u64..1_000_000_000) {
        let text = format!("Officials counted {} ballots.", number_to_words(n));
        let got = first_value(&text);
        prop_assert_eq!(got, Some(n as f64), "{}", text);
    }

    #[test]
    fn qualifier_intervals_contain_or_border_the_value(
        q in prop::sample::select(vec![
            "about", "around", "some", "nearly", "almost", "more than", "over", "at least",
            "up to", "at most", "less than", "fewer than", "roughly", "close to", "no more than",
        ]),
        n in 1u64..10_000_000,
        unit in prop::sample::select(vec!["people", "km", "hours", "per cent", "million dollars", "kg"]),
    ) {
        // "over five hours" means during five hours, not more than (see the README).
        prop_assume!(!(q == "over" && unit == "hours"));
        let text = format!("Officials said {q} {} {unit} were involved.", format_number(n as f64));
        let found = scan(&text, &ctx());
        let item = found.first();
        prop_assert!(item.is_some_and(|x| x.approx.is_some()), "{text}: {found:?}");
        if let Some(item) = item {
            let v = item.value().and_then(Value::as_f64).unwrap_or(f64::NAN);
            let lo = item.low().and_then(Value::as_f64).unwrap_or(f64::NEG_INFINITY);
            let hi = item.high().and_then(Value::as_f64).unwrap_or(f64::INFINITY);
            prop_assert!(lo <= v && v <= hi, "{text}: {lo} <= {v} <= {hi}");
            match item.approx {
                Some(Approx::About) => prop_assert!(lo < v && v < hi),
                Some(Approx::Nearly | Approx::AtMost | Approx::LessThan) => prop_assert!(hi == v),
                Some(Approx::MoreThan | Approx::AtLeast) => prop_assert!(lo == v),
                None => {}
            }
        }
    }

    #[test]
    fn clock_times_read_back(
        h in 0u32..24,
        m in 0u32..60,
        style in 0usize..5,
        q in prop::sample::select(vec!["", "about ", "shortly after ", "just before ", "nearly "]),
    ) {
        let (h12, mer) = (if h % 12 == 0 { 12 } else { h % 12 }, if h < 12 { "a.m." } else { "pm" });
        let written = match style {
            0 => format!("{h:02}:{m:02}"),
            1 => format!("{h12}:{m:02} {mer}"),
            2 => format!("{h12}.{m:02}{}", if h < 12 { "am" } else { "p.m." }),
            3 => format!("{h:02}{m:02} GMT"),
            _ => format!("{h}:{m:02} local time"),
        };
        let text = format!("The blast was heard {q}{written} on Tuesday, police said.");
        let found = scan(&text, &ctx());
        let t = found.iter().find(|x| x.kind == QuantityKind::Time);
        prop_assert!(t.is_some(), "{text}: {found:?}");
        if let Some(t) = t {
            prop_assert_eq!(t.value(), Some(&Value::Iso(format!("{h:02}:{m:02}").into())), "{}", text);
            let surface = format!("{q}{written}");
            prop_assert_eq!(t.text.as_str(), surface.as_str());
            let v = f64::from(h * 60 + m);
            let lo = t.low().and_then(Value::as_f64).unwrap_or(f64::NEG_INFINITY);
            let hi = t.high().and_then(Value::as_f64).unwrap_or(f64::INFINITY);
            prop_assert!(lo <= v && v <= hi, "{text}: {lo} <= {v} <= {hi}");
            prop_assert!(overlaps(t, t));
        }
        prop_assert!(found.iter().any(|x| x.kind == QuantityKind::Date), "{text}: {found:?}");
    }

    #[test]
    fn magnitudes_read_back(
        tenths in 10u32..100,
        style in 0usize..6,
    ) {
        let x = format!("{}.{}", tenths / 10, tenths % 10);
        let text = match style {
            0 => format!("A magnitude {x} earthquake struck the coast."),
            1 => format!("A {x}-magnitude earthquake struck the coast."),
            2 => format!("The {x} quake struck the coast."),
            3 => format!("The M{x} quake struck the coast."),
            4 => format!("It measured {x} on the Richter scale."),
            _ => format!("An aftershock measuring {x} struck the coast."),
        };
        let found = scan(&text, &ctx());
        prop_assert_eq!(found.len(), 1, "{}: {:?}", text, found);
        prop_assert_eq!(found[0].unit(), Some("magnitude"), "{}", text);
        let v = found[0].value().and_then(Value::as_f64).unwrap_or(f64::NAN);
        prop_assert!((v - f64::from(tenths) / 10.0).abs() < 1e-9, "{text}: {v}");
    }

    #[test]
    fn comparing_times_is_symmetric(
        a in prop::sample::select(vec!["19:00 GMT", "20:00 CET", "3 p.m. ET", "3 p.m. EDT", "19:00", "7pm local time", "19:00 UTC", "just before midnight", "23:50 BST"]),
        b in prop::sample::select(vec!["19:00 GMT", "20:00 CET", "3 p.m. ET", "3 p.m. EDT", "19:00", "7pm local time", "19:00 UTC", "just before midnight", "23:50 BST"]),
    ) {
        let one = |w: &str| scan(&format!("It began at {w}."), &ctx()).remove(0);
        let (x, y) = (one(a), one(b));
        prop_assert_eq!(x.comparable(&y), y.comparable(&x), "{} / {}", a, b);
        prop_assert_eq!(overlaps(&x, &y), overlaps(&y, &x), "{} / {}", a, b);
    }

    #[test]
    fn scan_never_panics_on_arbitrary_text(s in "\\PC{0,200}") {
        check_offsets(&s);
    }

    #[test]
    fn scan_never_panics_on_newsy_text(words in prop::collection::vec(prop::sample::select(WORDS.to_vec()), 0..40), spaces in prop::collection::vec(any::<bool>(), 40)) {
        let mut s = String::new();
        for (w, sp) in words.iter().zip(&spaces) {
            s.push_str(w);
            if *sp {
                s.push(' ');
            }
        }
        check_offsets(&s);
    }
}

fn check_offsets(s: &str) {
    for ctx in [ctx(), ScanContext::default()] {
        let found = scan(s, &ctx);
        let mut last_end = 0;
        for q in &found {
            assert!(q.start < q.end && q.end <= s.len(), "{s:?}: {q:?}");
            assert!(
                s.is_char_boundary(q.start) && s.is_char_boundary(q.end),
                "{s:?}: {q:?}"
            );
            assert_eq!(&s[q.start..q.end], q.text, "{s:?}");
            assert!(q.start >= last_end, "overlap in {s:?}: {found:?}");
            last_end = q.end;
            for r in q.also() {
                assert!(s.is_char_boundary(r.start) && s.is_char_boundary(r.end));
                assert_eq!(&s[r.start..r.end], r.text);
            }
            if let Some(v) = q.value().and_then(Value::as_f64) {
                assert!(v.is_finite());
            }
        }
    }
}
