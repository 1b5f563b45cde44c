//! Clock times: "3:14 a.m.", "03:14 local time", "3.14am", "0114 GMT", "7pm", "noon",
//! "shortly after 9 p.m. ET".
//!
//! A time is kind `time` with `value` "HH:MM" (24-hour), `low`/`high` in minutes after
//! midnight and `zone` when one is written. What makes digits a time is the company they
//! keep: a meridiem ("a.m."), a zone ("GMT", "local time"), or two-digit minutes after a
//! colon ("08:40"). Forms that need more, because the same digits are often something
//! else, are read only with a preposition ("at 0600 hrs", "at 5 in the morning", "at
//! noon"). The words are in `lexicon/times.tsv`.

use compact_str::CompactString;

use super::super::lexicon::{ClockWord, Half, Payload, ZoneDef};
use super::super::tokenize::{Kind, Token};
use super::{Approx, Parser, Quantity, QuantityKind, UnitCode, Value, is_name_head};

/// The window of "about 3 a.m." on either side, and of "nearly 3 a.m." before it.
const ABOUT_MINUTES: i32 = 15;

/// A clock time read from tokens, up to (not including) `b`.
struct Clock {
    b: usize,
    /// Minutes after midnight, 0..1440.
    minutes: i32,
    zone: Option<ZoneDef>,
}

