//! Dates: calendar expressions and their resolution against the document date.
//!
//! Absolute dates ("16 October 2025", "Oct. 16, 2025", "2025-10-16", "in 1979",
//! "October 2025") need no context. Relative ones ("on Thursday", "last week", "in
//! August", "16 October", "yesterday", "three years ago") are resolved against the
//! document date and the tense of the clause: "on Thursday" in a past-tense sentence of
//! a report dated Friday 17 Oct 2025 is 2025-10-16; in a future-tense sentence it is the
//! coming Thursday, 2025-10-23. Without a document date they stay unresolved and carry a
//! `relative` description instead.

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use compact_str::{CompactString, format_compact};

use super::lexicon::{NumClass, Payload, UnitKind, wc};
use super::numbers::{num_word, parse_core, skip_join, word_bits};
use super::tokenize::{Kind, Token, WordList};
use super::{Granularity, ScanContext};

/// A calendar value at some granularity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DateVal {
    Year(i32),
    Month(i32, u32),
    Week(i32, u32),
    Day(NaiveDate),
}

impl DateVal {
    pub(crate) fn iso(self) -> CompactString {
        // Years of four digits (all that news gives) are written by hand: chrono's
        // `format("%Y-%m-%d")` cost about 1,400 instructions a date, as much as the rest
        // of reading it. Any other year goes through the formatters.
        let year = match self {
            DateVal::Year(y) | DateVal::Month(y, _) | DateVal::Week(y, _) => y,
            DateVal::Day(d) => d.year(),
        };
        if !(0..=9999).contains(&year) {
            return self.iso_formatted();
        }
        // Written into the string itself, each field by constant divisors, rather than
        // as a byte vector checked as UTF-8 at the end with digits by a loop over powers
        // of ten. (At most 10 bytes: stored inline, with no allocation.)
        let mut out = CompactString::default();
        let y = year.unsigned_abs();
        for d in [y / 1000, y / 100 % 10, y / 10 % 10, y % 10] {
            out.push(digit(d));
        }
        match self {
            DateVal::Year(_) => {}
            DateVal::Month(_, m) => {
                out.push('-');
                push_two(&mut out, m);
            }
            DateVal::Week(_, w) => {
                out.push_str("-W");
                push_two(&mut out, w);
            }
            DateVal::Day(d) => {
                out.push('-');
                push_two(&mut out, d.month());
                out.push('-');
                push_two(&mut out, d.day());
            }
        }
        out
    }

    /// [`iso`](Self::iso) through the formatting machinery, for any year.
    fn iso_formatted(self) -> CompactString {
        match self {
            DateVal::Year(y) => format_compact!("{y:04}"),
            DateVal::Month(y, m) => format_compact!("{y:04}-{m:02}"),
            DateVal::Week(y, w) => format_compact!("{y:04}-W{w:02}"),
            DateVal::Day(d) => format_compact!("{}", d.format("%Y-%m-%d")),
        }
    }

    pub(crate) fn granularity(self) -> Granularity {
        match self {
            DateVal::Year(_) => Granularity::Year,
            DateVal::Month(..) => Granularity::Month,
            DateVal::Week(..) => Granularity::Week,
            DateVal::Day(_) => Granularity::Day,
        }
    }
}

/// The decimal digit `d` (0 to 9).
fn digit(d: u32) -> char {
    char::from(b'0' + (d % 10) as u8)
}

/// `n` in decimal, zero-padded to two digits (more when it has more), as
/// `format!("{n:02}")` writes it.
fn push_two(out: &mut CompactString, n: u32) {
    if n < 100 {
        out.push(digit(n / 10));
        out.push(digit(n % 10));
    } else {
        out.push_str(&n.to_string());
    }
}

/// What a date expression resolved to.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum DateOut {
    One(DateVal),
    Range(DateVal, DateVal),
    /// A relative date without a document date: granularity and description.
    Unresolved(Granularity, CompactString),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tense {
    Past,
    Future,
    Unknown,
}

/// First and last day (days since 1970-01-01) of an ISO date string at any of the
/// granularities [`DateVal::iso`] writes.
pub(crate) fn iso_day_range(s: &str) -> Option<(i64, i64)> {
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1)?;
    let days = |d: NaiveDate| (d - epoch).num_days();
    // Up to three parts, and whether there is a fourth (without collecting them: this
    // runs for every pair of dates compared).
    let mut parts = s.split('-');
    let y: i32 = parts.next()?.parse().ok()?;
    match (parts.next(), parts.next(), parts.next()) {
        (None, _, _) => Some((
            days(NaiveDate::from_ymd_opt(y, 1, 1)?),
            days(NaiveDate::from_ymd_opt(y, 12, 31)?),
        )),
        (Some(week), None, _) if week.starts_with('W') => {
            let w: u32 = week[1..].parse().ok()?;
            let mon = NaiveDate::from_isoywd_opt(y, w, Weekday::Mon)?;
            Some((days(mon), days(mon) + 6))
        }
        (Some(month), None, _) => {
            let m: u32 = month.parse().ok()?;
            let first = NaiveDate::from_ymd_opt(y, m, 1)?;
            let next = if m == 12 {
                NaiveDate::from_ymd_opt(y + 1, 1, 1)?
            } else {
                NaiveDate::from_ymd_opt(y, m + 1, 1)?
            };
            Some((days(first), days(next) - 1))
        }
        (Some(month), Some(day), None) => {
            let d = NaiveDate::from_ymd_opt(y, month.parse().ok()?, day.parse().ok()?)?;
            Some((days(d), days(d)))
        }
        _ => None,
    }
}

fn month_of(t: &Token<'_>) -> Option<u32> {
    if t.kind != Kind::Word || !t.capitalized() {
        return None;
    }
    t.lex().iter().find_map(|e| match e.payload {
        Payload::Month(m) if e.rest.is_empty() => Some(m),
        _ => None,
    })
}

fn weekday_of(t: &Token<'_>) -> Option<u32> {
    if t.kind != Kind::Word || !t.capitalized() {
        return None;
    }
    t.lex().iter().find_map(|e| match e.payload {
        Payload::Weekday(d) if e.rest.is_empty() => Some(d),
        _ => None,
    })
}

fn payload_of(t: &Token<'_>, f: impl Fn(Payload) -> Option<i64>) -> Option<i64> {
    if t.kind != Kind::Word {
        return None;
    }
    t.lex()
        .iter()
        .filter(|e| e.rest.is_empty())
        .find_map(|e| f(e.payload))
}

fn rel_of(t: &Token<'_>) -> Option<i32> {
    // "past", "previous" and "coming" read as durations in news ("over the past week",
    // "in the coming weeks"); only last / this / next (and "the current year") name a
    // calendar period.
    if !(t.is_word("last") || t.is_word("this") || t.is_word("next") || t.is_word("current")) {
        return None;
    }
    payload_of(t, |p| match p {
        Payload::Rel(r) => Some(i64::from(r)),
        _ => None,
    })
    .map(|r| r as i32)
}

fn period_of(t: &Token<'_>) -> Option<u32> {
    payload_of(t, |p| match p {
        Payload::Period(d) => Some(i64::from(d)),
        _ => None,
    })
    .map(|d| d as u32)
}

fn is_year(t: &Token<'_>) -> Option<i32> {
    let n = t.num;
    (t.kind == Kind::Num
        && n.int_digits == 4
        && n.decimals == 0
        && !n.grouped
        && !n.lead_zero
        && (1000.0..=2100.0).contains(&n.value))
    .then_some(n.value as i32)
}

fn day_num(t: &Token<'_>) -> Option<u32> {
    let n = t.num;
    (t.kind == Kind::Num && n.int_digits <= 2 && n.decimals == 0 && (1.0..=31.0).contains(&n.value))
        .then_some(n.value as u32)
}

/// After a day number: an attached ordinal suffix ("16th").
fn skip_ord_suffix(t: &[Token<'_>], k: usize) -> usize {
    match t.get(k) {
        Some(x) if x.kind == Kind::Word && !x.space && super::numbers::is_ord_suffix(x.text) => {
            k + 1
        }
        _ => k,
    }
}

/// After a month abbreviation: its attached full stop ("Oct.").
fn skip_abbr_dot(t: &[Token<'_>], k: usize) -> usize {
    let m = &t[k - 1];
    let full_name = ["May", "June", "July", "MAY", "JUNE", "JULY"].contains(&m.text);
    if t.get(k).is_some_and(|x| x.is_punct('.') && !x.space) && m.text.len() <= 4 && !full_name {
        k + 1
    } else {
        k
    }
}

/// A year at `k`, optionally after a comma: "16 October, 2025".
fn year_after(t: &[Token<'_>], k: usize) -> Option<(i32, usize)> {
    let k = if t.get(k).is_some_and(|x| x.is_punct(',')) {
        k + 1
    } else {
        k
    };
    let y = is_year(t.get(k)?)?;
    // "16 October 2025 people" is unlikely; "in May 2025 1,000 people" has a comma.
    Some((y, k + 1))
}

/// Whether the "-ed" word at `k` stands before a noun as its adjective: after a
/// determiner or a preposition, or after the verb of a "to" ("the injured workers",
/// "measures for displaced families", "to support affected exporters"). It tells no
/// tense: "would consider measures to support affected exporters at its session on
/// Thursday" is the coming Thursday.
fn attributive(t: &[Token<'_>], k: usize) -> bool {
    // Its noun comes next ("laws that passed the lower house" has "the").
    if k == 0 || !t.get(k + 1).is_some_and(open_word) {
        return false;
    }
    let prev = &t[k - 1];
    // Determiners by name: "that" and "which" before a verb are relative pronouns
    // ("the pipeline, which entered service in May"); "newly" and "recently" stand
    // between them and the adjective ("a newly elected council").
    prev.is_word_in(
        &const {
            WordList::new([
                "the", "a", "an", "its", "their", "his", "her", "our", "these", "those", "all",
                "some", "many", "any", "no", "every", "each", "newly", "recently",
            ])
        },
    ) || prev.is_word_in(&const { WordList::new(["for", "of", "with", "to", "from", "among"]) })
        || k >= 2
            && t[k - 2].is_word("to")
            && lower_word(prev)
            && !prev.is_word_in(&const { WordList::new(["have", "be", "been", "get", "got"]) })
}

/// A word in lower case.
fn lower_word(x: &Token<'_>) -> bool {
    x.kind == Kind::Word && x.text.starts_with(|c: char| c.is_ascii_lowercase())
}

/// A word in lower case that is no determiner nor function word: the noun after an
/// adjective ("affected exporters"), the verb after "to" ("vowed to drag").
fn open_word(x: &Token<'_>) -> bool {
    lower_word(x) && word_bits(x) & (wc::DET | wc::FN) == 0
}

/// Tense of the clause around tokens `a..b`: the nearest marker to the left wins,
/// then the nearest to the right. Markers are listed in `words.tsv` (said, was, will,
/// would, scheduled, …); other words ending in "-ed" count as past, and "is/are …-ing"
/// or "is/are to" as future ("Putin is travelling to Budapest on Thursday").
pub(crate) fn tense_at(t: &[Token<'_>], a: usize, b: usize) -> Tense {
    let judge = |k: usize| -> Option<Tense> {
        let x = &t[k];
        if x.kind != Kind::Word {
            return None;
        }
        let bits = word_bits(x);
        // "a proposed rule that would have required airlines to pay": "would have" looks
        // at what did not happen, not ahead.
        if bits & wc::FUTURE != 0
            && !(x.is_word("would") && t.get(k + 1).is_some_and(|n| n.is_word("have")))
        {
            return Some(Tense::Future);
        }
        let lower_word = x.text.chars().next().is_some_and(char::is_lowercase);
        // "Forecasters said the storm could dump rain through Sunday", "it may reach the
        // coast on Tuesday": a modal of possibility before a verb looks ahead, nearer
        // than the "said" before it. Not "could have", "could not be reached", nor what
        // was perceived ("they could see flames on Tuesday").
        if lower_word
            && (x.is_word("could") || x.is_word("may") || x.is_word("might"))
            && t.get(k + 1).is_some_and(|n| {
                n.kind == Kind::Word
                    && n.text.starts_with(|c: char| c.is_ascii_lowercase())
                    && !n.is_word_in(&const {
                        WordList::new(["have", "not", "see", "hear", "feel", "smell", "only"])
                    })
            })
        {
            return Some(Tense::Future);
        }
        let participle = bits & wc::PAST != 0
            || (lower_word && x.text.len() > 4 && x.text.ends_with("ed") && bits & wc::FN == 0);
        if participle
            && !x.is_word("was")
            && !x.is_word("were")
            && !x.is_word("had")
            && !x.is_word("did")
        {
            // "will be reviewed", "is to be held": a passive after a future auxiliary.
            if k >= 2
                && (t[k - 1].is_word("be"))
                && (word_bits(&t[k - 2]) & wc::FUTURE != 0 || t[k - 2].is_word("to"))
            {
                return Some(Tense::Future);
            }
        }
        // "vowed to drag the result before the court by Friday", "agreed to meet on
        // Thursday": what was vowed or agreed comes after the vow.
        // A verb after "to", not a noun phrase ("agreed to the change in February"); the
        // "to" is asked first, as the list is of every word judged.
        if t.get(k + 1).is_some_and(|n| n.is_word("to"))
            && t.get(k + 2).is_some_and(open_word)
            && (x.is_word_in(
                &const {
                    WordList::new([
                        "vowed", "promised", "pledged", "planned", "agreed", "intended",
                    ])
                },
            ) || x.is_word("threatened")
                || x.is_word("undertook"))
        {
            return Some(Tense::Future);
        }
        if bits & wc::PAST != 0 && !(x.text.ends_with("ed") && attributive(t, k)) {
            return Some(Tense::Past);
        }
        // "Polls close at 10pm on Thursday", "The tariff takes effect on Monday", "Voters
        // go to the polls on Sunday": a timetable verb in the present tense is a future
        // arrangement; not as a noun ("the close"), infinitive ("to go") or after "not".
        if bits & wc::SCHED != 0
            && !x.text.chars().next().is_some_and(char::is_uppercase)
            && !(k > 0
                && (word_bits(&t[k - 1]) & wc::DET != 0
                    || t[k - 1].is_word_in(&const { WordList::new(["to", "not", "t", "did"]) })))
            && !t
                .get(k + 1)
                .is_some_and(|n| n.is_word("to") && x.is_word("close"))
        {
            return Some(Tense::Future);
        }
        // Asked only of "to" and of "-ing" words (it was asked of every word judged).
        let prev_is_be = || {
            k > 0 && (t[k - 1].is_word("is") || t[k - 1].is_word("are") || t[k - 1].is_word("am"))
        };
        if x.is_word("to") && prev_is_be() {
            return Some(Tense::Future);
        }
        if lower_word && x.text.len() > 4 && x.text.ends_with("ing") && prev_is_be() {
            return Some(Tense::Future);
        }
        if lower_word
            && x.text.len() > 4
            && x.text.ends_with("ed")
            && bits & wc::FN == 0
            && !attributive(t, k)
        {
            return Some(Tense::Past);
        }
        None
    };
    // Up to 15 tokens leftwards, then up to 15 rightwards, each side stopping at a
    // semicolon. Walked lazily: collecting the two sides into vectors cost two
    // allocations per date without a year.
    // Rightwards, a full stop before a capital ends the sentence too: "… on its website
    // by Wednesday. The recount cost 46 million, the commission said" has no tense of
    // its own after it.
    let stop = |&k: &usize| !t[k].is_punct(';');
    let left = (a.saturating_sub(15)..a).rev().take_while(stop);
    let right = (b..(b + 15).min(t.len())).take_while(|&k| {
        stop(&k)
            && !(t[k].is_punct('.')
                && t.get(k + 1)
                    .is_some_and(|n| n.text.starts_with(|c: char| c.is_uppercase())))
    });
    left.chain(right).find_map(judge).unwrap_or(Tense::Unknown)
}

/// "the year to March", "the three months to August": a period word two tokens back.
fn period_word_before(t: &[Token<'_>], to_at: usize) -> bool {
    to_at >= 1
        && t[to_at - 1].lex().iter().any(|e| {
            e.rest.is_empty()
                && matches!(e.payload, Payload::Unit(u) if u.kind == UnitKind::Duration)
                || matches!(e.payload, Payload::Period(_))
        })
}

fn add_months(y: i32, m: u32, delta: i32) -> (i32, u32) {
    let idx = y * 12 + (m as i32 - 1) + delta;
    (idx.div_euclid(12), (idx.rem_euclid(12) + 1) as u32)
}

fn week_of(d: NaiveDate) -> DateVal {
    let w = d.iso_week();
    DateVal::Week(w.year(), w.week())
}

/// A date expression starting at token `i`: the token range of its surface and value.
pub(crate) fn try_date(
    t: &[Token<'_>],
    i: usize,
    ctx: &ScanContext,
) -> Option<(usize, usize, DateOut)> {
    let tk = &t[i];
    match tk.kind {
        Kind::Num => num_date(t, i, ctx),
        Kind::Word => word_date(t, i, ctx),
        Kind::Code => dotted_date(tk).map(|d| (i, i + 1, DateOut::One(DateVal::Day(d)))),
        Kind::Punct => None,
    }
}

/// "16.10.2025": day, month and a four-digit year joined by dots (the tokenizer reads
/// such a run as one code).
fn dotted_date(tk: &Token<'_>) -> Option<NaiveDate> {
    let mut parts = tk.text.split('.');
    let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || d.len() > 2 || m.len() > 2 || y.len() != 4 {
        return None;
    }
    let y: i32 = y.parse().ok()?;
    if !(1000..=2100).contains(&y) {
        return None;
    }
    NaiveDate::from_ymd_opt(y, m.parse().ok()?, d.parse().ok()?)
}

/// "Filings dated 11/14/2025": numbers joined by slashes with a four-digit year. Read as
/// month/day/year, the American order in which English-language copy writes them,
/// unless the first number cannot be a month ("14/11/2025" is day/month/year).
fn slash_date(t: &[Token<'_>], i: usize) -> Option<NaiveDate> {
    let (a, s1, b, s2, y) = (
        t.get(i)?,
        t.get(i + 1)?,
        t.get(i + 2)?,
        t.get(i + 3)?,
        t.get(i + 4)?,
    );
    let small = |x: &Token<'_>| x.kind == Kind::Num && x.num.int_digits <= 2 && x.num.decimals == 0;
    if !(small(a) && s1.is_punct('/') && small(b) && s2.is_punct('/'))
        || [s1, b, s2, y].iter().any(|x| x.space)
        || t.get(i + 5).is_some_and(|x| x.is_punct('/') && !x.space)
    {
        return None;
    }
    let y = is_year(y)?;
    let (p, q) = (a.num.value as u32, b.num.value as u32);
    let (m, d) = if p > 12 { (q, p) } else { (p, q) };
    NaiveDate::from_ymd_opt(y, m, d)
}

fn num_date(t: &[Token<'_>], i: usize, ctx: &ScanContext) -> Option<(usize, usize, DateOut)> {
    let tk = &t[i];
    if let Some(d) = slash_date(t, i) {
        return Some((i, i + 5, DateOut::One(DateVal::Day(d))));
    }
    // ISO 8601: 2025-10-16
    if let Some(y) = is_year(tk)
        && let (Some(d1), Some(m), Some(d2), Some(d)) =
            (t.get(i + 1), t.get(i + 2), t.get(i + 3), t.get(i + 4))
        && d1.is_punct('-')
        && d2.is_punct('-')
        && ![d1, m, d2, d].iter().any(|x| x.space)
        && m.kind == Kind::Num
        && d.kind == Kind::Num
        && m.num.int_digits == 2
        && d.num.int_digits == 2
    {
        let date = NaiveDate::from_ymd_opt(y, m.num.value as u32, d.num.value as u32)?;
        return Some((i, i + 5, DateOut::One(DateVal::Day(date))));
    }
    // 16 October [2025], 16th of October
    if let Some(day) = day_num(tk) {
        let mut k = skip_ord_suffix(t, i + 1);
        if t.get(k).is_some_and(|x| x.is_word("of")) {
            k += 1;
        }
        if let Some(m) = t.get(k).and_then(month_of) {
            let k = skip_abbr_dot(t, k + 1);
            if let Some((y, k2)) = year_after(t, k) {
                let date = NaiveDate::from_ymd_opt(y, m, day)?;
                return Some((i, k2, DateOut::One(DateVal::Day(date))));
            }
            return Some((i, k, day_month(t, i, k, m, day, ctx)));
        }
    }
    // three days ago, two years ago
    if let Some(hit) = ago(t, i, ctx) {
        return Some(hit);
    }
    if let Some(hit) = decade(t, i, ctx) {
        return Some(hit);
    }
    year_date(t, i, ctx)
}

/// A decade: "since the 1990s", "the 1960's", "in the late '80s", "by the mid-2000s".
/// News dates events by decade often enough ("the worst drought since the 1980s") that
/// an outlet writing "1970s" where another writes "1980s" is a contradiction worth
/// showing; a decade is the range of its years. "early", "mid" and "late" narrow it to
/// its first four, middle three and last three years, so "the early 1990s" and "the
/// late 1990s" do not agree.
///
/// Two digits count only after an apostrophe ("the '90s"): without one, "in her 80s" is
/// an age and "temperatures in the 90s" are degrees. They are the latest such decade
/// that began by the document's year ("the '20s" written in 2025 is the 2020s, "the
/// '30s" the 1930s); without a document date, "'00s" to "'20s" are this century's.
fn decade(t: &[Token<'_>], i: usize, ctx: &ScanContext) -> Option<(usize, usize, DateOut)> {
    let tk = &t[i];
    let n = tk.num;
    if tk.kind != Kind::Num || n.decimals != 0 || n.grouped {
        return None;
    }
    // The plural "s", attached, or after an attached apostrophe ("1960's").
    let apostrophe = |x: &Token<'_>| x.is_punct('\'') || x.is_punct('’');
    let plural_s = |k: usize| t.get(k).is_some_and(|x| !x.space && x.is_word("s"));
    let s_at = if plural_s(i + 1) {
        i + 1
    } else if t.get(i + 1).is_some_and(|x| !x.space && apostrophe(x)) && plural_s(i + 2) {
        i + 2
    } else {
        return None;
    };
    // A decade is a multiple of ten. Tested after the "s", which rules out nearly every
    // number without the call into `fmod` that `%` on a float makes.
    if n.value % 10.0 != 0.0 {
        return None;
    }
    // "1990sx" would be one word: the "s" must end it.
    if t.get(s_at + 1)
        .is_some_and(|x| !x.space && x.kind != Kind::Punct)
    {
        return None;
    }
    let mut a = i;
    let first = if n.int_digits == 4 && !n.lead_zero {
        is_year(tk)?
    } else if n.int_digits == 2 {
        let p = i
            .checked_sub(1)
            .filter(|&p| !tk.space && apostrophe(&t[p]))?;
        a = p;
        let yy = n.value as i32;
        let latest = ctx.doc_date.map_or(2029, |d| d.year());
        if 2000 + yy <= latest {
            2000 + yy
        } else {
            1900 + yy
        }
    } else {
        return None;
    };
    // The qualifier before it: "mid-2000s" (attached by a hyphen) or "late 1990s".
    let (lo, hi) = match a.checked_sub(1).map(|p| &t[p]) {
        Some(h) if h.is_punct('-') && !h.space && !t[a].space && a >= 2 => {
            match qualifier(&t[a - 2]) {
                Some(r) => {
                    a -= 2;
                    r
                }
                None => (0, 9),
            }
        }
        Some(w) if t[a].space => match qualifier(w) {
            Some(r) => {
                a -= 1;
                r
            }
            None => (0, 9),
        },
        _ => (0, 9),
    };
    Some((
        a,
        s_at + 1,
        DateOut::Range(DateVal::Year(first + lo), DateVal::Year(first + hi)),
    ))
}

/// The part of a decade an "early", "mid" or "late" before it names (years from its
/// start); any of the three also marks part of a year or month ("mid-2025", "late
/// October").
fn qualifier(w: &Token<'_>) -> Option<(i32, i32)> {
    if w.is_word("early") {
        Some((0, 3))
    } else if w.is_word("mid") {
        Some((4, 6))
    } else if w.is_word("late") {
        Some((7, 9))
    } else {
        None
    }
}

/// A day and month without a year: the nearest such date before (past tense) or after
/// (future tense) the document date; without tense the nearest either way.
fn day_month(t: &[Token<'_>], a: usize, b: usize, m: u32, day: u32, ctx: &ScanContext) -> DateOut {
    let Some(doc) = ctx.doc_date else {
        return DateOut::Unresolved(Granularity::Day, format_compact!("date --{m:02}-{day:02}"));
    };
    let cand = |y: i32| NaiveDate::from_ymd_opt(y, m, day);
    let y = doc.year();
    let pick = match tense_at(t, a, b) {
        Tense::Past => cand(y).filter(|d| *d <= doc).or_else(|| cand(y - 1)),
        Tense::Future => cand(y).filter(|d| *d >= doc).or_else(|| cand(y + 1)),
        Tense::Unknown => [cand(y - 1), cand(y), cand(y + 1)]
            .into_iter()
            .flatten()
            .min_by_key(|d| (*d - doc).num_days().abs()),
    };
    match pick {
        Some(d) => DateOut::One(DateVal::Day(d)),
        None => DateOut::Unresolved(Granularity::Day, format_compact!("date --{m:02}-{day:02}")),
    }
}

/// "three days ago", "a year ago", "two weeks ago".
fn ago(t: &[Token<'_>], i: usize, ctx: &ScanContext) -> Option<(usize, usize, DateOut)> {
    // Every number is asked whether it starts "… ago", and few do: looking for the word
    // first is cheaper than reading the number phrase and its unit.
    if !t[i + 1..].iter().any(|x| x.is_word("ago")) {
        return None;
    }
    let (n, k) = if t[i].is_word("a") || t[i].is_word("an") {
        (1.0, i + 1)
    } else {
        let c = parse_core(t, i)?;
        if c.ordinal || c.fraction || c.value.fract() != 0.0 || c.value < 0.0 {
            return None;
        }
        (c.value, c.b)
    };
    let unit = t.get(k)?;
    let period = unit.lex().iter().find_map(|e| match e.payload {
        Payload::Unit(u) if e.rest.is_empty() && u.kind == UnitKind::Duration => Some(u.factor),
        _ => None,
    })?;
    if !t.get(k + 1).is_some_and(|x| x.is_word("ago")) {
        return None;
    }
    let b = k + 2;
    let n = n as i64;
    let (gran, val) = match period as i64 {
        86_400 => (Granularity::Day, -n),
        604_800 => (Granularity::Week, -n),
        2_592_000 => (Granularity::Month, -n),
        31_536_000 => (Granularity::Year, -n),
        _ => return None,
    };
    let Some(doc) = ctx.doc_date else {
        return Some((
            i,
            b,
            DateOut::Unresolved(gran, format_compact!("{} {val}", gran.as_str())),
        ));
    };
    let out = match gran {
        Granularity::Day => DateVal::Day(doc + Duration::days(val)),
        Granularity::Week => week_of(doc + Duration::days(7 * val)),
        Granularity::Month => {
            let (y, m) = add_months(doc.year(), doc.month(), val as i32);
            DateVal::Month(y, m)
        }
        Granularity::Year => DateVal::Year(doc.year() + val as i32),
    };
    Some((i, b, DateOut::One(out)))
}

/// A bare four-digit year, when the context says it is one: "in 1979", "since 2014",
/// "mid-2025", "the 2024 election", "2019-2021".
fn year_date(t: &[Token<'_>], i: usize, ctx: &ScanContext) -> Option<(usize, usize, DateOut)> {
    let y = is_year(&t[i])?;
    let next = t.get(i + 1);
    if next.is_some_and(|x| x.kind == Kind::Word && !x.space) {
        // "1990s", "2025bn": not a year.
        return None;
    }
    let prev = i.checked_sub(1).map(|p| &t[p]);
    let prev_bits = prev.map_or(0, word_bits);
    let mut a = i;
    // "2019-2021", "2019 to 2021": two years in a row are years.
    let year_pair = next.is_some_and(|x| x.is_dash() || x.is_word("to"))
        && t.get(i + 2).and_then(is_year).is_some_and(|y2| y2 > y);
    // Near the document's year: a count that size would be written with a comma.
    let near = |span: i32| {
        ctx.doc_date
            .map_or((1950..=2100).contains(&y), |d| (y - d.year()).abs() <= span)
    };
    let verb_like = |p: &Token<'_>| {
        let bits = word_bits(p);
        p.kind == Kind::Word
            && p.text.chars().next().is_some_and(char::is_lowercase)
            && bits & wc::FN == 0
            && (bits & (wc::VERB | wc::PAST | wc::FUTURE | wc::SCHED | wc::CHANGE) != 0
                || (p.text.len() > 3
                    && (p.text.ends_with("ed")
                        || (p.text.ends_with('s') && !p.text.ends_with("ss")))))
    };
    // "The IMF's new outlook puts 2025 global growth at 2.8%", "expects 2026 revenue of
    // $5bn": a recent year modifying a noun right after a verb.
    let attributive = || {
        near(5)
            && prev.is_some_and(verb_like)
            && next.is_some_and(|x| {
                x.kind == Kind::Word
                    && x.space
                    && x.text.chars().next().is_some_and(char::is_lowercase)
                    && word_bits(x) & (wc::FN | wc::VERB) == 0
            })
    };
    // "Sales rose in 2024 and 2025", "in 2023, 2024 and 2025": a year coordinated with
    // the year before it.
    let coordinated = || {
        prev.is_some_and(|p| p.is_word("and") || p.is_word("or") || p.is_punct(','))
            && i >= 2
            && is_year(&t[i - 2]).is_some()
    };
    let ok = if prev_bits & wc::YEARPREV != 0 || year_pair || coordinated() {
        true
    } else if let Some(p) = prev.filter(|p| p.is_punct('-') && !p.space && !t[i].space) {
        // "mid-2025", "early-2026"
        let _ = p;
        let w = i.checked_sub(2).map(|q| &t[q]);
        if w.is_some_and(|w| qualifier(w).is_some()) {
            a = i - 2;
            true
        } else {
            false
        }
    } else if prev.is_some_and(|p| {
        [
            "the", "a", "this", "that", "its", "his", "her", "their", "s",
        ]
        .iter()
        .any(|w| p.is_word(w))
    }) {
        // "the 2024 election", "a 2003 record", "Russia's 2025 budget": a determiner,
        // then a lowercase noun that is not a unit (unless the unit is written before
        // the next number: "the 2015 magnitude 7.8 earthquake"); or a span of years
        // ("the 2019-21 period").
        let short_pair = next.is_some_and(|x| x.is_dash() && !x.space)
            && t.get(i + 2).is_some_and(|z| {
                z.kind == Kind::Num
                    && !z.space
                    && z.num.int_digits == 2
                    && z.num.decimals == 0
                    && (z.num.value as i32) > y % 100
            });
        short_pair
            || next.is_some_and(|x| {
                x.kind == Kind::Word
                    && x.text.chars().next().is_some_and(char::is_lowercase)
                    && (!x.lex().iter().any(|e| {
                        matches!(
                            e.payload,
                            Payload::Unit(_) | Payload::Currency(_) | Payload::Percent(..)
                        )
                    }) || t.get(i + 2).is_some_and(|z| z.kind == Kind::Num))
            })
    } else if prev.is_some_and(|p| p.is_punct('\'') || p.is_punct('’')) {
        false
    } else if prev.is_some_and(|p| {
        p.is_word("year")
            || p.is_word("early")
            || p.is_word("late")
            || p.is_word("summer")
            || p.is_word("spring")
            || p.is_word("autumn")
            || p.is_word("winter")
            || p.is_word("fall")
    }) {
        true
    } else if i == 0
        || prev.is_some_and(|p| p.kind == Kind::Punct && matches!(p.text, "\"" | "“" | "‘" | "("))
    {
        // Sentence-initial: "2024 was the hottest year on record.", "In 2019, …" is
        // handled by "in"; here a comma or a verb must follow.
        next.is_none_or(|x| {
            x.is_punct(',') || word_bits(x) & (wc::VERB | wc::PAST | wc::FUTURE) != 0
        })
    } else if next.is_some_and(|x| ["was", "is", "has", "had"].iter().any(|w| x.is_word(w))) {
        // "Scientists said 2025 was on course to be the warmest year": a singular verb
        // agrees with a year, not with a count ("2,000 were killed").
        true
    } else {
        // "as the city welcomes 2026.", "up 9% on 2024.": a year ends the phrase after a
        // verb or after a comparison base ("on", "versus", "compared with"). Counts that large are
        // written with a comma in news copy ("killed 1,500"), and after a verb the year
        // must also be near the document's ("killed 1500." is a count).
        let phrase_end = next.is_none_or(|x| {
            x.kind == Kind::Punct && matches!(x.text, "." | "," | ";" | "!" | "?" | ")")
        }) && prev.is_some_and(|p| {
            p.is_word("on")
                || p.is_word("versus")
                || p.is_word("vs")
                || ((p.is_word("with") || p.is_word("to"))
                    && i >= 2
                    && t[i - 2]
                        .text
                        .get(..6)
                        .is_some_and(|p| p.eq_ignore_ascii_case("compar")))
                || (near(10) && verb_like(p))
        });
        // Otherwise "… won in the election of 1979." is handled by "of"; an unmarked
        // year after a comma ("On October 16, 2025") is consumed with its month.
        phrase_end || attributive()
    };
    if !ok {
        return None;
    }
    // "of 1500 people", "1013 hPa": a count or a measure, not a year. A year is not
    // followed by a unit (except one written before the next number: "the 2015
    // magnitude 7.8 earthquake") or by a plain lowercase word (a noun it would count).
    if let Some(x) = next.filter(|x| x.kind == Kind::Word && !year_pair) {
        let unit_of_next = t.get(i + 2).is_some_and(|z| z.kind == Kind::Num);
        let unit = !unit_of_next
            && x.lex().iter().any(|e| {
                e.first_ok(x.text)
                    && matches!(
                        e.payload,
                        Payload::Unit(_)
                            | Payload::Currency(_)
                            | Payload::Percent(..)
                            | Payload::Scale(_)
                    )
            });
        let plain_noun = x.text.chars().next().is_some_and(char::is_lowercase)
            && word_bits(x) & (wc::FN | wc::VERB | wc::PAST | wc::FUTURE) == 0
            && !(x.text.ends_with("ed") || x.text.ends_with("ing"))
            && !attributive()
            && a == i
            && !prev.is_some_and(|p| {
                p.is_word("the")
                    || p.is_word("a")
                    || p.is_word("s")
                    || p.is_word("its")
                    || p.is_word("this")
                    || p.is_word("that")
                    || p.is_word("his")
                    || p.is_word("her")
                    || p.is_word("their")
            });
        if unit || plain_noun {
            return None;
        }
    }
    // Ranges of years: 2019-2021, 2019-21, 2019 to 2021, between 2019 and 2021.
    if let Some(x) = next {
        let joiner = x.is_dash()
            || x.is_word("to")
            || (x.is_word("and") && prev.is_some_and(|p| p.is_word("between")));
        if joiner && let Some(y2t) = t.get(i + 2) {
            let y2 = is_year(y2t).or_else(|| {
                (x.is_dash() && y2t.kind == Kind::Num && y2t.num.int_digits == 2 && !y2t.space)
                    .then(|| {
                        let yy = y - y % 100 + y2t.num.value as i32;
                        if yy > y { yy } else { yy + 100 }
                    })
            });
            if let Some(y2) = y2.filter(|y2| *y2 > y && *y2 - y < 200)
                && !t
                    .get(i + 3)
                    .is_some_and(|z| z.kind == Kind::Word && !z.space)
            {
                let a2 = if prev.is_some_and(|p| p.is_word("between") || p.is_word("from")) {
                    i - 1
                } else {
                    a
                };
                return Some((
                    a2,
                    i + 3,
                    DateOut::Range(DateVal::Year(y), DateVal::Year(y2)),
                ));
            }
        }
    }
    Some((a, i + 1, DateOut::One(DateVal::Year(y))))
}

fn word_date(t: &[Token<'_>], i: usize, ctx: &ScanContext) -> Option<(usize, usize, DateOut)> {
    let tk = &t[i];
    if let Some(m) = month_of(tk) {
        return month_date(t, i, i, m, 0, ctx);
    }
    if let Some(wd) = weekday_of(tk) {
        // "Shoppers spent £1.9bn online on Black Friday": a holiday named after a
        // weekday is not the weekday of the report.
        if i > 0 && t[i - 1].capitalized() && word_bits(&t[i - 1]) & wc::DAYNAME != 0 {
            return None;
        }
        return weekday_date(t, i, i, wd, 0, ctx);
    }
    if let Some(off) = payload_of(tk, |p| match p {
        Payload::Day(d) => Some(d),
        _ => None,
    }) {
        // "Radio 4's Today programme": a capitalised day word inside a sentence is a name.
        if tk.capitalized()
            && i > 0
            && !matches!(t[i - 1].text, "\"" | "“" | "‘" | "(" | "—" | "–" | ":")
        {
            return None;
        }
        return Some((i, i + 1, rel_day(off, ctx)));
    }
    if let Some(r) = rel_of(tk) {
        let next = t.get(i + 1)?;
        if let Some(m) = month_of(next) {
            return month_date(t, i, i + 1, m, r, ctx);
        }
        if let Some(wd) = weekday_of(next) {
            return weekday_date(t, i, i + 1, wd, r, ctx);
        }
        if let Some(days) = period_of(next) {
            if next.text.ends_with('s') {
                return None;
            }
            return Some((i, i + 2, rel_period(days, r, ctx)));
        }
        if r == -1 && next.is_word("night") {
            return Some((i, i + 2, rel_day(-1, ctx)));
        }
        if r == 0
            && (next.is_word("morning") || next.is_word("afternoon") || next.is_word("evening"))
        {
            return Some((i, i + 2, rel_day(0, ctx)));
        }
        return None;
    }
    if qualifier(tk).is_some() {
        // "mid-October", "early next year", "late 2025": the period itself.
        let k = skip_join(t, i + 1);
        let next = t.get(k)?;
        if let Some(m) = month_of(next) {
            let (_, b, out) = month_date(t, k, k, m, 0, ctx)?;
            return Some((i, b, out));
        }
        if next.kind == Kind::Num {
            // "late 1990s": the decade takes its qualifier itself.
            if let Some(hit) = decade(t, k, ctx) {
                return Some(hit);
            }
            let (_, b, out) = year_only(t, k)?;
            return Some((i, b, out));
        }
        if rel_of(next).is_some() {
            let (_, b, out) = word_date(t, k, ctx)?;
            return Some((i, b, out));
        }
        return None;
    }
    if tk.is_word("a") || tk.is_word("an") {
        return ago(t, i, ctx);
    }
    if num_word(tk).is_some() {
        return ago(t, i, ctx);
    }
    None
}

fn year_only(t: &[Token<'_>], k: usize) -> Option<(usize, usize, DateOut)> {
    let y = is_year(t.get(k)?)?;
    Some((k, k + 1, DateOut::One(DateVal::Year(y))))
}

fn rel_day(off: i64, ctx: &ScanContext) -> DateOut {
    match ctx.doc_date {
        Some(d) => DateOut::One(DateVal::Day(d + Duration::days(off))),
        None => DateOut::Unresolved(Granularity::Day, format_compact!("day {off}")),
    }
}

fn rel_period(days: u32, r: i32, ctx: &ScanContext) -> DateOut {
    let gran = match days {
        7 => Granularity::Week,
        30 => Granularity::Month,
        _ => Granularity::Year,
    };
    let Some(d) = ctx.doc_date else {
        return DateOut::Unresolved(gran, format_compact!("{} {r}", gran.as_str()));
    };
    DateOut::One(match gran {
        Granularity::Week => week_of(d + Duration::days(7 * i64::from(r))),
        Granularity::Month => {
            let (y, m) = add_months(d.year(), d.month(), r);
            DateVal::Month(y, m)
        }
        // A year, the one other period here.
        _ => DateVal::Year(d.year() + r),
    })
}

/// A month name at `m_at` (a modifier such as "last" may start the surface at `a`).
fn month_date(
    t: &[Token<'_>],
    a: usize,
    m_at: usize,
    m: u32,
    rel: i32,
    ctx: &ScanContext,
) -> Option<(usize, usize, DateOut)> {
    let tk = &t[m_at];
    let k = skip_abbr_dot(t, m_at + 1);
    let abbr = tk.text.len() <= 4 && !matches!(tk.text, "May" | "June" | "July");
    // October 16[, 2025]
    if let Some(day) = t.get(k).and_then(day_num) {
        let after = skip_ord_suffix(t, k + 1);
        if !t
            .get(after)
            .is_some_and(|x| x.kind == Kind::Num || x.is_punct(':'))
        {
            if let Some((y, b)) = year_after(t, after) {
                let date = NaiveDate::from_ymd_opt(y, m, day)?;
                return Some((a, b, DateOut::One(DateVal::Day(date))));
            }
            return Some((a, after, day_month(t, a, after, m, day, ctx)));
        }
    }
    // October 2025
    if let Some((y, b)) = year_after(t, k).filter(|_| t.get(k).is_some_and(|x| !x.is_punct(','))) {
        return Some((a, b, DateOut::One(DateVal::Month(y, m))));
    }
    // "The strikes took place in March and April 2024": months coordinated before a
    // year share it.
    let mut j = k;
    while t
        .get(j)
        .is_some_and(|x| x.is_word("and") || x.is_word("or") || x.is_punct(','))
        && t.get(j + 1).and_then(month_of).is_some()
    {
        j = skip_abbr_dot(t, j + 2);
    }
    if j > k
        && t.get(j).is_some_and(|x| !x.is_punct(','))
        && let Some((y, _)) = year_after(t, j)
    {
        return Some((a, k, DateOut::One(DateVal::Month(y, m))));
    }
    if abbr && t.get(m_at + 1).is_none_or(|x| !x.is_punct('.')) {
        // "Jan" or "Dec" alone is more often a name than a month.
        return None;
    }
    // A month alone needs a cue: "in August", "last March", "by May", "mid-October".
    let prev = m_at.checked_sub(1).map(|p| &t[p]);
    // "in November and December", "in September, October and December": a month
    // coordinated with the month before it.
    let coordinated = || {
        prev.is_some_and(|p| p.is_word("and") || p.is_word("or") || p.is_punct(','))
            && m_at >= 2
            && month_of(&t[m_at - 2]).is_some()
    };
    // "below its January estimate", "the March figures": a determiner, the month, then a
    // lowercase noun.
    let attributive = || {
        prev.is_some_and(|p| {
            ["the", "its", "their", "his", "her", "our", "s"]
                .iter()
                .any(|w| p.is_word(w))
        }) && t.get(k).is_some_and(|n| {
            n.kind == Kind::Word
                && n.text.chars().next().is_some_and(char::is_lowercase)
                && word_bits(n) & (wc::FN | wc::VERB) == 0
        })
    };
    let cue = rel != 0
        || a != m_at
        || prev.is_some_and(|p| {
            word_bits(p) & wc::YEARPREV != 0
                || p.is_word("mid")
                || p.is_word("early")
                || p.is_word("late")
                || p.is_word("last")
                || p.is_word("next")
                || p.is_word("this")
                || p.is_word("to")
                || (p.is_punct('-') && m_at >= 2 && t[m_at - 2].is_word("mid"))
                // "as early as April", "as soon as May", "as late as June".
                || (p.is_word("as")
                    && m_at >= 3
                    && t[m_at - 3].is_word("as")
                    && ["early", "soon", "late"].iter().any(|w| t[m_at - 2].is_word(w)))
        })
        || coordinated()
        || attributive();
    if !cue {
        return None;
    }
    if matches!(m, 3 | 5)
        && prev.is_some_and(|p| p.is_word("to"))
        && !(m_at >= 2 && period_word_before(t, m_at - 1))
    {
        // "to May" is a name or a verb, unless a period runs to it ("the year to March").
        return None;
    }
    // "in August last year", "in March this year"
    let mut b = k;
    let mut year_rel = None;
    if let (Some(r), Some(p)) = (t.get(k).and_then(rel_of), t.get(k + 1))
        && p.is_word("year")
    {
        year_rel = Some(r);
        b = k + 2;
    }
    let Some(doc) = ctx.doc_date else {
        let desc = match year_rel {
            Some(r) => format_compact!("month {m} year {r}"),
            None => format_compact!("month {m} rel {rel}"),
        };
        return Some((a, b, DateOut::Unresolved(Granularity::Month, desc)));
    };
    let y = doc.year();
    let year = if let Some(r) = year_rel {
        y + r
    } else {
        match rel {
            -1 => {
                if m < doc.month() {
                    y
                } else {
                    y - 1
                }
            }
            1 => {
                if m > doc.month() {
                    y
                } else {
                    y + 1
                }
            }
            _ => match tense_at(t, a, b) {
                Tense::Future => {
                    if m >= doc.month() {
                        y
                    } else {
                        y + 1
                    }
                }
                // Without tense, a month after a preposition is the nearest such month,
                // as a day and month is (`day_month`): "Public sector pay rises 4 per
                // cent from January" in October is next January; the earlier one when
                // both are six months away. A month that modifies a noun ("its January
                // estimate") is the last one.
                Tense::Unknown
                    if a > 0
                        && t[a - 1].is_word_in(
                            &const { WordList::new(["in", "from", "by", "until", "till"]) },
                        ) =>
                {
                    let months = |year: i32| year * 12 + m as i32;
                    let now = y * 12 + doc.month() as i32;
                    [y - 1, y, y + 1]
                        .into_iter()
                        .min_by_key(|&year| (months(year) - now).abs())
                        .unwrap_or(y)
                }
                _ => {
                    if m <= doc.month() {
                        y
                    } else {
                        y - 1
                    }
                }
            },
        }
    };
    Some((a, b, DateOut::One(DateVal::Month(year, m))))
}

/// A weekday at `w_at`: with an explicit date after it ("Thursday, October 16") that
/// date; else resolved by `rel` (last/next) or the tense of the clause.
fn weekday_date(
    t: &[Token<'_>],
    a: usize,
    w_at: usize,
    wd: u32,
    rel: i32,
    ctx: &ScanContext,
) -> Option<(usize, usize, DateOut)> {
    let mut k = w_at + 1;
    if t.get(k).is_some_and(|x| x.is_punct(',')) {
        k += 1;
    }
    if let Some(x) = t.get(k) {
        let explicit = if x.kind == Kind::Num {
            num_date(t, k, ctx)
        } else if month_of(x).is_some() {
            word_date(t, k, ctx)
        } else {
            None
        };
        if let Some((_, b, DateOut::One(DateVal::Day(d)))) = explicit {
            // "Thursday, October 16" without a year: the year in which the 16th is a
            // Thursday, nearest the document date.
            let wanted = |x: &NaiveDate| x.weekday().number_from_monday() == wd;
            let year_written = t[k..b].iter().any(|x| is_year(x).is_some());
            let d = if wanted(&d) || year_written {
                d
            } else {
                [-1, 1]
                    .iter()
                    .filter_map(|dy| NaiveDate::from_ymd_opt(d.year() + dy, d.month(), d.day()))
                    .find(wanted)
                    .unwrap_or(d)
            };
            return Some((a, b, DateOut::One(DateVal::Day(d))));
        }
        if let Some((_, b, out @ DateOut::Unresolved(Granularity::Day, _))) = explicit {
            return Some((a, b, out));
        }
    }
    let b = w_at + 1;
    // "declared Wednesday a day of national mourning", "named Friday as the deadline": a
    // weekday that a verb makes something is the day so named, not when the verb was
    // done; ahead of a past verb it is the coming one.
    let named_day = rel == 0
        && w_at == a
        && a > 0
        && t[a - 1].kind == Kind::Word
        && t[a - 1].text.ends_with("ed")
        && t.get(b)
            .is_some_and(|x| x.is_word_in(&const { WordList::new(["a", "an", "as"]) }));
    let tense = if named_day {
        Tense::Future
    } else {
        tense_at(t, a, b)
    };
    let Some(doc) = ctx.doc_date else {
        let how = match (rel, tense) {
            (-1, _) => "last",
            (1, _) => "next",
            (_, Tense::Future) => "future",
            _ => "past",
        };
        return Some((
            a,
            b,
            DateOut::Unresolved(Granularity::Day, format_compact!("weekday {wd} {how}")),
        ));
    };
    let cur = i64::from(doc.weekday().number_from_monday());
    let target = i64::from(wd);
    let back = (cur - target).rem_euclid(7);
    let fwd = (target - cur).rem_euclid(7);
    let off = match rel {
        -1 => -(if back == 0 { 7 } else { back }),
        1 => {
            if fwd == 0 {
                7
            } else {
                fwd
            }
        }
        _ => match tense {
            Tense::Future => fwd,
            // "… the results of every polling station on its website by Wednesday": with
            // no tense in reach, a day something is due by is to come.
            Tense::Unknown if a > 0 && t[a - 1].is_word("by") => fwd,
            _ => -back,
        },
    };
    Some((a, b, DateOut::One(DateVal::Day(doc + Duration::days(off)))))
}

/// Whether the word at `i` is a number word of a class that can count years etc.
#[allow(dead_code)]
pub(crate) fn is_count_word(t: &Token<'_>) -> bool {
    matches!(
        num_word(t),
        Some((NumClass::Unit | NumClass::Teen | NumClass::Tens, _))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_is_what_the_formatters_write() {
        let years = [-12, -1, 0, 7, 99, 999, 1970, 2026, 9999, 10_000, 123_456];
        for y in years {
            let mut vals = vec![DateVal::Year(y)];
            for m in [1, 9, 10, 12] {
                vals.push(DateVal::Month(y, m));
            }
            for w in [1, 9, 10, 53] {
                vals.push(DateVal::Week(y, w));
            }
            for (m, d) in [(1, 1), (2, 28), (9, 9), (12, 31)] {
                if let Some(day) = NaiveDate::from_ymd_opt(y, m, d) {
                    vals.push(DateVal::Day(day));
                }
            }
            for v in vals {
                assert_eq!(v.iso(), v.iso_formatted(), "{v:?}");
            }
        }
    }
    use crate::quantities::tokenize::tokenize;

    #[test]
    fn iso_day_ranges_at_every_granularity() {
        let day = |y, m, d| {
            (NaiveDate::from_ymd_opt(y, m, d).unwrap()
                - NaiveDate::from_ymd_opt(1970, 1, 1).unwrap())
            .num_days()
        };
        for (iso, first, last) in [
            ("1970", day(1970, 1, 1), day(1970, 12, 31)),
            ("2025-12", day(2025, 12, 1), day(2025, 12, 31)),
            ("2024-02", day(2024, 2, 1), day(2024, 2, 29)),
            ("2025-W02", day(2025, 1, 6), day(2025, 1, 12)),
            ("2025-10-13", day(2025, 10, 13), day(2025, 10, 13)),
        ] {
            assert_eq!(iso_day_range(iso), Some((first, last)), "{iso}");
        }
        assert_eq!(day(1970, 1, 1), 0);
        for bad in ["", "x", "2025-13", "2025-02-30", "2025-10-13-1", "2025-Wx"] {
            assert_eq!(iso_day_range(bad), None, "{bad}");
        }
    }

    fn ctx() -> ScanContext {
        ScanContext {
            doc_date: NaiveDate::from_ymd_opt(2025, 10, 17),
            ..ScanContext::default()
        }
    }

    fn date(s: &str, at: usize) -> Option<String> {
        let t = tokenize(s);
        match try_date(&t, at, &ctx())?.2 {
            DateOut::One(v) => Some(v.iso().to_string()),
            DateOut::Range(a, b) => Some(format!("{}/{}", a.iso(), b.iso())),
            DateOut::Unresolved(_, d) => Some(d.to_string()),
        }
    }

    /// Each (text, weekday written in it, the day it is): asserted.
    fn assert_days(cases: &[(&str, &str, &str)]) {
        for &(s, day, iso) in cases {
            let at = tokenize(s).iter().position(|t| t.text == day).unwrap_or(0);
            assert_eq!(date(s, at).as_deref(), Some(iso), "{s}");
        }
    }

    /// An "-ed" word before its noun is an adjective and tells no tense: the cabinet
    /// "would consider measures to support affected exporters at its session on
    /// Thursday" meets on the coming Thursday (port-strike). The verb still does: "the
    /// ministry announced new measures on Thursday" is the last one.
    #[test]
    fn an_attributive_participle_tells_no_tense() {
        let at = |s: &str| tokenize(s).iter().position(|t| t.text == "Thursday");
        for s in [
            "The government would consider measures to support affected exporters at its \
             session on Thursday.",
            "The cabinet would discuss aid for the injured workers on Thursday.",
        ] {
            assert_eq!(
                date(s, at(s).unwrap_or(0)).as_deref(),
                Some("2025-10-23"),
                "{s}"
            );
        }
        let s = "The ministry announced new measures on Thursday.";
        assert_eq!(
            date(s, at(s).unwrap_or(0)).as_deref(),
            Some("2025-10-16"),
            "{s}"
        );
        // "that" before a verb is a relative pronoun, no determiner; "would have" looks
        // back at what did not happen, not ahead.
        assert_days(&[
            (
                "Tenants gain rights under laws that passed the lower house on Wednesday night.",
                "Wednesday",
                "2025-10-15",
            ),
            (
                "The department on Tuesday withdrew a proposed rule that would have required \
                 airlines to pay.",
                "Tuesday",
                "2025-10-14",
            ),
        ]);
    }

    /// "vowed to drag the result before the court by Friday" looks ahead of the vow; a
    /// day something is due "by" with no tense in reach is to come; and the next
    /// sentence's "said" is no tense of this one (election-count). "agreed to the change
    /// in February" keeps its past. The document's date is Friday 17 October 2025.
    #[test]
    fn intentions_deadlines_and_the_sentences_end() {
        assert_days(&[
            (
                "The party vowed to drag the result before the court by Tuesday.",
                "Tuesday",
                "2025-10-21",
            ),
            (
                "She said the commission would publish the results for each of the \
                 region's 1,312 polling stations on its website by Wednesday. The recount \
                 cost 46 million, the commission said.",
                "Wednesday",
                "2025-10-22",
            ),
            (
                "The commission had informally agreed to the change on Tuesday.",
                "Tuesday",
                "2025-10-14",
            ),
        ]);
    }

    #[test]
    fn weekdays_follow_tense() {
        assert_eq!(
            date("Trump spoke with Putin on Thursday", 5).as_deref(),
            Some("2025-10-16")
        );
        assert_eq!(
            date("Trump will meet Putin on Thursday", 5).as_deref(),
            Some("2025-10-23")
        );
        assert_eq!(
            date("They met last Friday", 2).as_deref(),
            Some("2025-10-10")
        );
        // A modal of possibility before a verb looks ahead, even after "said".
        assert_eq!(
            date(
                "Forecasters said the storm could dump rain through Sunday",
                8
            )
            .as_deref(),
            Some("2025-10-19")
        );
        assert_eq!(
            date("Officials said it may reach the coast on Tuesday", 8).as_deref(),
            Some("2025-10-21")
        );
        // What was perceived or could not be done is past.
        assert_eq!(
            date("Witnesses said they could see flames on Tuesday", 7).as_deref(),
            Some("2025-10-14")
        );
        assert_eq!(
            date("He could not be reached on Tuesday", 6).as_deref(),
            Some("2025-10-14")
        );
    }

    #[test]
    fn absolute_dates() {
        assert_eq!(date("2025-10-16", 0).as_deref(), Some("2025-10-16"));
        assert_eq!(date("Oct. 16, 2025", 0).as_deref(), Some("2025-10-16"));
        assert_eq!(date("16 October 2025", 0).as_deref(), Some("2025-10-16"));
        assert_eq!(date("in 1979", 1).as_deref(), Some("1979"));
        assert_eq!(date("October 2025", 0).as_deref(), Some("2025-10"));
    }

    #[test]
    fn relative_periods() {
        assert_eq!(date("last week", 0).as_deref(), Some("2025-W41"));
        assert_eq!(date("next month", 0).as_deref(), Some("2025-11"));
        assert_eq!(date("this year", 0).as_deref(), Some("2025"));
        assert_eq!(
            date("the deficit for the current year", 4).as_deref(),
            Some("2025")
        );
        assert_eq!(date("yesterday", 0).as_deref(), Some("2025-10-16"));
        assert_eq!(date("in August", 1).as_deref(), Some("2025-08"));
        assert_eq!(date("three years ago", 0).as_deref(), Some("2022"));
    }

    #[test]
    fn year_ranges() {
        assert_eq!(date("from 2019 to 2021", 1).as_deref(), Some("2019/2021"));
        assert_eq!(date("in 2019-21", 1).as_deref(), Some("2019/2021"));
    }

    #[test]
    fn decades_are_ranges_of_years() {
        let span = |s: &str, at: usize| {
            let t = tokenize(s);
            try_date(&t, at, &ctx()).map(|(a, b, out)| (t[a].start, t[b - 1].end(), out))
        };
        assert_eq!(date("since the 1990s", 2).as_deref(), Some("1990/1999"));
        assert_eq!(date("in the 2020s", 2).as_deref(), Some("2020/2029"));
        assert_eq!(date("the 1960's", 1).as_deref(), Some("1960/1969"));
        // "early", "mid" and "late" narrow the decade to its first four, middle three and
        // last three years.
        assert_eq!(date("in the early 1990s", 3).as_deref(), Some("1990/1993"));
        assert_eq!(date("by the mid-2000s", 4).as_deref(), Some("2004/2006"));
        assert_eq!(date("the late 1970s", 2).as_deref(), Some("1977/1979"));
        assert_eq!(date("the late 1970s", 1).as_deref(), Some("1977/1979"));
        assert_eq!(date("in the early 1990s", 2).as_deref(), Some("1990/1993"));
        // Two digits after an apostrophe: the latest such decade not after the
        // document's year (2025 here).
        assert_eq!(date("in the '80s", 3).as_deref(), Some("1980/1989"));
        assert_eq!(date("in the ’90s", 3).as_deref(), Some("1990/1999"));
        assert_eq!(date("the ’20s", 2).as_deref(), Some("2020/2029"));
        assert_eq!(date("the ’30s", 2).as_deref(), Some("1930/1939"));
        // The surface takes the qualifier and the apostrophe.
        let s = "in the late '80s it fell";
        let (a, b, _) = span(s, 4).unwrap_or_else(|| panic!("no date in {s}"));
        assert_eq!(&s[a..b], "late '80s");
        let s = "by the mid-2000s";
        let (a, b, _) = span(s, 4).unwrap_or_else(|| panic!("no date in {s}"));
        assert_eq!(&s[a..b], "mid-2000s");
        // Not decades: ages and temperatures without an apostrophe, a year that is not
        // a round decade, a scale suffix.
        assert_eq!(date("a woman in her 80s", 4), None);
        assert_eq!(date("temperatures in the 90s", 3), None);
        assert_eq!(date("the 1995s", 1), None);
        assert_eq!(date("a 2020bn fund", 1), None);
    }

    #[test]
    fn holidays_named_after_weekdays_are_not_weekdays() {
        assert_eq!(date("Shoppers spent more on Black Friday", 4), None);
        assert_eq!(date("Voters head to the polls on Super Tuesday", 6), None);
        assert!(date("Shoppers spent more on Friday", 4).is_some());
    }

    #[test]
    fn timetable_verbs_in_the_present_read_as_future() {
        assert_eq!(
            date("Polls close at 10pm on Thursday", 6).as_deref(),
            Some("2025-10-23")
        );
        assert_eq!(
            date("The tariff takes effect on Monday", 5).as_deref(),
            Some("2025-10-20")
        );
        assert_eq!(
            date("Voters go to the polls on Sunday", 6).as_deref(),
            Some("2025-10-19")
        );
        // A noun or an infinitive is no timetable.
        assert_eq!(
            date("The close on Friday was weak", 3).as_deref(),
            Some("2025-10-17")
        );
        assert_eq!(
            date("He decided to go on Monday", 5).as_deref(),
            Some("2025-10-13")
        );
    }

    #[test]
    fn numeric_dates() {
        assert_eq!(
            date("Filings dated 11/14/2025", 2).as_deref(),
            Some("2025-11-14")
        );
        assert_eq!(
            date("Filed on 14/11/2025", 2).as_deref(),
            Some("2025-11-14")
        );
        assert_eq!(date("On 16.10.2025", 1).as_deref(), Some("2025-10-16"));
        assert_eq!(date("It operates 24/7", 2), None);
    }

    #[test]
    fn a_month_after_a_preposition_without_tense_is_the_nearest() {
        // Dated 17 October 2025: "from January" is three months on, not nine back.
        let t = "Public sector pay rises 4 per cent from January";
        let at = tokenize(t).iter().position(|x| x.text == "January");
        assert_eq!(at.and_then(|at| date(t, at)).as_deref(), Some("2026-01"));
        let t = "VAT up from 22% to 23% in January.";
        let at = tokenize(t).iter().position(|x| x.text == "January");
        assert_eq!(at.and_then(|at| date(t, at)).as_deref(), Some("2026-01"));
        // Six months either way: the earlier. A past tense keeps the last one.
        let t = "A pay deal from April";
        assert_eq!(date(t, 4).as_deref(), Some("2025-04"));
        // The same in a report of April: October six months back, not six on.
        let april = ScanContext {
            doc_date: NaiveDate::from_ymd_opt(2025, 4, 10),
            ..ScanContext::default()
        };
        let t = tokenize("A pay deal from October");
        let out = try_date(&t, 4, &april).map(|(_, _, d)| d);
        assert!(
            matches!(out, Some(DateOut::One(ref v)) if v.iso() == "2024-10"),
            "{out:?}"
        );
        let t = "Pay rose 4 per cent from January";
        let at = tokenize(t).iter().position(|x| x.text == "January");
        assert_eq!(at.and_then(|at| date(t, at)).as_deref(), Some("2025-01"));
    }

    #[test]
    fn a_weekday_a_verb_names_is_the_coming_one() {
        // Dated Friday 17 October 2025.
        let t = "The president declared Wednesday a day of national mourning";
        assert_eq!(date(t, 3).as_deref(), Some("2025-10-22"));
        let t = "The council named Monday as the deadline";
        assert_eq!(date(t, 3).as_deref(), Some("2025-10-20"));
        // "said Wednesday" is when it was said.
        let t = "The president said Wednesday that talks would resume";
        assert_eq!(date(t, 3).as_deref(), Some("2025-10-15"));
    }

    #[test]
    fn coordinated_and_attributive_months() {
        assert_eq!(
            date("Exports slumped in November and December", 5).as_deref(),
            Some("2024-12")
        );
        assert_eq!(
            date("growth below its January estimate", 3).as_deref(),
            Some("2025-01")
        );
        // "Johnson and May" is no month.
        assert_eq!(date("Johnson and May met", 2), None);
    }

    #[test]
    fn a_month_as_early_or_as_soon_as() {
        // Dated 17 October 2025, a start still to come is next year's month.
        assert_eq!(
            date("Construction could start as early as April", 6).as_deref(),
            Some("2026-04")
        );
        assert_eq!(
            date("Work could begin as soon as May", 6).as_deref(),
            Some("2026-05")
        );
        // "as well as May" is a name.
        assert_eq!(date("Johnson as well as May voted", 4), None);
    }

    #[test]
    fn coordinated_years_and_shared_years() {
        assert_eq!(
            date("Sales rose in 2024 and 2025", 5).as_deref(),
            Some("2025")
        );
        assert_eq!(date("in 2023, 2024 and 2025", 3).as_deref(), Some("2024"));
        assert_eq!(
            date("The strikes took place in March and April 2024", 5).as_deref(),
            Some("2024-03")
        );
    }

    #[test]
    fn years_by_their_verb_or_comparison() {
        assert_eq!(
            date("Scientists said 2025 was warm", 2).as_deref(),
            Some("2025")
        );
        assert_eq!(
            date("as the city welcomes 2026.", 4).as_deref(),
            Some("2026")
        );
        assert_eq!(date("prices up 9% on 2024.", 5).as_deref(), Some("2024"));
        assert_eq!(
            date("up 12%, compared with 2024.", 6).as_deref(),
            Some("2024")
        );
        assert_eq!(
            date("The data cover the 2019-21 period", 4).as_deref(),
            Some("2019/2021")
        );
        // A large count after a verb, far from the document's year, stays a count.
        assert_eq!(date("The earthquake killed 1500.", 3), None);
        assert_eq!(
            date("The outlook puts 2025 global growth at 2.8%", 3).as_deref(),
            Some("2025")
        );
        assert_eq!(date("The firm hired 2000 workers", 3), None);
    }

    #[test]
    fn iso_ranges() {
        assert_eq!(iso_day_range("1970-01-02"), Some((1, 1)));
        assert_eq!(iso_day_range("1970-01"), Some((0, 30)));
        assert_eq!(iso_day_range("1970"), Some((0, 364)));
        assert!(iso_day_range("2025-W41").is_some());
    }
}