/// The clock-time entry of `times.tsv` at token `k` (the longest that matches) and the
/// index after it.
fn clock_word(t: &[Token<'_>], k: usize) -> Option<(ClockWord, usize)> {
    let x = t.get(k)?;
    if x.kind == Kind::Num {
        return None;
    }
    x.lex().iter().find_map(|e| match e.payload {
        Payload::Clock(w) if e.first_ok(x.text) && e.matches(t, k) => Some((w, k + e.len())),
        _ => None,
    })
}

/// Hour `h` (1 to 12) in the half of the day a meridiem or day part gives it.
fn twelve_hour(h: i32, half: Half) -> i32 {
    match half {
        Half::Am => h % 12,
        Half::Pm => h % 12 + 12,
        // "11 at night" is 23:00, "3 at night" 03:00, "12 at night" midnight.
        Half::Night if (6..12).contains(&h) => h + 12,
        Half::Night => h % 12,
    }
}

impl Parser<'_, '_> {
    /// A clock time at `i`, with a qualifier before it ("around 3 a.m.", "shortly after
    /// 9 p.m.", "just before midnight"); the qualifier may start before `i` (but not
    /// before `floor`) when its words cannot start a quantity themselves ("shortly
    /// after"). Returns the quantity and where to resume.
    pub(super) fn time(&self, i: usize, floor: usize) -> Option<(Quantity, usize)> {
        let t = self.t;
        let x = &t[i];
        let named = |x: &Token<'_>| {
            x.kind == Kind::Word
                && x.lex()
                    .iter()
                    .any(|e| matches!(e.payload, Payload::Clock(ClockWord::Named(_))))
        };
        let (approx, j) = if x.kind == Kind::Num || named(x) {
            (None, i)
        } else if x.kind == Kind::Word || x.is_punct('~') {
            match self.qualifier_pre(i) {
                // "about 3 a.m.", "almost midnight"; "over 9pm" is no time qualifier.
                Some((a @ (Approx::About | Approx::Nearly), j)) => (Some(a), j),
                _ => return None,
            }
        } else {
            return None;
        };
        let y = t.get(j)?;
        if !(y.kind == Kind::Num || named(y)) {
            return None;
        }
        let c = self.clock(j, approx.is_some())?;
        let m = c.minutes;
        let (mut a, mut approx, mut low, mut high) = (i, approx, Some(m), Some(m));
        match approx {
            Some(Approx::About) => (low, high) = (Some(m - ABOUT_MINUTES), Some(m + ABOUT_MINUTES)),
            Some(_) => low = Some(m - ABOUT_MINUTES),
            None => {
                // "shortly after 9 p.m." (21:00–21:30), "after 9 p.m." (from 21:00), "just
                // before midnight" (23:45–00:00, written as -15..0 so that it contains
                // its value), "before dawn" is not a time.
                if let Some((k, w)) = self.window_before(j).filter(|(k, _)| *k >= floor) {
                    a = k;
                    match w {
                        ClockWord::After(win) => {
                            approx = Some(Approx::MoreThan);
                            high = win.map(|w| m + w);
                        }
                        ClockWord::Before(Some(w)) => {
                            approx = Some(Approx::Nearly);
                            low = Some(m - w);
                        }
                        _ => {
                            approx = Some(Approx::LessThan);
                            low = None;
                        }
                    }
                }
            }
        }
        let (start, end, text) = self.span_text(a, c.b);
        let num = |v: Option<i32>| v.map(|v| Value::Number(f64::from(v)));
        let value = Some(Value::Iso(compact_str::format_compact!(
            "{:02}:{:02}",
            m / 60,
            m % 60
        )));
        let mut q = Quantity {
            start,
            end,
            text,
            kind: QuantityKind::Time,
            bounds: super::super::bounds_unless_exact(&value, num(low), num(high)),
            value,
            unit: UnitCode::NONE,
            approx,
            object: None,
            resolved: true,
            range_of: None,
            granularity: None,
            per: None,
            rare: None,
        };
        q.set_zone(c.zone.map(|z| CompactString::from(z.name)));
        Some((q, c.b))
    }

    /// A window word just before the time at `j`: "shortly after", "just before",
    /// "after"; its first token.
    fn window_before(&self, j: usize) -> Option<(usize, ClockWord)> {
        (1..=2).rev().find_map(|n| {
            let k = j.checked_sub(n)?;
            match clock_word(self.t, k) {
                Some((w @ (ClockWord::After(_) | ClockWord::Before(_)), b)) if b == j => {
                    Some((k, w))
                }
                _ => None,
            }
        })
    }

    /// Whether a word before token `k` marks a clock time: a preposition ("at", "by",
    /// "until"), a window word ("after", "shortly before") or a qualifier.
    pub(super) fn time_cue_before(&self, k: usize) -> bool {
        let Some(p) = k.checked_sub(1).map(|p| &self.t[p]) else {
            return false;
        };
        p.lex().iter().any(|e| {
            e.rest.is_empty()
                && e.first_ok(p.text)
                && matches!(
                    e.payload,
                    Payload::Clock(ClockWord::Prep | ClockWord::After(_) | ClockWord::Before(_))
                        | Payload::Qualifier(..)
                )
        })
    }

    /// The zone after a time, at `k`: "GMT", "local time", "ET". "local" alone must end
    /// its phrase ("at 10am local (0800 GMT)"), since "at 3pm local residents gathered"
    /// names no zone.
    fn zone_at(&self, k: usize) -> Option<(ZoneDef, usize)> {
        let (ClockWord::Zone(z), b) = clock_word(self.t, k)? else {
            return None;
        };
        if b == k + 1 && z.name == "local" {
            let ends = self.tok(b).is_none_or(|n| {
                n.kind == Kind::Punct
                    || super::word_bits(n) & (super::wc::FN | super::wc::CLAUSE) != 0
            });
            if !ends {
                return None;
            }
        }
        Some((z, b))
    }

    /// The clock time at `j` (a number, or "noon"/"midnight"). `qualified`: a qualifier
    /// came before it, which is as good a cue as a preposition.
    fn clock(&self, j: usize, qualified: bool) -> Option<Clock> {
        let t = self.t;
        let x = &t[j];
        let cue = || qualified || self.time_cue_before(j) || self.window_before(j).is_some();
        // After the time proper: a zone, and its end.
        let zoned = |b: usize, minutes: i32| {
            let (zone, b) = match self.zone_at(b) {
                Some((z, b)) => (Some(z), b),
                None => (None, b),
            };
            Some(Clock { b, minutes, zone })
        };
        if x.kind == Kind::Word {
            // "at noon", "shortly after midnight", "until midday GMT", "a midnight
            // deadline", "Friday midnight"; not "the midnight sun".
            let (ClockWord::Named(m), b) = clock_word(t, j)? else {
                return None;
            };
            let day_word = |k: usize| {
                self.tok(k).is_some_and(|d| {
                    d.lex().iter().any(|e| {
                        e.rest.is_empty()
                            && matches!(e.payload, Payload::Weekday(_) | Payload::Day(_))
                    })
                })
            };
            let follows = matches!(
                clock_word(t, b),
                Some((ClockWord::Follow | ClockWord::Zone(_), _))
            );
            if !(cue() || follows || (j > 0 && day_word(j - 1)) || day_word(b)) {
                return None;
            }
            return zoned(b, m);
        }
        if x.kind != Kind::Num || x.num.grouped {
            return None;
        }
        let n = x.num;
        let glued = |k: usize| self.tok(k).is_some_and(|y| !y.space);
        let meridiem = |k: usize| match clock_word(t, k) {
            Some((ClockWord::Meridiem(h), b)) => Some((h, b)),
            _ => None,
        };
        // "08:40", "3:14 a.m.", "19:00 GMT"; "3:51.44" (a race time) and "2:02:27" were
        // read as durations before.
        if n.decimals == 0
            && n.int_digits <= 2
            && self.tok(j + 1).is_some_and(|c| c.is_punct(':'))
            && glued(j + 1)
            && let Some(mm) = self.tok(j + 2).filter(|y| {
                y.kind == Kind::Num
                    && !y.space
                    && y.num.int_digits == 2
                    && y.num.decimals == 0
                    && y.num.value < 60.0
            })
            && !self.tok(j + 3).is_some_and(|c| c.is_punct(':') && !c.space)
        {
            let (h, mm) = (n.value as i32, mm.num.value as i32);
            if let Some((half, b)) = meridiem(j + 3) {
                if !(1..=12).contains(&h) {
                    return None;
                }
                return zoned(b, twelve_hour(h, half) * 60 + mm);
            }
            if h > 23 {
                return None;
            }
            let zone = self.zone_at(j + 3);
            // A bare "10:30" is a time unless it is a verse ("John 3:16") or, in a report
            // of a game or vote, a score ("won 21:18"), which a preposition rules out.
            if zone.is_none()
                && j > 0
                && x.space
                && matches!(t[j - 1].kind, Kind::Word | Kind::Code)
                && t[j - 1].has_upper()
                && is_name_head(&t[j - 1])
            {
                return None;
            }
            if zone.is_none() && self.has_score_cue() && !cue() {
                return None;
            }
            // "No. 1:25-cv-00412": a docket number, glued to letters or after "No".
            let code_after = self.tok(j + 3).is_some_and(|d| d.is_dash() && !d.space)
                && self
                    .tok(j + 4)
                    .is_some_and(|w| !w.space && matches!(w.kind, Kind::Word | Kind::Code));
            let no = |k: usize| {
                self.tok(k)
                    .is_some_and(|p| matches!(p.text, "No" | "Nos" | "NO"))
            };
            if code_after
                || (j >= 1 && no(j - 1))
                || (j >= 2 && t[j - 1].is_punct('.') && no(j - 2))
            {
                return None;
            }
            return zoned(j + 3, h * 60 + mm);
        }
        // "3.14am", "10.30 p.m.", "11.40 GMT": British style, dot for colon; only with a
        // meridiem or a zone, since "3.14" alone is a number.
        if n.decimals == 2 && n.int_digits <= 2 {
            let (hs, ms) = x.text.split_once('.')?;
            let (h, mm): (i32, i32) = (hs.parse().ok()?, ms.parse().ok()?);
            if mm >= 60 {
                return None;
            }
            if let Some((half, b)) = meridiem(j + 1) {
                if !(1..=12).contains(&h) {
                    return None;
                }
                return zoned(b, twelve_hour(h, half) * 60 + mm);
            }
            let (z, b) = self.zone_at(j + 1)?;
            return (h <= 23).then_some(Clock {
                b,
                minutes: h * 60 + mm,
                zone: Some(z),
            });
        }
        if n.decimals != 0 {
            return None;
        }
        // "0114 GMT", "1900 UTC", "at 0600 hrs": four digits of the 24-hour clock, with
        // a zone, or with "hrs" after a preposition or a leading zero ("1900 hours of
        // community service" is a duration).
        if n.int_digits == 4 && x.text.len() == 4 {
            let v = n.value as i32;
            let (h, mm) = (v / 100, v % 100);
            if h > 23 || mm >= 60 {
                return None;
            }
            if let Some((z, b)) = self.zone_at(j + 1) {
                return Some(Clock {
                    b,
                    minutes: h * 60 + mm,
                    zone: Some(z),
                });
            }
            return match clock_word(t, j + 1) {
                Some((ClockWord::Hours, b)) if n.lead_zero || cue() => zoned(b, h * 60 + mm),
                _ => None,
            };
        }
        if n.int_digits > 2 || n.lead_zero {
            return None;
        }
        let h = n.value as i32;
        if !(1..=12).contains(&h) {
            return None;
        }
        match clock_word(t, j + 1)? {
            // "7pm", "3 a.m."
            (ClockWord::Meridiem(half), b) => zoned(b, twelve_hour(h, half) * 60),
            // "12 noon", "12 midnight"
            (ClockWord::Named(m), b) if h == 12 => zoned(b, m),
            // "at 5 in the morning", "until 11 at night"
            (ClockWord::DayPart(half), b) if cue() => zoned(b, twelve_hour(h, half) * 60),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::{Approx, Quantity, QuantityKind, ScanContext, Value, overlaps, scan};

    fn ctx() -> ScanContext {
        ScanContext {
            doc_date: chrono::NaiveDate::from_ymd_opt(2025, 10, 17),
            ..ScanContext::default()
        }
    }

    fn times(text: &str) -> Vec<Quantity> {
        scan(text, &ctx())
            .into_iter()
            .filter(|q| q.kind == QuantityKind::Time)
            .collect()
    }

    /// The one time in `text` as (surface, "HH:MM", zone).
    #[track_caller]
    fn time(text: &str) -> (String, String, Option<String>) {
        let q = times(text);
        assert_eq!(q.len(), 1, "{text}: {q:?}");
        let v = match &q[0].value {
            Some(Value::Iso(s)) => s.to_string(),
            v => panic!("{text}: value {v:?}"),
        };
        (q[0].text.to_string(), v, q[0].zone().map(str::to_string))
    }

    #[track_caller]
    fn check(text: &str, surface: &str, hhmm: &str, zone: Option<&str>) {
        assert_eq!(
            time(text),
            (
                surface.to_string(),
                hhmm.to_string(),
                zone.map(str::to_string)
            ),
            "{text}"
        );
    }

    #[test]
    fn clock_forms() {
        check("The quake struck at 3:14 a.m.", "3:14 a.m.", "03:14", None);
        check(
            "It struck at 03:14 local time.",
            "03:14 local time",
            "03:14",
            Some("local"),
        );
        check(
            "The walls fell at 3.14am on Tuesday.",
            "3.14am",
            "03:14",
            None,
        );
        check("That was 0114 GMT.", "0114 GMT", "01:14", Some("GMT"));
        check("An aftershock hit at 08:40.", "08:40", "08:40", None);
        check(
            "It hit at 8:40 a.m. on Wednesday.",
            "8:40 a.m.",
            "08:40",
            None,
        );
        check("The rally starts at 7pm.", "7pm", "19:00", None);
        check(
            "Kickoff is at 19:00 GMT.",
            "19:00 GMT",
            "19:00",
            Some("GMT"),
        );
        check("It ended at 12:30 a.m.", "12:30 a.m.", "00:30", None);
        check("Lunch is at 12 noon.", "12 noon", "12:00", None);
        check("The ship sank at 11.40pm.", "11.40pm", "23:40", None);
        check("Troops moved at 0600 hrs.", "0600 hrs", "06:00", None);
        check(
            "They met at 10am local.",
            "10am local",
            "10:00",
            Some("local"),
        );
        check("Polls open at 7 a.m. ET.", "7 a.m. ET", "07:00", Some("ET"));
        check(
            "They called at 5 in the morning.",
            "5 in the morning",
            "05:00",
            None,
        );
        check("He left at 11 at night.", "11 at night", "23:00", None);
    }

    #[test]
    fn noon_and_midnight_need_a_cue() {
        check("Polls close at noon.", "noon", "12:00", None);
        check("The truce expired at midnight.", "midnight", "00:00", None);
        check("They face a midnight deadline.", "midnight", "00:00", None);
        check(
            "The ultimatum ends Friday midnight.",
            "midnight",
            "00:00",
            None,
        );
        assert!(times("They watched the midnight sun.").is_empty());
        assert!(times("Noon came and went without news.").is_empty());
    }

    #[test]
    fn windows_and_qualifiers() {
        let q = &times("Shots rang out shortly after 9 p.m. ET.")[0];
        assert_eq!(q.text, "shortly after 9 p.m. ET");
        assert_eq!(q.approx, Some(Approx::MoreThan));
        assert_eq!(
            (q.low(), q.high()),
            (Some(&Value::Number(1260.0)), Some(&Value::Number(1290.0)))
        );
        let q = &times("The blast came at around 3 a.m.")[0];
        assert_eq!(
            (q.text.as_str(), q.approx),
            ("around 3 a.m.", Some(Approx::About))
        );
        assert_eq!(q.interval(), Some((165.0, 195.0)));
        let q = &times("It happened just before midnight.")[0];
        assert_eq!(q.interval(), Some((-15.0, 0.0)));
        let q = &times("Crowds gathered after 9pm.")[0];
        assert_eq!(q.interval(), Some((1260.0, f64::INFINITY)));
        let q = &times("The roads closed before 6am.")[0];
        assert_eq!(q.approx, Some(Approx::LessThan));
        assert_eq!(q.interval(), Some((f64::NEG_INFINITY, 360.0)));
        // An exact minute is exact.
        let q = &times("The walls fell at 3.14am.")[0];
        assert_eq!(q.interval(), Some((194.0, 194.0)));
    }

    #[test]
    fn a_time_and_its_date_are_two_quantities() {
        let q = scan("The walls fell at 3.14am on Tuesday.", &ctx());
        let kinds: Vec<_> = q.iter().map(|q| q.kind).collect();
        assert_eq!(kinds, [QuantityKind::Time, QuantityKind::Date]);
        let q = scan("The aftershock hit at 08:40 on Wednesday.", &ctx());
        assert_eq!(q[1].value, Some(Value::Iso("2025-10-15".into())));
    }

    #[test]
    fn not_times() {
        for text in [
            "Arsenal won 3-1 at home.",
            "Sweden won 21:18 in Malmo.",
            "He quoted John 3:16 at the rally.",
            "The hotline runs 24/7.",
            "The memorial honours the victims of 9/11.",
            "She swears by the 5:2 diet.",
            "Kipyegon won the 1500m in 3:51.44.",
            "The surgery took 2:30 hours.",
            "The treaty was signed in 1945.",
            "He served 1900 hours of community service.",
            "The index rose 3.14 points.",
            "Pi is about 3.14 and e about 2.72.",
            "The 2:1 majority held.",
            "He is 12 at most.",
            "The case, No. 1:25-cv-00412, was filed in Washington.",
        ] {
            assert!(times(text).is_empty(), "{text}: {:?}", times(text));
        }
        // "at 3pm local residents": the time stays, without a zone.
        assert_eq!(
            scan("Crowds gathered at 3pm local residents said.", &ctx())[0].zone(),
            None
        );
    }

    #[test]
    fn zones_decide_what_compares() {
        let one = |t: &str| times(t).remove(0);
        let gmt = one("It began at 19:00 GMT.");
        let cet = one("It began at 20:00 CET.");
        let utc = one("It began at 19:00 UTC.");
        let local = one("It began at 19:00 local time.");
        let bare = one("It began at 19:00.");
        let et = one("It began at 3 p.m. ET.");
        let et2 = one("It began at 3:00 p.m. ET.");
        let edt = one("It began at 3 p.m. EDT.");
        assert!(gmt.comparable(&cet) && overlaps(&gmt, &cet));
        assert!(gmt.comparable(&utc) && overlaps(&gmt, &utc));
        assert!(local.comparable(&bare) && overlaps(&local, &bare));
        assert!(!local.comparable(&gmt));
        assert!(!bare.comparable(&gmt));
        assert!(et.comparable(&et2) && overlaps(&et, &et2));
        assert!(!et.comparable(&edt), "ET has no fixed offset");
        assert!(edt.comparable(&gmt) && overlaps(&edt, &gmt));
        assert!(!gmt.comparable(&scan("It cost $19.", &ctx())[0]));
        // Across midnight: 23:50 is within "just before midnight".
        let late = one("It ended at 23:50.");
        let mid = one("It ended just before midnight.");
        assert!(overlaps(&late, &mid) && overlaps(&mid, &late));
    }
}
