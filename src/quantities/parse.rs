//! The grammar: one left-to-right pass over tokens. At each token that can start a
//! quantity it tries a date and a number phrase ([qualifier] [currency] number [scale]
//! [unit | currency | percent] [range] [post-qualifier] [(conversion)] [object]) and
//! keeps the longer; tokens that only look like numbers (codes, phone numbers, model
//! names, list numbering) are consumed without output. Clock times and earthquake
//! magnitudes have their own submodules.

mod clock;
mod magnitude;

use std::cell::{Cell, RefCell};

use compact_str::CompactString;

use super::dates::{self, DateOut, DateVal};
use super::interval::{bounds, rounding};
use super::lexicon::{CurDef, Payload, UnitDef, UnitKind, wc};
use super::numbers::{Core, num_word, parse_core, skip_join, word_bits};
use super::tokenize::{Kind, Token, TokenBuf, WordList, tokenize_into};
use super::{
    Approx, Per, Quantity, QuantityKind, Rendering, ScanContext, UnitCode, Value,
    bounds_unless_exact,
};

/// The units the grammar gives beside its lexicon's: a duration's seconds, an age's
/// years, a share's percent and an earthquake's magnitude ([`super::UNITS`]).
pub(super) const GRAMMAR_UNITS: [&str; 4] = ["s", "years_old", "%", "magnitude"];

pub(crate) fn scan(text: &str, ctx: &ScanContext) -> Vec<Quantity> {
    let (mut t, mut starts) = TokenBuf::take();
    tokenize_into(text, &mut t, &mut starts, ctx.letter_named);
    let out = scan_tokens(&t, &starts, text, ctx);
    TokenBuf::give(t, starts);
    out
}

/// The quantities of the tokens `t`, visiting the starters at `starts` (increasing
/// indices of the tokens whose [`Token::starter`] is set).
fn scan_tokens(t: &[Token<'_>], starts: &[usize], text: &str, ctx: &ScanContext) -> Vec<Quantity> {
    // The quantities are gathered in a vector kept between calls on this thread and
    // copied out at the end into one of their number: a vector per step, grown into the
    // result and cut to length by extraction, cost an allocation per quantity and a
    // `realloc` or two per text holding several.
    let mut found = FOUND.take();
    found.clear();
    let p = Parser {
        t,
        text,
        ctx,
        money_cue: Cell::new(None),
        score_cue: Cell::new(None),
        quake_cue: Cell::new(None),
        last_qualifier: Cell::new(None),
        found: RefCell::new(found),
    };
    // `i` is where reading resumes: a starter before it lies inside what a step read.
    let mut i = 0;
    let mut floor = 0;
    for &s in starts {
        if s < i {
            continue;
        }
        i = s;
        if name_particle(t, i) {
            i += 1;
            continue;
        }
        match p.step(i, floor) {
            Step::Emit(next) | Step::Skip(next) => {
                i = next.max(i + 1);
                floor = i;
            }
            Step::Nothing => i += 1,
        }
    }
    let mut found = p.found.into_inner();
    let mut out = Vec::with_capacity(found.len());
    out.append(&mut found);
    if found.capacity() <= KEEP_FOUND {
        FOUND.set(found);
    }
    out
}

thread_local! {
    /// The vector [`scan_tokens`] gathers quantities in, kept between calls.
    static FOUND: Cell<Vec<Quantity>> = const { Cell::new(Vec::new()) };
}

/// A gathering vector above this many quantities is not kept, so one huge input does
/// not hold its memory for the life of the thread.
const KEEP_FOUND: usize = 1 << 10;

/// "Erik ten Hag": the Dutch particle "ten" (lower case) between two capitalised words
/// is part of a name, not a count ("named ten Chelsea players" has a lower-case word
/// before it; "the Group of Ten" a capital).
fn name_particle(t: &[Token<'_>], i: usize) -> bool {
    let capital = |x: Option<&Token<'_>>| {
        x.is_some_and(|x| x.kind == Kind::Word && x.text.starts_with(|c: char| c.is_uppercase()))
    };
    t[i].text == "ten"
        && i > 0
        && capital(t.get(i - 1))
        && capital(t.get(i + 1))
        && t[i].space
        && t[i + 1].space
}

/// What a step did. The quantities it found are in [`Parser::found`].
enum Step {
    Emit(usize),
    Skip(usize),
    Nothing,
}

/// Whether two units `ratio` apart are decimal prefixes of one unit (GW and MW, km
/// and m, kg and g). Such pairs are not written as one compound measure the way "6ft
/// 2in", "1 lb 3 oz" or "3 years, 2 months" are: "2 GW, 800 MW and 450 MW" is a list.
fn decimal_step(ratio: f64) -> bool {
    let exp = ratio.log10().round();
    exp >= 1.0 && (ratio / 10f64.powf(exp) - 1.0).abs() < 1e-9
}

/// What follows the number.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Suffix {
    None,
    Unit(UnitDef),
    Percent(&'static str, f64),
}

/// Age in years, for numbers that the context makes ages ("aged 30", "a boy of 15").
const AGE: UnitDef = UnitDef {
    kind: UnitKind::Age,
    unit: "years_old",
    factor: 1.0,
    offset: 0.0,
};

/// A number with its currency, unit or percent sign: one endpoint of a quantity.
#[derive(Debug, Clone, Copy)]
struct Measure {
    a: usize,
    b: usize,
    core: Core,
    cur: Option<CurDef>,
    suffix: Suffix,
    /// Written as a hyphenated adjective: "a two-hour call", "a 10-metre wall".
    adj: bool,
    /// What a rate is per: "$15 an hour", "40,000 barrels per day".
    per: Option<Per>,
}

impl Measure {
    fn kind(&self) -> QuantityKind {
        if self.core.ordinal {
            return QuantityKind::Ordinal;
        }
        if self.cur.is_some() {
            return QuantityKind::Money;
        }
        match self.suffix {
            Suffix::None => QuantityKind::Cardinal,
            Suffix::Percent(..) => QuantityKind::Percent,
            Suffix::Unit(u) => match u.kind {
                UnitKind::Duration => QuantityKind::Duration,
                _ => QuantityKind::Quantity,
            },
        }
    }

    fn unit(&self) -> Option<&'static str> {
        if let Some(c) = self.cur {
            return Some(c.code);
        }
        match self.suffix {
            Suffix::None => None,
            Suffix::Percent(u, _) => Some(u),
            Suffix::Unit(u) => Some(u.unit),
        }
    }

    fn factor_offset(&self) -> (f64, f64) {
        if let Some(c) = self.cur {
            return (c.factor, 0.0);
        }
        match self.suffix {
            Suffix::None => (1.0, 0.0),
            Suffix::Percent(_, f) => (f, 0.0),
            Suffix::Unit(u) => (u.factor, u.offset),
        }
    }

    /// Value and rounding unit in the canonical unit.
    fn canonical(&self) -> (f64, f64) {
        let (f, o) = self.factor_offset();
        (self.core.value * f + o, self.core.u * f)
    }

    fn has_unit(&self) -> bool {
        self.cur.is_some() || self.suffix != Suffix::None
    }

    /// A magnitude, whose unit may be written before the number ("magnitude 6.8").
    fn is_magnitude(&self) -> bool {
        self.unit() == Some(magnitude::MAGNITUDE.unit)
    }

    fn nonneg(&self) -> bool {
        !matches!(self.unit(), Some("degC")) && self.kind() != QuantityKind::Ordinal
    }
}

struct Parser<'a, 't> {
    t: &'a [Token<'t>],
    text: &'t str,
    ctx: &'a ScanContext,
    money_cue: Cell<Option<bool>>,
    score_cue: Cell<Option<bool>>,
    quake_cue: Cell<Option<bool>>,
    /// The last answer of [`Parser::qualifier_pre`], with the token it was asked of: a
    /// word is asked once as a clock time's qualifier and again as a number's.
    last_qualifier: Cell<Option<(usize, Qualified)>>,
    /// The quantities found so far, in order. A step pushes what it finds with
    /// [`Parser::emit`], and [`Parser::step`] takes back a number phrase's when a
    /// date read at the same token wins.
    found: RefCell<Vec<Quantity>>,
}

/// A qualifier before a number and the token after it ([`Parser::qualifier_pre`]).
type Qualified = Option<(Approx, usize)>;

impl<'t> Parser<'_, 't> {
    fn tok(&self, k: usize) -> Option<&Token<'t>> {
        self.t.get(k)
    }

    fn word_at(&self, k: usize, w: &str) -> bool {
        self.tok(k).is_some_and(|x| x.is_word(w))
    }

    /// Keeps `q` and resumes at `next`.
    fn emit(&self, q: Quantity, next: usize) -> Step {
        self.found.borrow_mut().push(q);
        Step::Emit(next)
    }

    /// Does the sentence carry a money word ("paid", "worth", "fine", "£")?
    fn has_money_cue(&self) -> bool {
        if let Some(v) = self.money_cue.get() {
            return v;
        }
        let v = self
            .t
            .iter()
            .any(|x| word_bits(x) & wc::MONEY != 0 || matches!(x.text, "£" | "$" | "€"));
        self.money_cue.set(Some(v));
        v
    }

    /// Does the sentence talk about a game or a vote ("won 3-1", "voted 52-48")?
    fn has_score_cue(&self) -> bool {
        if let Some(v) = self.score_cue.get() {
            return v;
        }
        let v = self.t.iter().any(|x| word_bits(x) & wc::SCORE != 0);
        self.score_cue.set(Some(v));
        v
    }

    fn span_text(&self, a: usize, b: usize) -> (usize, usize, CompactString) {
        let s = self.t[a].start;
        let e = self.t[b.max(a + 1) - 1].end();
        (s, e, CompactString::from(&self.text[s..e]))
    }

    fn step(&self, i: usize, floor: usize) -> Step {
        if !self.worth_parsing(i) {
            return Step::Nothing;
        }
        if let Some(next) = self.idiom(i) {
            return Step::Skip(next);
        }
        if let Some(q) = self.hms(i) {
            let b = q.1;
            return self.emit(q.0, b);
        }
        if let Some((q, b)) = self.time(i, floor) {
            return self.emit(q, b);
        }
        if self.t[i].kind == Kind::Code
            && let Some((q, b)) = self.magnitude_code(i)
        {
            return self.emit(q, b);
        }
        if self.law_year(i) {
            return Step::Skip(i + 1);
        }
        let date = dates::try_date(self.t, i, self.ctx).map(|(a, b, out)| (a.max(floor), b, out));
        if date.is_none()
            && let Some(next) = self.skip_code(i)
        {
            return Step::Skip(next);
        }
        let mark = self.found.borrow().len();
        let qty = self.quantity(i, floor, date.as_ref().map(|d| d.1));
        match (date, qty) {
            (Some((_, b, _)), Some(Step::Emit(next))) if next > b => Step::Emit(next),
            (Some((a, b, out)), _) => {
                // The date is the longer reading: what the number phrase found goes.
                self.found.borrow_mut().truncate(mark);
                self.emit(self.date_quantity(a, b, out), b)
            }
            (None, Some(s)) => s,
            (None, None) => Step::Nothing,
        }
    }

    /// Whether token `i` is a year that names a law or a treaty after "of": "the …
    /// Reform Act of 1995", "the Refugee Convention of 1951" ("the Companies Act 2006" is
    /// a name by its capitalised word before the number).
    fn law_year(&self, i: usize) -> bool {
        let t = self.t;
        t[i].kind == Kind::Num
            && i >= 2
            && t[i - 1].is_word("of")
            && matches!(
                t[i - 2].text,
                "Act" | "Convention" | "Treaty" | "Accord" | "Charter" | "Protocol"
            )
            && (1000.0..=2100.0).contains(&t[i].num.value)
    }

    fn date_quantity(&self, a: usize, b: usize, out: DateOut) -> Quantity {
        let (start, end, text) = self.span_text(a, b);
        let mut q = Quantity {
            start,
            end,
            text,
            kind: QuantityKind::Date,
            value: None,
            bounds: None,
            unit: UnitCode::NONE,
            approx: None,
            object: None,
            resolved: true,
            range_of: None,
            granularity: None,
            rare: None,
            per: None,
        };
        match out {
            DateOut::One(v) => {
                // A day, week, month or year is its own interval: `low` and `high` read
                // the value, and no bounds are held.
                q.value = Some(Value::Iso(v.iso()));
                q.granularity = Some(v.granularity());
            }
            DateOut::Range(x, y) => {
                q.kind = QuantityKind::Range;
                q.range_of = Some(QuantityKind::Date);
                q.set_values(None, Some(Value::Iso(x.iso())), Some(Value::Iso(y.iso())));
                q.granularity = Some(DateVal::granularity(x));
            }
            DateOut::Unresolved(gran, desc) => {
                q.resolved = false;
                q.granularity = Some(gran);
                q.set_relative(Some(desc));
            }
        }
        q
    }

    /// A cheap gate for frequent function words that start a quantity only before a
    /// number ("a dozen", "a decade", "from 10 to 15", "aged 30", "mid-2025"): most of
    /// their occurrences are skipped here without running the grammar.
    fn worth_parsing(&self, i: usize) -> bool {
        let t = self.t;
        let x = &t[i];
        if x.kind != Kind::Word {
            return true;
        }
        // "in", "at", "as", "no", "up", "more" start a quantity only as the first word of
        // a qualifier or idiom ("in excess of", "at least", "as many as"): parse only when
        // one of those phrases is actually here.
        let single = x
            .lex()
            .iter()
            .any(|e| e.rest.is_empty() && e.starts_quantity(x.text));
        if !single
            && !x
                .lex()
                .iter()
                .any(|e| !e.rest.is_empty() && e.starts_quantity(x.text) && e.matches(t, i))
        {
            return false;
        }
        let ahead = |n: usize| t[i + 1..(i + 1 + n).min(t.len())].iter().any(|y| y.starter);
        if x.is_word("a") || x.is_word("an") {
            return ahead(1)
                || t.get(i + 1).is_some_and(|y| {
                    y.is_word("couple")
                        || y.lex()
                            .iter()
                            .any(|e| matches!(e.payload, Payload::Unit(_)))
                });
        }
        const BEFORE_A_NUMBER: WordList<9> = WordList::new([
            "from", "between", "aged", "age", "ages", "minus", "mid", "early", "late",
        ]);
        if x.is_word_in(&BEFORE_A_NUMBER) {
            return ahead(3);
        }
        true
    }

    /// A phrase from `idioms.tsv` at `i` ("at first", "one-off", "one day"): where to
    /// resume. After a duration cue ("for one day") the phrase is a quantity after all.
    fn idiom(&self, i: usize) -> Option<usize> {
        let x = &self.t[i];
        let e = x
            .lex()
            .iter()
            .find(|e| matches!(e.payload, Payload::Idiom) && e.matches(self.t, i))?;
        // "for one day" is a duration after all; "took a first-class seat" keeps its idiom.
        let ends_in_time_unit = self.t.get(i + e.len() - 1).is_some_and(|last| {
            last.lex().iter().any(|u| {
                u.rest.is_empty()
                    && matches!(u.payload, Payload::Unit(d) if d.kind == UnitKind::Duration)
            })
        });
        if ends_in_time_unit && i > 0 && word_bits(&self.t[i - 1]) & wc::DURCUE != 0 {
            return None;
        }
        Some(i + e.len())
    }

    /// A race time "2:02:27" (hours, minutes, seconds), or "3:51.44" (minutes and
    /// seconds with hundredths: "Kipyegon won the 1500m in 3:51.44"), as a duration.
    /// A clock time has no decimals ("10:30"), so "m:ss.xx" is always a race time.
    fn hms(&self, i: usize) -> Option<(Quantity, usize)> {
        let t = self.t;
        if let (Some(m), Some(c), Some(sec)) = (t.get(i), t.get(i + 1), t.get(i + 2))
            && m.kind == Kind::Num
            && m.num.decimals == 0
            && !m.num.grouped
            && m.num.value < 60.0
            && c.is_punct(':')
            && !c.space
            && sec.kind == Kind::Num
            && !sec.space
            && sec.num.int_digits == 2
            && sec.num.decimals > 0
            && sec.num.value < 60.0
            && !t.get(i + 3).is_some_and(|n| n.is_punct(':') && !n.space)
        {
            let v = m.num.value * 60.0 + sec.num.value;
            return Some((self.duration_at(i, i + 3, v), i + 3));
        }
        // "The surgery took 2:30 hours", "a 12:30 minutes film": hours and minutes (or
        // minutes and seconds) written like a clock, with the larger unit after them;
        // "at 14:30 hrs" is a clock time.
        if let (Some(h), Some(c), Some(mm)) = (t.get(i), t.get(i + 1), t.get(i + 2))
            && h.kind == Kind::Num
            && h.num.decimals == 0
            && h.num.int_digits <= 2
            && c.is_punct(':')
            && !c.space
            && mm.kind == Kind::Num
            && !mm.space
            && mm.num.int_digits == 2
            && mm.num.decimals == 0
            && mm.num.value < 60.0
            && let Some((u, b)) = self.unit_at(i + 3)
            && u.kind == UnitKind::Duration
            && (u.factor == 3600.0 || u.factor == 60.0)
            && !self.time_cue_before(i)
        {
            let v = (h.num.value + mm.num.value / 60.0) * u.factor;
            return Some((self.duration_at(i, b, v), b));
        }
        let parts = [
            t.get(i)?,
            t.get(i + 1)?,
            t.get(i + 2)?,
            t.get(i + 3)?,
            t.get(i + 4)?,
        ];
        if parts[0].kind != Kind::Num
            || !parts[1].is_punct(':')
            || !parts[3].is_punct(':')
            || parts[1..].iter().any(|p| p.space)
            || parts[2].kind != Kind::Num
            || parts[4].kind != Kind::Num
            || parts[2].num.int_digits != 2
            || parts[4].num.int_digits != 2
            || parts[0].num.decimals > 0
            || parts[2].num.value >= 60.0
            || parts[4].num.value >= 60.0
        {
            return None;
        }
        let v = parts[0].num.value * 3600.0 + parts[2].num.value * 60.0 + parts[4].num.value;
        Some((self.duration_at(i, i + 5, v), i + 5))
    }

    /// An exact duration of `v` seconds over tokens `a..b`.
    fn duration_at(&self, a: usize, b: usize, v: f64) -> Quantity {
        let (start, end, text) = self.span_text(a, b);
        let n = Some(Value::Number(clean(v)));
        Quantity {
            start,
            end,
            text,
            kind: QuantityKind::Duration,
            value: n,
            bounds: None,
            unit: UnitCode::NONE,
            approx: None,
            object: None,
            resolved: true,
            range_of: None,
            granularity: None,
            rare: None,
            per: None,
        }
        .with_unit(Some("s"))
    }

    /// End of a run of tokens glued together without spaces ("737-800", "F-16s").
    fn chain_end(&self, i: usize) -> usize {
        let t = self.t;
        let mut j = i + 1;
        while j < t.len() && !t[j].space {
            let glue = matches!(t[j].text, "-" | "." | "/" | "–");
            if matches!(t[j].kind, Kind::Num | Kind::Word | Kind::Code) {
                j += 1;
            } else if glue
                && t.get(j + 1)
                    .is_some_and(|n| !n.space && n.kind != Kind::Punct)
            {
                j += 2;
            } else {
                break;
            }
        }
        j
    }

    /// Tokens that look like numbers but are not quantities: returns where to resume.
    fn skip_code(&self, i: usize) -> Option<usize> {
        let t = self.t;
        let x = &t[i];
        match x.kind {
            Kind::Code => {
                // Units written with digits ("km2", "m3") are looked up as units after a
                // number; on their own, codes like "G7", "MH17", "A320" are names.
                return Some(self.chain_end(i));
            }
            Kind::Punct => {
                if (x.text == "+" || x.text == "(")
                    && t.get(i + 1)
                        .is_some_and(|n| n.kind == Kind::Num && !n.space)
                    && let Some(end) = self.phone(i + 1)
                {
                    return Some(end);
                }
                return None;
            }
            Kind::Word => return None,
            Kind::Num => {}
        }
        if let Some(end) = self.phone(i) {
            return Some(end);
        }
        let next = t.get(i + 1);
        // List numbering at the start of a line: "1. Ukraine …", "2) …".
        if x.newline
            && x.num.decimals == 0
            && x.num.int_digits <= 2
            && next.is_some_and(|n| (n.is_punct('.') || n.is_punct(')')) && !n.space)
            && t.get(i + 2).is_none_or(|n| n.space)
        {
            return Some(i + 2);
        }
        // "Maya Chen ’27, a biology major": a US college class year after a name is a
        // label of the name, as a code is (the attribution's subject reading passes it
        // too: `extract::attribution::before_name_label`).
        if i >= 2
            && !x.space
            && x.num.int_digits == 2
            && x.num.decimals == 0
            && (t[i - 1].is_punct('’') || t[i - 1].is_punct('\''))
            && t[i - 1].space
            && t[i - 2].kind == Kind::Word
            && t[i - 2].has_upper()
            && next.is_none_or(|n| n.space || n.kind == Kind::Punct)
        {
            return Some(i + 1);
        }
        // "F-16", "Covid-19", "Su-57": a capitalised word joined by a hyphen.
        if i >= 2
            && !x.space
            && t[i - 1].is_dash()
            && !t[i - 1].space
            && matches!(t[i - 2].kind, Kind::Word | Kind::Code)
            && t[i - 2].has_upper()
            && num_word(&t[i - 2]).is_none()
        {
            return Some(self.chain_end(i));
        }
        // Clock times: "10:30", "15:00 GMT".
        if next.is_some_and(|n| n.is_punct(':') && !n.space)
            && t.get(i + 2)
                .is_some_and(|n| n.kind == Kind::Num && !n.space && n.num.int_digits == 2)
        {
            let mut j = i + 3;
            if t.get(j).is_some_and(|n| is_meridiem(n.text)) {
                j += 1;
            }
            return Some(self.skip_meridiem_dots(j));
        }
        if let Some(n) = next {
            if n.kind == Kind::Word && is_meridiem(n.text) && x.num.value <= 12.0 {
                return Some(self.skip_meridiem_dots(i + 2));
            }
            if (n.is_word("a") || n.is_word("p"))
                && t.get(i + 2).is_some_and(|d| d.is_punct('.') && !d.space)
                && t.get(i + 3).is_some_and(|m| m.is_word("m"))
            {
                // "3 p.m."
                let mut j = i + 4;
                if t.get(j).is_some_and(|d| d.is_punct('.') && !d.space) {
                    j += 1;
                }
                return Some(j);
            }
            // "1990s", "80s": decades.
            if n.kind == Kind::Word && !n.space && n.text == "s" {
                return Some(i + 2);
            }
            // "4G", "3D", "5G": digits glued to letters that are no unit, scale,
            // currency, ordinal suffix or qualifier.
            if n.kind == Kind::Word
                && !n.space
                && !n.lex().iter().any(|e| e.first_ok(n.text))
                && !is_ord_suffix(n.text)
            {
                return Some(self.chain_end(i));
            }
            // "A rigid 4-4-2 formation": three or more numbers joined by hyphens are a
            // code (dates such as 2025-10-16 were read before, scores have two parts).
            if n.is_punct('-')
                && !n.space
                && t.get(i + 2)
                    .is_some_and(|d| d.kind == Kind::Num && !d.space)
                && t.get(i + 3).is_some_and(|h| h.is_punct('-') && !h.space)
                && t.get(i + 4)
                    .is_some_and(|d| d.kind == Kind::Num && !d.space)
            {
                return Some(self.chain_end(i));
            }
            // "a 401(k) plan", "a 501(c)(3) charity": a letter in brackets glued to
            // the digits makes a code.
            if n.is_punct('(')
                && !n.space
                && t.get(i + 2)
                    .is_some_and(|w| !w.space && w.kind == Kind::Word && w.text.len() <= 2)
                && t.get(i + 3).is_some_and(|c| c.is_punct(')') && !c.space)
            {
                let mut j = i + 4;
                while t.get(j).is_some_and(|o| o.is_punct('(') && !o.space)
                    && t.get(j + 2).is_some_and(|c| c.is_punct(')'))
                {
                    j += 3;
                }
                return Some(j);
            }
            // "24/7", "9/11", "50/50": not fractions, so codes.
            if n.is_punct('/')
                && !n.space
                && t.get(i + 2)
                    .is_some_and(|d| d.kind == Kind::Num && !d.space)
                && parse_core(t, i).is_none()
            {
                return Some(self.chain_end(i));
            }
            // "7-Eleven", "23-cv-1045": digits glued by a hyphen to a name or a code word.
            if n.is_punct('-')
                && !n.space
                && t.get(i + 2).is_some_and(|w| {
                    !w.space
                        && w.kind == Kind::Word
                        && (w.capitalized() || !w.lex().iter().any(|e| e.first_ok(w.text)))
                        && (w.capitalized()
                            || t.get(i + 3).is_some_and(|d| d.is_punct('-') && !d.space))
                })
            {
                return Some(self.chain_end(i));
            }
        }
        if i > 0 {
            let p = &t[i - 1];
            // "dial 999", "call 911": phone numbers.
            if word_bits(p) & wc::PHONE != 0
                && x.num.decimals == 0
                && !x.num.grouped
                && x.num.int_digits >= 3
            {
                return Some(self.chain_end(i));
            }
            // "No 10", "No. 23-cv-1045": numbers of names and documents.
            let no = |q: &Token<'_>| q.text == "No" || q.text == "Nos" || q.text == "NO";
            if no(p) || (p.is_punct('.') && i >= 2 && no(&t[i - 2])) {
                return Some(self.chain_end(i));
            }
        }
        if x.num.lead_zero {
            return Some(self.chain_end(i));
        }
        // `phone(i)` was asked first above and found none (it reads the tokens alone).
        // "10 Downing Street": an address.
        if x.num.decimals == 0
            && next.is_some_and(|n| n.kind == Kind::Word && n.capitalized())
            && (t
                .get(i + 2)
                .is_some_and(|s| s.capitalized() && word_bits(s) & wc::STREET != 0)
                || t.get(i + 3)
                    .is_some_and(|s| s.capitalized() && word_bits(s) & wc::STREET != 0))
        {
            return Some(i + 2);
        }
        None
    }

    fn skip_meridiem_dots(&self, mut j: usize) -> usize {
        while self.tok(j).is_some_and(|d| d.is_punct('.') && !d.space)
            && self
                .tok(j + 1)
                .is_some_and(|n| !n.space && n.kind == Kind::Word)
        {
            j += 2;
        }
        j
    }

    /// A phone number from `i`: three or more digit groups joined by spaces, hyphens,
    /// dots or brackets, with seven or more digits in all ("+1 202 555 0143",
    /// "(020) 7946 0958", "555-123-4567").
    fn phone(&self, i: usize) -> Option<usize> {
        let t = self.t;
        let mut j = i;
        let mut groups = 0;
        let mut digits = 0usize;
        let mut end = i;
        while j < t.len() {
            let x = &t[j];
            if x.kind == Kind::Num
                && x.num.decimals == 0
                && !(x.num.grouped && x.text.contains(','))
            {
                groups += 1;
                digits += x.text.chars().filter(char::is_ascii_digit).count();
                j += 1;
                end = j;
                // separators
                while t.get(j).is_some_and(|s| {
                    matches!(s.text, "-" | "." | "(" | ")") && s.kind == Kind::Punct
                }) && t
                    .get(j + 1)
                    .is_some_and(|n| n.kind == Kind::Num || n.is_punct('('))
                {
                    j += 1;
                }
                if !t.get(j).is_some_and(|n| n.kind == Kind::Num) {
                    break;
                }
            } else {
                break;
            }
        }
        let plus = i > 0 && t[i - 1].is_punct('+') && !t[i].space;
        let lead_zero = t[i..end]
            .iter()
            .any(|x| x.kind == Kind::Num && x.num.lead_zero);
        (digits >= 7 && (groups >= 3 || (groups >= 2 && (plus || lead_zero)))).then_some(end)
    }

    /// A qualifier before a number at `k`: the approx and the index after it.
    fn qualifier_pre(&self, k: usize) -> Qualified {
        // The answer depends on the tokens alone: asked again of the same token (the
        // clock and then the number grammar ask of every starting word), it is kept.
        if let Some((at, answer)) = self.last_qualifier.get()
            && at == k
        {
            return answer;
        }
        let answer = self.qualifier_pre_uncached(k);
        self.last_qualifier.set(Some((k, answer)));
        answer
    }

    fn qualifier_pre_uncached(&self, k: usize) -> Qualified {
        let x = self.tok(k)?;
        for e in x.lex() {
            if let Payload::Qualifier(a, false) = e.payload
                && e.matches(self.t, k)
            {
                let b = k + e.len();
                // "20% more than a year earlier": after a quantity, "more than" is a
                // comparative, not a qualifier.
                if k > 0 && self.t[b - 1].is_word("than") && ends_quantity(&self.t[k - 1]) {
                    return None;
                }
                // "the jobless rate edged up to 4.1%": "up" is the particle of the verb
                // before it, and "to" marks the new value ("will cut up to 500 jobs"
                // keeps "up to").
                if x.is_word("up") && k > 0 && word_bits(&self.t[k - 1]) & wc::PARTICLE != 0 {
                    return None;
                }
                // "over two days" means during: "over" and "under" are qualifiers
                // only before counts and measures, not before durations, unless a
                // duration cue comes first ("burned for over a week", "took under five
                // hours", "in over a decade"). "over three evenings" is during too.
                let over_under = x.is_word("over")
                    || x.is_word("under")
                    || x.is_word("below")
                    || x.is_word("above");
                let cued = k > 0
                    && word_bits(&self.t[k - 1]) & wc::DURCUE != 0
                    && !self.t[k - 1]
                        .lex()
                        .iter()
                        .any(|e| e.rest.is_empty() && matches!(e.payload, Payload::Qualifier(..)));
                if over_under && !cued && (self.next_is_duration(b) || self.next_is_span(b)) {
                    return None;
                }
                return Some((a, b));
            }
        }
        None
    }

    /// A count of stretches of time that are not units: "over three evenings".
    fn next_is_span(&self, b: usize) -> bool {
        parse_core(self.t, b)
            .and_then(|c| self.tok(c.b))
            .is_some_and(|n| word_bits(n) & wc::SPAN != 0)
    }

    fn next_is_duration(&self, b: usize) -> bool {
        self.measure(b, false)
            .is_some_and(|m| matches!(m.suffix, Suffix::Unit(u) if u.kind == UnitKind::Duration))
    }

    /// A qualifier after a number: "20 or so", "20-odd", "20 or more", "20+".
    fn qualifier_post(&self, k: usize) -> Option<(Approx, usize)> {
        let x = self.tok(k)?;
        for e in x.lex() {
            if let Payload::Qualifier(a, true) = e.payload {
                let glued = matches!(x.text, "-" | "+");
                if glued && x.space {
                    continue;
                }
                if e.matches(self.t, k) {
                    if x.is_word("odd") {
                        continue;
                    }
                    let b = k + e.len();
                    // "Voters aged 18 and over can register", but "rose 5% and over the
                    // same period": "and over" is a qualifier only where no noun
                    // phrase follows the preposition.
                    const PREPOSITIONS: WordList<5> =
                        WordList::new(["over", "above", "under", "below", "up"]);
                    let prep = self.t[b - 1].is_word_in(&PREPOSITIONS);
                    if prep
                        && self.tok(b).is_some_and(|n| {
                            n.kind == Kind::Num
                                || word_bits(n) & wc::DET != 0
                                || (n.kind == Kind::Word && word_bits(n) & wc::FN == 0)
                                || num_word(n).is_some()
                        })
                    {
                        continue;
                    }
                    return Some((a, b));
                }
            }
        }
        None
    }

    /// A currency before a number: "$", "US$", "€", "Rs", "USD".
    fn currency_pre(&self, k: usize) -> Option<(CurDef, usize)> {
        let x = self.tok(k)?;
        for e in x.lex() {
            if let Payload::Currency(c) = e.payload {
                if !c.pre || !e.matches(self.t, k) {
                    continue;
                }
                if e.len() > 1
                    && ((!x.space && k > 0 && !self.t[k - 1].is_punct('('))
                        || self.t[k + 1..k + e.len()].iter().any(|n| n.space))
                {
                    // "Trump's $5" is not "S$5", and "a $1.2bn loss" is not "A$1.2bn":
                    // a prefix like "US$" is written in one piece.
                    continue;
                }
                let b = k + e.len();
                let n = self.tok(b)?;
                if e.attached {
                    // "N50,000", "K2.4bn": the letter joined to its amount (the tokenizer
                    // parts them only then), standing for the currency of the document's
                    // country where countries share it.
                    if n.space || n.kind != Kind::Num {
                        continue;
                    }
                    let local = match x.text {
                        "P" => self.ctx.letter_p,
                        "K" => self.ctx.letter_k,
                        _ => None,
                    };
                    let code = local.unwrap_or(c.code);
                    return Some((CurDef { code, ..c }, b));
                }
                if n.kind == Kind::Num || num_word(n).is_some() || n.is_word("a") {
                    return Some((c, b));
                }
            }
        }
        None
    }

    /// A currency name or code after a number: "euros", "USD", "5p".
    fn currency_post(&self, k: usize, core: &Core) -> Option<(CurDef, usize)> {
        let x = self.tok(k)?;
        for e in x.lex() {
            if let Payload::Currency(c) = e.payload {
                if !c.post || (e.attached && x.space) || !e.matches(self.t, k) {
                    continue;
                }
                if e.weak && !(core.scaled || self.has_money_cue()) {
                    continue;
                }
                // "470c/kg" in an Irish paper: cents of the document's currency (the
                // lexicon's cents, "cents", "cent" and "c", are US cents).
                let code = match self.ctx.cents {
                    Some(local) if c.code == "USD" && c.factor == 0.01 => local,
                    _ => c.code,
                };
                return Some((CurDef { code, ..c }, k + e.len()));
            }
        }
        None
    }

    fn percent_at(&self, k: usize) -> Option<(&'static str, f64, usize)> {
        let x = self.tok(k)?;
        for e in x.lex() {
            if let Payload::Percent(u, f, after) = e.payload {
                if after || (e.attached && x.space) || !e.matches(self.t, k) {
                    continue;
                }
                return Some((u, f, k + e.len()));
            }
        }
        None
    }

    /// A unit at `k`: the longest matching entry.
    fn unit_at(&self, k: usize) -> Option<(UnitDef, usize)> {
        let x = self.tok(k)?;
        for e in x.lex() {
            if let Payload::Unit(u) = e.payload {
                if (e.attached && x.space) || !e.matches(self.t, k) {
                    continue;
                }
                let b = k + e.len();
                // "5 in the morning": bare "in" is never a unit.
                if x.kind == Kind::Code
                    && self
                        .tok(b)
                        .is_some_and(|n| !n.space && n.kind != Kind::Punct)
                {
                    continue;
                }
                return Some((u, b));
            }
        }
        None
    }

    /// A number with its currency, unit or percent sign at `i`.
    fn measure(&self, i: usize, allow_article_unit: bool) -> Option<Measure> {
        let t = self.t;
        let mut k = i;
        let mut cur = None;
        if let Some((c, k2)) = self.currency_pre(k) {
            cur = Some(c);
            k = k2;
        }
        let mut age = false;
        if cur.is_none()
            && (self.word_at(k, "aged") || self.word_at(k, "age") || self.word_at(k, "ages"))
            && self
                .tok(k + 1)
                .is_some_and(|n| n.kind == Kind::Num || num_word(n).is_some())
        {
            age = true;
            k += 1;
        }
        if cur.is_none()
            && !age
            && let Some(m) = self.article_duration(k, allow_article_unit)
        {
            return Some(m);
        }
        let core = parse_core(t, k)?;
        let mut m = Measure {
            a: i,
            b: core.b,
            core,
            cur,
            suffix: Suffix::None,
            adj: false,
            per: None,
        };
        if core.ordinal {
            return if cur.is_some() || age { None } else { Some(m) };
        }
        let mut k = core.b;
        // "a third of a mile", "three-eighths of an inch", "a quarter of a percentage
        // point": a fraction of one unit.
        if core.fraction
            && self.word_at(k, "of")
            && self
                .tok(k + 1)
                .is_some_and(|a| a.is_word("a") || a.is_word("an"))
            && (self.unit_at(k + 2).is_some() || self.percent_at(k + 2).is_some())
        {
            k += 2;
        }
        if let Some((u, f, b)) = self.percent_at(k)
            && cur.is_none()
            && !age
        {
            m.suffix = Suffix::Percent(u, f);
            m.b = b;
            return Some(m);
        }
        if cur.is_none()
            && !age
            && let Some((c, b)) = self.currency_post(k, &core)
        {
            m.cur = Some(c);
            m.b = b;
            self.rate(&mut m);
            return Some(m);
        }
        // A unit, directly or as a hyphenated adjective ("a 10-metre wall").
        let (uk, adj) = match self.tok(k) {
            Some(h) if h.is_punct('-') && !h.space && self.tok(k + 1).is_some_and(|n| !n.space) => {
                (k + 1, true)
            }
            _ => (k, false),
        };
        if cur.is_none()
            && let Some((u, b)) = self.unit_at(uk)
            && !(adj
                && u.kind == UnitKind::Quantity
                && self.tok(uk).is_some_and(|x| x.text.len() == 1))
        {
            m.suffix = Suffix::Unit(u);
            m.b = b;
            m.adj = adj || self.tok(b).is_some_and(|n| n.is_punct('-') && !n.space);
            if u.kind != UnitKind::Age && !age {
                self.compound_unit(&mut m);
            }
        }
        if cur.is_none() && !age {
            self.magnitude_measure(&mut m);
        }
        if age && !matches!(m.suffix, Suffix::Unit(u) if u.kind == UnitKind::Age) {
            if m.suffix != Suffix::None {
                return None;
            }
            m.suffix = Suffix::Unit(AGE);
        }
        if !age {
            self.rate(&mut m);
        }
        Some(m)
    }

    /// What the amount or quantity `m` is per, written after it: "$15 an hour", "N617 a
    /// litre", "$80 per barrel", "$15.4/hour", "40,000 barrels per day", "1.2 million
    /// bpd". Money may be per anything listed ([`Per`]); a physical quantity only per a
    /// span of time. Not "a year ago", "a day earlier": a time after "a" that dates
    /// something.
    fn rate(&self, m: &mut Measure) {
        let physical = matches!(m.suffix, Suffix::Unit(u) if u.kind == UnitKind::Quantity);
        if m.cur.is_none() && !physical {
            return;
        }
        // "1.2 million bpd": barrels per day in one word.
        if physical && m.b > 0 && self.tok(m.b - 1).is_some_and(|u| u.eq_lower("bpd")) {
            m.per = Some(Per::Day);
            return;
        }
        let Some(x) = self.tok(m.b) else {
            return;
        };
        const RATE_WORDS: WordList<3> = WordList::new(["a", "an", "per"]);
        let slash = x.is_punct('/') && !x.space;
        if !(slash || x.is_word_in(&RATE_WORDS)) {
            return;
        }
        let Some(n) = self
            .tok(m.b + 1)
            .filter(|n| n.kind == Kind::Word && !(slash && n.space))
        else {
            return;
        };
        let Some(&(_, per)) = super::PER_WORDS.iter().find(|(w, _)| n.eq_lower(w)) else {
            return;
        };
        if physical && !per.is_time() {
            return;
        }
        // "5 km a day's walk": the noun owns what follows.
        if self
            .tok(m.b + 2)
            .is_some_and(|a| !a.space && matches!(a.text, "'" | "’"))
        {
            return;
        }
        // "from $70 a year ago", "$5 a day later": the time dates the amount.
        const DATING: WordList<5> = WordList::new(["ago", "earlier", "before", "later", "after"]);
        if per.is_time() && self.tok(m.b + 2).is_some_and(|a| a.is_word_in(&DATING)) {
            return;
        }
        m.per = Some(per);
        m.b += 2;
    }

    /// Reads a number as an earthquake magnitude where its unit or its context says so
    /// ("6.8-magnitude", "6.8 on the Richter scale", "magnitude 6.8", "the 7.1 quake");
    /// a "magnitude" that belongs to the next number is dropped ("the 2015 magnitude
    /// 7.8 earthquake").
    fn magnitude_measure(&self, m: &mut Measure) {
        if m.is_magnitude() {
            if !self.magnitude_suffix_fits(m) {
                m.suffix = Suffix::None;
                m.b = m.core.b;
                m.adj = false;
            }
            return;
        }
        if m.has_unit() {
            return;
        }
        if let Some(b) = self.richter_suffix(m.b) {
            m.suffix = Suffix::Unit(magnitude::MAGNITUDE);
            if self.magnitude_suffix_fits(m) {
                m.b = b;
                return;
            }
            m.suffix = Suffix::None;
        }
        if let Some(a) = self.magnitude_context(m) {
            m.suffix = Suffix::Unit(magnitude::MAGNITUDE);
            m.a = a;
        }
    }

    /// "an hour and a half", "half an hour", "a fortnight", and after a qualifier "about
    /// an hour": an article standing for one unit of time.
    fn article_duration(&self, k: usize, allow_article_unit: bool) -> Option<Measure> {
        let t = self.t;
        let x = self.tok(k)?;
        let (value, ustart, half) = if x.is_word("a") || x.is_word("an") {
            (1.0, k + 1, false)
        } else if x.is_word("half")
            && self
                .tok(k + 1)
                .is_some_and(|a| a.is_word("a") || a.is_word("an"))
        {
            (0.5, k + 2, true)
        } else {
            return None;
        };
        let (u, b) = self.unit_at(ustart)?;
        if u.kind != UnitKind::Duration || self.tok(ustart).is_some_and(|w| w.text.ends_with('s')) {
            return None;
        }
        let mut core = Core {
            a: k,
            b,
            value,
            u: if half { 0.5 } else { 1.0 },
            ordinal: false,
            fraction: false,
            words: true,
            scaled: false,
            scale: 1.0,
            bare: false,
            one_word: false,
        };
        let mut end = b;
        // "an hour and a half"
        if let Some(x) = self.tok(b).filter(|x| x.is_word("and")) {
            let _ = x;
            let k1 = skip_join(t, b + 1);
            let k2 = skip_join(t, k1 + 1);
            if self
                .tok(k1)
                .is_some_and(|a| a.is_word("a") || a.is_word("an"))
                && let Some((super::lexicon::NumClass::Frac, d)) = self.tok(k2).and_then(num_word)
            {
                core.value += 1.0 / d;
                core.u = 1.0 / d;
                end = k2 + 1;
            }
        }
        // "a fortnight", "a decade" stand alone; "an hour", "a year" need a cue before
        // ("for an hour", "took a year", "about an hour"), and "a year earlier" is a
        // time reference, "$5 a day" a rate.
        let unit_word = self.tok(ustart);
        let long = unit_word
            .is_some_and(|w| w.is_word("fortnight") || w.is_word("decade") || w.is_word("century"));
        let cue = allow_article_unit || (k > 0 && word_bits(&t[k - 1]) & wc::DURCUE != 0);
        // "The fire burned for over a week before it was contained": after "for" the
        // phrase is a duration even before "before"/"later".
        let for_before = t[k.saturating_sub(3)..k].iter().any(|w| w.is_word("for"))
            && !t[k.saturating_sub(3)..k]
                .iter()
                .any(|w| w.kind == Kind::Punct);
        // "A year on, the town is rebuilding" is a time reference; "went forward an
        // hour on Sunday" is not: "on" is one only before a pause or "from".
        let timeref = self.tok(end).is_some_and(|n| {
            word_bits(n) & wc::TIMEREF != 0
                && !(n.is_word("on")
                    && self
                        .tok(end + 1)
                        .is_some_and(|w| w.kind == Kind::Word && !w.is_word("from")))
        });
        if !for_before && timeref {
            return None;
        }
        core.b = end;
        let mut m = Measure {
            a: k,
            b: end,
            core,
            cur: None,
            suffix: Suffix::Unit(u),
            adj: false,
            per: None,
        };
        // "won the final in an hour and 52 minutes": a smaller unit added on.
        if end == b {
            self.compound_unit(&mut m);
        }
        if m.b == b && !half && !cue && !long {
            return None;
        }
        Some(m)
    }

    /// "two hours and 30 minutes", "6ft 2in", "1 lb 3 oz": a smaller unit added on.
    fn compound_unit(&self, m: &mut Measure) {
        let Suffix::Unit(u1) = m.suffix else {
            return;
        };
        let mut k = m.b;
        if self
            .tok(k)
            .is_some_and(|x| x.is_word("and") || x.is_punct(','))
        {
            k += 1;
        }
        if !self
            .tok(k)
            .is_some_and(|x| x.kind == Kind::Num || num_word(x).is_some())
        {
            return;
        }
        let Some(core) = parse_core(self.t, k) else {
            return;
        };
        if core.ordinal || core.fraction {
            return;
        }
        let Some((u2, b)) = self.unit_at(core.b) else {
            return;
        };
        if u2.kind != u1.kind
            || u2.unit != u1.unit
            || u2.offset != 0.0
            || u2.factor >= u1.factor
            || core.value * u2.factor >= u1.factor * 2.0
            || decimal_step(u1.factor / u2.factor)
        {
            return;
        }
        // Fold into seconds-per-first-unit.
        m.core.value += core.value * u2.factor / u1.factor;
        m.core.u = core.u * u2.factor / u1.factor;
        m.b = b;
    }

    /// A number phrase at `i` with qualifiers, ranges, conversions and object. With
    /// `beat`, the end of a date read at `i`, a phrase that cannot end after it is not
    /// wanted ([`Parser::step`] keeps the date then) and may be left unbuilt.
    fn quantity(&self, i: usize, floor: usize, beat: Option<usize>) -> Option<Step> {
        let t = self.t;
        let x = &t[i];
        // "People aged over 65", "patients aged between 18 and 24": "aged" before a
        // qualifier or a range makes its numbers ages.
        let aged = x.is_word("aged") || x.is_word("ages");
        let (approx, j) = match self.qualifier_pre(i) {
            Some((a, j)) => (Some(a), j),
            None if aged => match self.qualifier_pre(i + 1) {
                Some((a, j)) => (Some(a), j),
                None => (None, i),
            },
            None => (None, i),
        };
        if aged
            && approx.is_none()
            && (self.word_at(i + 1, "between") || self.word_at(i + 1, "from"))
        {
            return self.explicit_range(i + 1, i);
        }
        if approx.is_none() && (x.is_word("between") || x.is_word("from")) {
            // "raised the tariff from 10% to 39%" is a change: two values, read one by one.
            if x.is_word("from") && self.change_before(i) {
                return None;
            }
            return self.explicit_range(i, i);
        }
        let mut m1 = self.measure(j, approx.is_some() || (i > 0 && t[i - 1].is_word("for")))?;
        if !m1.has_unit() && ((aged && approx.is_some()) || self.age_context(i, j, &m1)) {
            m1.suffix = Suffix::Unit(AGE);
        }
        // "magnitude 6.8": the surface starts at the unit written before the number.
        let i = if m1.a < i && m1.a >= floor && approx.is_none() {
            m1.a
        } else {
            i
        };
        if approx.is_some() && m1.core.ordinal {
            return None;
        }
        if let Some(skip) = self.not_a_quantity(&m1) {
            return Some(skip);
        }
        if m1.core.bare
            && t.get(m1.b)
                .is_some_and(|n| n.kind == Kind::Word && !n.space)
        {
            // "3M", "5G": digits glued to letters that made no unit, scale or currency.
            return Some(Step::Skip(self.chain_end(m1.core.a)));
        }
        // Ranges: "10-15", "10 to 15 km", "8- to 16-metre", "$10-15 million".
        if let Some(step) = self.range_after(i, approx, &m1) {
            return Some(step);
        }
        // "one in five" → 20 %.
        if let Some(step) = self.proportion(i, approx, &m1) {
            return Some(step);
        }
        let mut b = m1.b;
        let mut approx = approx;
        if approx.is_none()
            && !m1.core.ordinal
            && let Some((a, k)) = self.qualifier_post(b)
        {
            approx = Some(a);
            b = k;
        }
        // "on 7 September": the number ends where the date does, and without a unit no
        // conversion can take it further, so the date wins. Building the number's
        // quantity and object only to drop them cost as much as reading the date.
        if !m1.has_unit() && beat.is_some_and(|e| b <= e) {
            return None;
        }
        let mut q = self.build(i, b, &m1, approx);
        let mut next = b;
        if m1.has_unit()
            && let Some((r, after)) = self.conversion(b, &m1, &q)
        {
            q.push_also(r);
            next = after;
        }
        q.object = if m1.is_magnitude() {
            self.quake_object(i, next)
        } else {
            self.object(i, next, &m1)
        };
        Some(self.emit(q, next))
    }

    /// Whether the bare number `m` (with a qualifier from `i`, the number at `j`) is a
    /// person's age by its context: an appositive ("The skier, 23, was airlifted"), "a
    /// boy of 15", a person noun before "under"/"over" ("Children under 16",
    /// "Pensioners over 75"), or a person as subject of "is"/"turned" ("the actor is
    /// now 94", "three in five [migrants] were under 30"). The number must end its
    /// phrase: "children under 16 hours" or "voters over 65 constituencies" are not ages.
    fn age_context(&self, i: usize, j: usize, m: &Measure) -> bool {
        let t = self.t;
        let c = &m.core;
        if m.has_unit()
            || c.ordinal
            || c.fraction
            || c.scaled
            || !(c.bare || c.words)
            || c.value.fract() != 0.0
            || !(1.0..=120.0).contains(&c.value)
            || !self.clause_ends(m.b)
            || i == 0
        {
            return false;
        }
        let bits = |k: usize| word_bits(&t[k]);
        // "The skier, 23, was airlifted to hospital", "Priya Desai, 29, a nurse": a
        // number between commas after a person noun or a name (not after a date word:
        // "In March, 23 people …"; not after a thing: "The price, 45, was a bargain").
        if i == j
            && c.bare
            && i >= 2
            && t[i - 1].is_punct(',')
            && t[i - 2].kind == Kind::Word
            && (bits(i - 2) & wc::PERSON != 0 || t[i - 2].capitalized())
            && bits(i - 2) & wc::FN == 0
            && num_word(&t[i - 2]).is_none()
            && !t[i - 2].lex().iter().any(|e| {
                e.rest.is_empty() && matches!(e.payload, Payload::Month(_) | Payload::Weekday(_))
            })
            && t.get(m.b)
                .is_none_or(|n| n.is_punct(',') || n.is_punct('.'))
        {
            return true;
        }
        // "Two men, aged 19 and 21, were arrested": the second of two ages.
        if i == j
            && i >= 3
            && (t[i - 1].is_word("and") || t[i - 1].is_word("or"))
            && (t[i - 2].kind == Kind::Num || num_word(&t[i - 2]).is_some())
            && (t[i - 3].is_word("aged") || t[i - 3].is_word("ages"))
        {
            return true;
        }
        // "a boy of 15 and a girl of 14"; not "a mother of two" (kin nouns count
        // children).
        if i == j
            && i >= 2
            && t[i - 1].is_word("of")
            && bits(i - 2) & wc::PERSON != 0
            && bits(i - 2) & wc::KIN == 0
        {
            return true;
        }
        // "Children under 16 will be barred", "Pensioners over 75".
        if i < j
            && t[i].is_word_in(&const { WordList::new(["under", "over", "above", "below"]) })
            && bits(i - 1) & wc::PERSON != 0
        {
            return true;
        }
        // "the actor is now 94", "she turned 50 on Thursday", "three in five were under
        // 30" (a count or share of people named earlier in the sentence).
        let mut k = i;
        if word_bits(&t[k - 1]) & wc::ADVERB != 0 {
            k -= 1;
        }
        if k < 2 || bits(k - 1) & wc::AGECOP == 0 {
            return false;
        }
        let s = &t[k - 2];
        let subject_bits = bits(k - 2);
        subject_bits & wc::PERSON != 0
            || (s.kind == Kind::Word
                && s.capitalized()
                && k - 2 > 0
                && subject_bits & wc::FN == 0
                && num_word(s).is_none())
            || ((s.kind == Kind::Num || num_word(s).is_some())
                && t[..k - 2].iter().any(|w| word_bits(w) & wc::PERSON != 0))
    }

    /// Whether the phrase ends at `b`: end of text, clause punctuation, a word that
    /// starts a new phrase (`clause` in `words.tsv`: "and", "will", "on", "when") or a
    /// verb in the past ("voters under 35 backed the party").
    fn clause_ends(&self, b: usize) -> bool {
        let Some(n) = self.tok(b) else {
            return true;
        };
        if n.kind == Kind::Punct {
            return matches!(
                n.text,
                "," | "." | ";" | ":" | ")" | "!" | "?" | "—" | "\"" | "”" | "’"
            ) || (n.text == "–" && n.space);
        }
        let bits = word_bits(n);
        n.kind == Kind::Word
            && (bits & wc::CLAUSE != 0
                || (n.text.chars().next().is_some_and(char::is_lowercase)
                    && (bits & wc::PAST != 0 || (n.text.len() > 4 && n.text.ends_with("ed")))))
    }

    /// Numbers that are names, codes or pronouns: "Boeing 737", "Windows 11", "Euro
    /// 2024", "the Second World War", "Air Force One", "one of them", "no one", and "the
    /// two leaders" (a pair named by its members, like "both").
    fn not_a_quantity(&self, m: &Measure) -> Option<Step> {
        let t = self.t;
        let c = &m.core;
        if m.has_unit() {
            return None;
        }
        let first = &t[c.a];
        let prev = c.a.checked_sub(1).map(|p| &t[p]);
        let next = t.get(c.b);
        let mid_sentence = prev.is_some_and(|p| p.kind != Kind::Punct || p.text == ",");
        if c.words
            && first.capitalized()
            && mid_sentence
            && next.is_some_and(|n| n.kind == Kind::Word && n.capitalized())
        {
            // "the Second World War", "the First Minister", "the Three Gorges Dam"
            return Some(Step::Skip(c.b));
        }
        // "the game's day-one patch", "a year-one cohort": a number word hyphenated onto
        // a noun before it is part of a compound adjective, not a count.
        if c.words
            && !first.space
            && c.a >= 2
            && t[c.a - 1].is_punct('-')
            && !t[c.a - 1].space
            && t[c.a - 2].kind == Kind::Word
            && num_word(&t[c.a - 2]).is_none()
        {
            return Some(Step::Skip(c.b));
        }
        // "Troops from the 82nd Airborne Division", "the 14th Amendment", "5th Avenue":
        // an ordinal in digits before a capitalised name of a unit, body or street
        // ("the first Army officer" is a rank; "the Fifth Amendment" is handled above).
        if c.ordinal
            && !c.words
            && (1..=3)
                .map_while(|d| {
                    t.get(c.b + d - 1)
                        .filter(|n| n.kind == Kind::Word && n.capitalized())
                })
                .any(|n| word_bits(n) & (wc::ORDNAME | wc::STREET) != 0)
        {
            return Some(Step::Skip(c.b));
        }
        if c.ordinal || c.fraction {
            return None;
        }
        // "Chapter 11 protection", "the ZIP code 10001", "Platform 9¾", "Stage 6
        // load-shedding": a number written in digits after a label noun names a thing.
        if !c.words && !c.scaled && prev.is_some_and(|p| word_bits(p) & wc::LABEL != 0) {
            return Some(Step::Skip(self.chain_end(c.a)));
        }
        let name_before = prev.is_some_and(|p| {
            matches!(p.kind, Kind::Word | Kind::Code)
                && p.has_upper()
                && first.space
                && is_name_head(p)
        });
        let score = next.is_some_and(|n| n.is_dash() && !n.space)
            && t.get(c.b + 1).is_some_and(|n| {
                n.kind == Kind::Num && !n.space && (self.has_score_cue() || n.num.value <= c.value)
            });
        // "Boeing 737", and "Platform 9¾" with a fraction glyph.
        if (c.bare || (!c.words && !c.scaled)) && name_before && !score {
            // "Arsenal beat Fulham 3-1" is a score, not a name.
            return Some(Step::Skip(self.chain_end(c.a)));
        }
        if c.words && first.capitalized() && c.a > 0 && name_before {
            return Some(Step::Skip(c.b));
        }
        // "The Ocean's Eleven sequel", "Formula One": a capitalised number word after a
        // word mid-sentence (not after punctuation, which may start a clause) is a name.
        if c.words && first.capitalized() && prev.is_some_and(|p| p.kind == Kind::Word) {
            return Some(Step::Skip(c.b));
        }
        if c.one_word {
            let det = prev.is_some_and(|p| word_bits(p) & wc::DET != 0);
            // A word of the list, or an apostrophe ("one’s"); a word written as in the
            // list is a word of it.
            const PRONOUN_NEXT: WordList<7> =
                WordList::new(["of", "another", "who", "whom", "that", "which", "else"]);
            let pron_next =
                next.is_some_and(|n| n.is_word_in(&PRONOUN_NEXT) || n.text == "’" || n.text == "'");
            if det || pron_next {
                return Some(Step::Skip(c.b));
            }
        }
        if c.words
            && c.value == 2.0
            && c.b == c.a + 1
            && prev.is_some_and(|p| p.is_word("the"))
            && next.is_some_and(|n| n.kind == Kind::Word && num_word(n).is_none())
        {
            return Some(Step::Skip(c.b));
        }
        None
    }

    fn build(&self, a: usize, b: usize, m: &Measure, approx: Option<Approx>) -> Quantity {
        let (start, end, text) = self.span_text(a, b);
        let (v, u) = m.canonical();
        let (lo, hi) = bounds(v, u, approx, m.nonneg());
        let (value, low, high) = clean_ends(v, lo, hi);
        let value = Some(value);
        Quantity {
            start,
            end,
            text,
            kind: m.kind(),
            bounds: bounds_unless_exact(&value, low, high),
            value,
            unit: UnitCode::NONE,
            approx,
            object: None,
            resolved: true,
            range_of: None,
            granularity: None,
            rare: None,
            per: m.per,
        }
        .with_unit(m.unit())
    }

    /// "between 10 and 15", "from -18 °C to -34 °C"; the surface starts at `a` ("aged
    /// between 18 and 24" makes the ends ages).
    fn explicit_range(&self, i: usize, a: usize) -> Option<Step> {
        let t = self.t;
        let joiner = if t[i].is_word("between") { "and" } else { "to" };
        let (approx, j) = match self.qualifier_pre(i + 1) {
            Some((a, j)) => (Some(a), j),
            None => (None, i + 1),
        };
        let mut m1 = self.measure(j, false)?;
        if a < i && !m1.has_unit() {
            m1.suffix = Suffix::Unit(AGE);
        }
        if m1.core.ordinal || year_like(&m1) {
            // "from 2019 to 2021" is a range of years, read as dates.
            return None;
        }
        let k = m1.b;
        let ok =
            self.word_at(k, joiner) || (joiner == "to" && t.get(k).is_some_and(Token::is_dash));
        if !ok {
            return None;
        }
        let mut m2 = self.measure(k + 1, false)?;
        if a < i && !m2.has_unit() {
            m2.suffix = Suffix::Unit(AGE);
        }
        self.make_range(a, approx, m1, m2, true)
    }

    fn range_after(&self, i: usize, approx: Option<Approx>, m1: &Measure) -> Option<Step> {
        let t = self.t;
        if m1.core.ordinal {
            return None;
        }
        let k = m1.b;
        let x = t.get(k)?;
        let (k2, dash) = if x.is_dash() && self.word_at(k + 1, "to") {
            (k + 2, false)
        } else if x.is_dash()
            && t.get(k + 1).is_some_and(|n| {
                n.kind == Kind::Num
                    || num_word(n).is_some()
                    || n.lex()
                        .iter()
                        .any(|e| matches!(e.payload, Payload::Currency(_)))
            })
        {
            // A hyphen joins a range only without spaces ("10-15") or as a spaced en
            // dash ("10 – 15"); "5 - 3" is arithmetic or a list.
            if x.space != t[k + 1].space || (x.space && x.text == "-") {
                return None;
            }
            (k + 1, true)
        } else if x.is_word("to") {
            // "fell 2.3% to 38,200", "rose by 5p to £1.45": a change, not a range.
            if self.change_before(i) {
                return None;
            }
            (k + 1, false)
        } else {
            return None;
        };
        let m2 = self.measure(k2, false)?;
        if m2.core.ordinal || (year_like(m1) && year_like(&m2)) {
            return None;
        }
        if !dash && m1.core.value >= m2.core.value && m1.core.bare && m2.core.bare {
            // "The vote was 7 to 2", "312 votes to 107": a tally, read as two values.
            return None;
        }
        if dash && !m1.has_unit() && !m2.has_unit() && m1.core.bare && m2.core.bare {
            // "52-48", "won 3-1": a score or tally is two cardinals.
            if m1.core.value >= m2.core.value || self.has_score_cue() {
                let q1 = self.build(m1.a, m1.b, m1, None);
                let q2 = self.build(m2.a, m2.b, &m2, None);
                self.found.borrow_mut().push(q1);
                return Some(self.emit(q2, m2.b));
            }
        }
        self.make_range(i, approx, *m1, m2, !dash)
    }

    /// A change verb shortly before token `i` ("rose", "cut", "raised … from", "by").
    fn change_before(&self, i: usize) -> bool {
        let t = self.t;
        for k in (i.saturating_sub(7)..i).rev() {
            if t[k].kind == Kind::Punct && matches!(t[k].text, "," | ";" | ":" | "(" | ")") {
                return false;
            }
            if word_bits(&t[k]) & wc::CHANGE != 0 {
                return true;
            }
        }
        false
    }

    /// Builds a range from two endpoints, sharing unit, currency and scale between
    /// them ("10-15 km", "$10-15 million", "8- to 16-metre").
    fn make_range(
        &self,
        a: usize,
        approx: Option<Approx>,
        mut m1: Measure,
        mut m2: Measure,
        worded: bool,
    ) -> Option<Step> {
        if m1.cur.is_none() && m1.suffix == Suffix::None {
            m1.cur = m2.cur;
            m1.suffix = m2.suffix;
        } else if m2.cur.is_none()
            && m2.suffix == Suffix::None
            && (!worded
                || self.tok(m1.a).is_some_and(|x| x.text.starts_with("age"))
                || m1.is_magnitude())
        {
            // "aged 5 to 11", "magnitude 5.5 to 6": the prefix covers both ends.
            m2.cur = m1.cur;
            m2.suffix = m1.suffix;
        }
        if m1.kind() != m2.kind() || m1.unit() != m2.unit() {
            return None;
        }
        if !m1.core.scaled && m2.core.scaled && m1.core.value < m2.core.value {
            // "$10-15 million": the scale of the second end applies to the first.
            let scale = m2.core.scale;
            m1.core.value *= scale;
            m1.core.u *= scale;
        }
        let (v1, u1) = m1.canonical();
        let (v2, u2) = m2.canonical();
        if !worded && v1 >= v2 {
            return None;
        }
        if matches!(m1.kind(), QuantityKind::Cardinal)
            && !worded
            && (m1.core.value.fract() != 0.0 || m2.core.value.fract() != 0.0)
            && !m1.core.words
        {
            // "1.5-2" is fine, but keep to plain ranges of counts.
        }
        let (lo, hi) = if v1 <= v2 { (v1, v2) } else { (v2, v1) };
        let (lu, hu) = if v1 <= v2 { (u1, u2) } else { (u2, u1) };
        // A range keeps its written endpoints; a qualifier on it ("about 200-300") is
        // kept as a word.
        let _ = (lu, hu);
        let (low, high) = (Some(lo), Some(hi));
        let b = m2.b;
        let (start, end, text) = self.span_text(a, b);
        let q = Quantity {
            start,
            end,
            text,
            kind: QuantityKind::Range,
            value: None,
            bounds: bounds_unless_exact(
                &None,
                low.map(|x| Value::Number(clean(x))),
                high.map(|x| Value::Number(clean(x))),
            ),
            unit: UnitCode::NONE,
            approx,
            object: self.object(a, b, &m2).or_else(|| self.object(a, b, &m1)),
            resolved: true,
            range_of: Some(m1.kind()),
            granularity: None,
            rare: None,
            per: m2.per.or(m1.per),
        }
        .with_unit(m1.unit());
        Some(self.emit(q, b))
    }

    /// "one in five", "nine out of ten" → a percentage; "Almost one in three", "About
    /// 1 in 10" keep their qualifier.
    fn proportion(&self, i: usize, approx: Option<Approx>, m: &Measure) -> Option<Step> {
        let c = &m.core;
        if m.has_unit()
            || c.ordinal
            || c.fraction
            || c.scaled
            || c.value.fract() != 0.0
            || c.value < 1.0
        {
            return None;
        }
        let k = c.b;
        let k2 = if self.word_at(k, "in") {
            k + 1
        } else if self.word_at(k, "out") && self.word_at(k + 1, "of") {
            k + 2
        } else {
            return None;
        };
        let d = parse_core(self.t, k2)?;
        if d.ordinal
            || d.fraction
            || d.scaled
            || d.value.fract() != 0.0
            || d.value <= c.value
            || d.value > 1000.0
        {
            return None;
        }
        // "one in 2019" is a year; "two in Kyiv" has no number after "in".
        if d.bare && d.value >= 1000.0 {
            return None;
        }
        let v = c.value / d.value * 100.0;
        let mut q = self.build(i, d.b, m, approx);
        q.kind = QuantityKind::Percent;
        q.set_unit(Some("%"));
        // A share written as "one in three" is itself a rounding: its rounding unit is
        // the share (so "about 1 in 10" is 7%..13%).
        let (lo, hi) = bounds(v, v, approx, true);
        let (value, low, high) = clean_ends(v, lo, hi);
        q.set_values(Some(value), low, high);
        q.object = self.object(i, d.b, m);
        Some(self.emit(q, d.b))
    }

    /// "(1,550 miles)" after "2,500km": another rendering of the same quantity.
    fn conversion(&self, b: usize, m: &Measure, q: &Quantity) -> Option<(Rendering, usize)> {
        let t = self.t;
        if !t.get(b)?.is_punct('(') {
            return None;
        }
        let mut k = b + 1;
        if self.word_at(k, "or") {
            k += 1;
        }
        let (approx, j) = match self.qualifier_pre(k) {
            Some((a, j)) => (Some(a), j),
            None => (None, k),
        };
        let m2 = self.measure(j, false)?;
        if !t.get(m2.b)?.is_punct(')') {
            return None;
        }
        let same_dim = m.kind() == m2.kind() && (m.cur.is_some() || m.unit() == m2.unit());
        if !same_dim {
            return None;
        }
        let (v2, u2) = m2.canonical();
        let (lo, hi) = bounds(v2, u2, approx, m2.nonneg());
        let consistent = if m.unit() == m2.unit() {
            let (v1, u1) = m.canonical();
            let (a0, a1) = widen(rounding(v1, u1), bounds(v1, u1, q.approx, m.nonneg()));
            let (b0, b1) = widen(rounding(v2, u2), (lo, hi));
            let slack = 0.005 * v1.abs().max(v2.abs());
            Some(a0 <= b1 + slack && b0 <= a1 + slack)
        } else {
            None
        };
        let (start, end, text) = self.span_text(k, m2.b);
        let (value, low, high) = clean_ends(v2, lo, hi);
        Some((
            Rendering {
                text,
                start,
                end,
                value: Some(value),
                low,
                high,
                unit: m2.unit().map(CompactString::from),
                approx,
                consistent,
            },
            m2.b + 1,
        ))
    }

    /// The counted object: "four *thieves*", "the eighth *call*", "nine *pieces of
    /// jewellery*", "71% *chance of a cut*", "a two-hour *call*", "a $1.2bn *loss*",
    /// "71% of *voters*", "$2.1 million in *damages*", "a *fine* of EUR 12.5 million",
    /// "*Children* aged 5 to 11". Leading adjectives are left out ("forty new teachers"
    /// → teachers); noun compounds stay ("food parcels").
    fn object(&self, a: usize, b: usize, m: &Measure) -> Option<CompactString> {
        let t = self.t;
        let kind = m.kind();
        let mut k = b;
        let counted = matches!(
            kind,
            QuantityKind::Cardinal | QuantityKind::Ordinal | QuantityKind::Percent
        );
        let of_first = (counted && !matches!(kind, QuantityKind::Ordinal)) && self.word_at(k, "of");
        if of_first {
            k = self.skip_determiners(k + 1);
        } else if kind == QuantityKind::Money
            && self.word_at(k, "in")
            && self.tok(k + 1).is_some_and(|n| {
                n.kind == Kind::Word
                    && n.text.chars().next().is_some_and(char::is_lowercase)
                    && n.text.ends_with('s')
            })
        {
            k += 1;
        }
        let direct = counted || m.adj || of_first || k != b;
        // "a 50kg bag", "its $900,000 asking price", "free 500ml bottles": a measure used
        // as an adjective, after a determiner or an adjective; "1,000 miles separate" is
        // not.
        let before = a.checked_sub(1).map(|p| &t[p]);
        const DETERMINERS: WordList<11> = WordList::new([
            "a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "s",
        ]);
        let determined = || {
            before.is_some_and(|p| {
                p.is_word_in(&DETERMINERS)
                    || p.lex()
                        .iter()
                        .any(|e| e.payload == Payload::Adjective && e.rest.is_empty())
            })
        };
        // Asked only of money and physical quantities, and only when they need it.
        let adjectival = matches!(kind, QuantityKind::Money | QuantityKind::Quantity)
            && !direct
            && determined()
            && self
                .tok(k)
                .is_some_and(|n| n.kind == Kind::Word && n.space && word_bits(n) & wc::METRE == 0);
        if (direct || adjectival)
            && let Some((s, e)) = self.noun_phrase(k)
        {
            let s = self.trim_adjectives(s, e);
            let mut end = e;
            if word_bits(&t[e - 1]) & wc::PARTITIVE != 0 && self.word_at(e, "of") {
                let k2 = self.skip_determiners(e + 1);
                if let Some((_, e2)) = self.noun_phrase(k2) {
                    end = e2;
                }
            }
            return Some(CompactString::from(
                &self.text[t[s].start..t[end - 1].end()],
            ));
        }
        // Money after its noun: "a fine of EUR 12.5 million", "an order worth €88m".
        if kind == QuantityKind::Money
            && a >= 2
            && (t[a - 1].is_word("of") || t[a - 1].is_word("worth"))
        {
            let n = &t[a - 2];
            if n.kind == Kind::Word
                && n.text.chars().next().is_some_and(char::is_lowercase)
                && word_bits(n) & (wc::FN | wc::VERB) == 0
            {
                return Some(CompactString::from(n.text));
            }
        }
        // "Children aged 5 to 11"
        if m.core.a > m.a && a >= 1 && t[m.a].text.starts_with("age") {
            let n = &t[a - 1];
            if n.kind == Kind::Word
                && word_bits(n) & (wc::FN | wc::VERB) == 0
                && num_word(n).is_none()
            {
                return Some(CompactString::from_str_to_lowercase(n.text));
            }
        }
        None
    }

    fn skip_determiners(&self, mut k: usize) -> usize {
        const DETERMINERS: WordList<11> = WordList::new([
            "the", "a", "an", "all", "its", "their", "his", "her", "our", "this", "that",
        ]);
        let t = self.t;
        if self.tok(k).is_some_and(|x| x.is_word_in(&DETERMINERS)) {
            k += 1;
        }
        // A possessor: "of the country's land", "of the hospital's budget".
        if t.get(k).is_some_and(|x| x.kind == Kind::Word)
            && t.get(k + 1)
                .is_some_and(|x| x.is_punct('\'') || x.is_punct('’'))
            && t.get(k + 2).is_some_and(|x| x.text == "s")
        {
            k += 3;
        }
        k
    }

    /// Drops leading adjectives from the words `s..e` of a noun phrase.
    fn trim_adjectives(&self, mut s: usize, e: usize) -> usize {
        let t = self.t;
        while s + 1 < e {
            let x = &t[s];
            if t[s + 1].is_punct('-') {
                break;
            }
            // The suffixes are compared ignoring ASCII case in place (a lowercased copy
            // of every word was an allocation).
            let w = x.text.as_bytes();
            let adj = x
                .lex()
                .iter()
                .any(|en| en.payload == Payload::Adjective && en.rest.is_empty())
                || (x.capitalized() && !t[s + 1].capitalized())
                || (w.len() > 5
                    && [
                        "al", "ous", "ive", "ful", "less", "ible", "able", "ic", "ly", "ary",
                        "ese", "ian",
                    ]
                    .iter()
                    .any(|suf| ends_with_ignore_case(w, suf)));
            if !adj {
                break;
            }
            s += 1;
        }
        s
    }

    /// Up to three content words forming a noun phrase at `k`; stops after a plural noun,
    /// before function words, verbs, "-ly" adverbs and other quantities.
    fn noun_phrase(&self, k: usize) -> Option<(usize, usize)> {
        let t = self.t;
        let mut j = k;
        let mut words = 0;
        // Where the hyphenated compound being read started, and the words before it: a
        // compound broken by a function word ("year-on-year", "face-to-face") is an
        // adverb, no part of the phrase.
        let mut compound = (k, 0);
        while j < t.len() && words < 4 {
            let x = &t[j];
            let after_hyphen = j > k && t[j - 1].is_punct('-');
            if !after_hyphen {
                compound = (j, words);
            }
            if x.kind != Kind::Word || (words > 0 && x.newline) {
                break;
            }
            let bits = word_bits(x);
            // "the first half", "the third quarter": fraction words are nouns here.
            let is_number = num_word(x).is_some_and(|(c, _)| c != super::lexicon::NumClass::Frac);
            let blocked = bits & (wc::FN | wc::VERB) != 0
                || is_number
                || x.lex().iter().any(|e| {
                    e.rest.is_empty()
                        && matches!(
                            e.payload,
                            Payload::Month(_)
                                | Payload::Weekday(_)
                                | Payload::Day(_)
                                | Payload::Rel(_)
                                | Payload::Qualifier(..)
                        )
                });
            if blocked && after_hyphen {
                (j, words) = compound;
                break;
            }
            if blocked || (words > 0 && x.text.ends_with("ed") && x.text.len() > 3) {
                break;
            }
            if words > 0 && x.text.ends_with("ly") && x.text.len() > 4 {
                break;
            }
            if words > 0 && x.capitalized() && !t[j - 1].capitalized() && !t[j - 1].is_punct('-') {
                break;
            }
            words += 1;
            j += 1;
            let plural = bits & wc::PLURAL != 0
                || (x.text.len() > 3
                    && x.text.ends_with('s')
                    && !x.text.ends_with("ss")
                    && !x.text.ends_with("us")
                    && !x.text.ends_with("is"));
            // "long-range missiles": follow hyphenated compounds.
            if t.get(j).is_some_and(|h| h.is_punct('-') && !h.space)
                && t.get(j + 1)
                    .is_some_and(|n| n.kind == Kind::Word && !n.space)
            {
                j += 1;
                continue;
            }
            if plural {
                break;
            }
        }
        (words > 0).then_some((k, j))
    }
}

/// Whether a capitalised word before a bare number makes it part of a name ("Boeing
/// 737", "Euro 2024", "Year 11", "Route 66") rather than a count. Function words
/// ("In 2019", "About 20"), months, weekdays, qualifiers and currency prefixes do not.
fn is_name_head(p: &Token<'_>) -> bool {
    !p.lex().iter().any(|e| {
        e.first_ok(p.text)
            && match e.payload {
                Payload::Word(b) => b & wc::FN != 0,
                Payload::Month(_)
                | Payload::Weekday(_)
                | Payload::Qualifier(..)
                | Payload::Rel(_)
                | Payload::Day(_)
                | Payload::Num(..) => true,
                // A currency letter names nothing only joined to its amount ("N50,000");
                // "the S&P 500" is a name.
                Payload::Currency(c) => c.pre && !e.attached,
                _ => false,
            }
    })
}

/// A bare four-digit number that may be a year.
fn year_like(m: &Measure) -> bool {
    m.core.bare
        && !m.has_unit()
        && (1000.0..=2100.0).contains(&m.core.value)
        && m.core.value.fract() == 0.0
}

/// Whether a token can end a quantity ("20", "20%", "20 million", "20 km").
fn ends_quantity(x: &Token<'_>) -> bool {
    x.kind == Kind::Num
        || num_word(x).is_some()
        || x.lex().iter().any(|e| {
            e.first_ok(x.text)
                && matches!(
                    e.payload,
                    Payload::Unit(_)
                        | Payload::Percent(..)
                        | Payload::Scale(_)
                        | Payload::Currency(_)
                )
        })
}

fn is_meridiem(s: &str) -> bool {
    matches!(
        s,
        "am" | "pm"
            | "AM"
            | "PM"
            | "a.m"
            | "p.m"
            | "GMT"
            | "BST"
            | "CET"
            | "EST"
            | "EDT"
            | "ET"
            | "UTC"
            | "PT"
            | "PST"
            | "PDT"
    )
}

fn is_ord_suffix(s: &str) -> bool {
    super::numbers::is_ord_suffix(s)
}

/// Whether `w` ends with the lowercase ASCII `suf`, ignoring ASCII case: what
/// `w.to_ascii_lowercase().ends_with(suf)` answers, without the copy.
fn ends_with_ignore_case(w: &[u8], suf: &str) -> bool {
    w.len() >= suf.len() && w[w.len() - suf.len()..].eq_ignore_ascii_case(suf.as_bytes())
}

fn widen(r: (f64, f64), b: (Option<f64>, Option<f64>)) -> (f64, f64) {
    (
        b.0.map_or(f64::NEG_INFINITY, |x| x.min(r.0)),
        b.1.map_or(f64::INFINITY, |x| x.max(r.1)),
    )
}

/// The value and the ends of its interval, each cleaned of floating-point noise. An end
/// equal to the value (both ends of an unqualified number, one end of "more than 300")
/// reuses the cleaned value: `clean` takes a logarithm and a power, and three calls per
/// quantity were a fifth of what building one cost.
fn clean_ends(v: f64, lo: Option<f64>, hi: Option<f64>) -> (Value, Option<Value>, Option<Value>) {
    let cv = clean(v);
    let end = |x: f64| {
        // Same bits, same result: `clean` is a pure function of its argument.
        Value::Number(if x.to_bits() == v.to_bits() {
            cv
        } else {
            clean(x)
        })
    };
    (Value::Number(cv), lo.map(end), hi.map(end))
}

/// Rounds away floating-point noise from unit conversion (0.1 * 3 → 0.3).
fn clean(v: f64) -> f64 {
    if v == 0.0 || !v.is_finite() {
        return if v.is_finite() { 0.0 } else { v };
    }
    // Whole numbers below 10^13 (counts, years, most money) come back unchanged: the
    // power `p` is exact, `v * p` is a whole number below 10^14 < 2^53 and exact, so the
    // rounding and the division give `v` again. The logarithm is skipped.
    if v.fract() == 0.0 && v.abs() < 1e13 {
        return v;
    }
    round_to_12_digits(v)
}

/// `v` rounded to twelve significant digits (finite and non-zero), or `v` when that
/// cannot be written: what [`clean`] does to any number it does not pass through.
fn round_to_12_digits(v: f64) -> f64 {
    let mag = v.abs().log10().floor() as i32;
    let digits = 12 - mag;
    if !(0..=300).contains(&digits) {
        return v;
    }
    let p = 10f64.powi(digits);
    let r = (v * p).round() / p;
    if r.is_finite() { r } else { v }
}

#[cfg(test)]
mod tests {
    use super::super::{QuantityKind, ScanContext, Value, scan};

    fn ctx() -> ScanContext {
        ScanContext {
            doc_date: chrono::NaiveDate::from_ymd_opt(2025, 10, 17),
            ..ScanContext::default()
        }
    }

    /// Every quantity of `text` as (surface, kind, value as text).
    fn all(text: &str) -> Vec<(String, QuantityKind, String)> {
        scan(text, &ctx())
            .into_iter()
            .map(|q| {
                let v = match &q.value {
                    Some(Value::Number(n)) => n.to_string(),
                    Some(Value::Iso(s)) => s.to_string(),
                    None => String::new(),
                };
                (q.text.to_string(), q.kind, v)
            })
            .collect()
    }

    #[track_caller]
    fn none(text: &str) {
        assert!(all(text).is_empty(), "{text}: {:?}", all(text));
    }

    /// `clean` as it was before whole numbers were passed through.
    fn clean_by_rounding(v: f64) -> f64 {
        super::round_to_12_digits(v)
    }

    #[test]
    fn whole_numbers_come_back_clean() {
        let mut v = 1.0f64;
        let mut cases = vec![2025.0, 4200.0, 999_999_999_999.0, 9_999_999_999_999.0];
        while v < 1e13 {
            cases.extend([v, v - 1.0, v + 1.0, v * 7.0 + 3.0, (v * 0.9).floor()]);
            v *= 10.0;
        }
        for v in cases
            .into_iter()
            .filter(|v| v.fract() == 0.0 && *v >= 1.0 && *v < 1e13)
        {
            for v in [v, -v] {
                assert_eq!(
                    super::clean(v).to_bits(),
                    clean_by_rounding(v).to_bits(),
                    "{v}"
                );
            }
        }
    }

    #[test]
    fn an_adverb_compound_is_no_object() {
        // "up 4% month-on-month": a compound broken by a function word is an adverb; the
        // object was its first piece and a hyphen ("month-").
        let objects = |text: &str| -> Vec<Option<String>> {
            scan(text, &ctx())
                .into_iter()
                .map(|q| q.object.map(String::from))
                .collect()
        };
        assert_eq!(objects("Sales rose 4% month-on-month."), [None]);
        assert_eq!(objects("Prices were up 0.6% year-on-year."), [None]);
        // A compound without one still leads to its noun.
        assert_eq!(
            objects("They bought 300 long-range missiles."),
            [Some("long-range missiles".to_string())]
        );
    }

    #[test]
    fn compound_adjectives_and_idioms_are_not_counts() {
        none("A stamp for a first-class letter costs more.");
        none("The first-time buyer market has cooled.");
        none("Dealers said second-hand car prices had stabilised.");
        none("Zero-hours contracts are to be banned.");
        none("The game's day-one patch is large.");
        none("The deal was agreed at the eleventh hour.");
        none("The ruling party is in two minds about the reform.");
        none("He put two and two together.");
        none("The sides were still a million miles apart.");
        none("It was one thing to promise and another to deliver.");
        // A literal distance and a duration idiom after a cue are still quantities.
        assert_eq!(all("He flew a million miles.").len(), 1);
        assert_eq!(
            all("The strike lasted one day.")[0].1,
            QuantityKind::Duration
        );
        assert_eq!(all("Twenty-one people died.")[0].2, "21");
    }

    /// "Erik ten Hag": the number word "ten" between two capitalised words is a name
    /// particle, not a count.
    #[test]
    fn name_particles_are_not_numbers() {
        none("Erik ten Hag said the team was ready.");
        none("United sacked Erik ten Hag after the defeat.");
        // A count is still one after a lower-case word, or capitalised.
        assert_eq!(all("Ten Downing Street staff left.")[0].2, "10");
        assert_eq!(all("He named ten Chelsea players.")[0].2, "10");
    }

    /// (surface, value) of every age in `text`.
    fn ages(text: &str) -> Vec<(String, f64)> {
        scan(text, &ctx())
            .into_iter()
            .filter(|q| q.unit() == Some("years_old"))
            .map(|q| {
                (
                    q.text.to_string(),
                    q.value.and_then(|v| v.as_f64()).unwrap_or(f64::NAN),
                )
            })
            .collect()
    }

    #[test]
    fn ages_by_context() {
        let age = |s: &str, v: f64| (s.to_string(), v);
        assert_eq!(ages("The skier, 23, was airlifted."), [age("23", 23.0)]);
        assert_eq!(
            ages("A boy of 15 and a girl of 14 were charged."),
            [age("15", 15.0), age("14", 14.0)]
        );
        assert_eq!(
            ages("Children under 16 will be barred."),
            [age("under 16", 16.0)]
        );
        assert_eq!(
            ages("Pensioners over 75 will be paid."),
            [age("over 75", 75.0)]
        );
        assert_eq!(
            ages("Born in 1931, the actor is now 94."),
            [age("94", 94.0)]
        );
        assert_eq!(ages("She turned 50 last week."), [age("50", 50.0)]);
        assert_eq!(
            ages("Of the migrants, three in five were under 30."),
            [age("under 30", 30.0)]
        );
        assert_eq!(
            ages("Voters aged 18 and over can register."),
            [age("aged 18 and over", 18.0)]
        );
        assert_eq!(
            ages("People aged over 65 are eligible."),
            [age("aged over 65", 65.0)]
        );
        assert_eq!(
            ages("Two men, aged 19 and 21, were arrested."),
            [age("aged 19", 19.0), age("21", 21.0)]
        );
        assert_eq!(
            ages("The 4.5-billion-year-old meteorite sold."),
            [age("4.5-billion-year-old", 4.5e9)]
        );
        let q = scan("Patients aged between 18 and 24 were excluded.", &ctx());
        assert_eq!(q[0].text, "aged between 18 and 24");
        assert_eq!(q[0].unit(), Some("years_old"));
        assert_eq!(
            ages("Some 40% of voters under 35 backed the party."),
            [age("under 35", 35.0)]
        );
        // Counts stay counts.
        for text in [
            "The price, 45, was a bargain.",
            "A mother of two was killed.",
            "Prices were under 30.",
            "Inflation was 3.",
            "The index is now 94.",
            "In March, 23 people died.",
            "Players over 30 points were fined.",
            "Arsenal were 2 up at half-time.",
        ] {
            assert!(ages(text).is_empty(), "{text}: {:?}", ages(text));
        }
    }

    #[test]
    fn and_over_is_a_qualifier_only_at_the_end_of_its_phrase() {
        let q = scan(
            "Sales rose 5% and over the same period profits fell.",
            &ctx(),
        );
        assert_eq!(q[0].text, "5%");
        assert_eq!(q[0].approx, None);
    }

    #[test]
    fn race_times_and_compound_durations() {
        assert_eq!(all("Kipyegon won the 1500m in 3:51.44.")[1].2, "231.44");
        assert_eq!(all("The meeting starts at 10:30.")[0].1, QuantityKind::Time);
        assert_eq!(all("The surgery took 2:30 hours.")[0].2, "9000");
        let q = all("She won the final in an hour and 52 minutes.");
        assert_eq!(q[0].0, "an hour and 52 minutes");
        assert_eq!(q[0].2, "6720");
        assert_eq!(
            all("The clocks went forward an hour on Sunday.")[0].0,
            "an hour"
        );
        assert!(all("A year on, the town is rebuilding.").is_empty());
    }

    #[test]
    fn over_and_under_before_durations() {
        // During, unless a duration cue comes first.
        let q = scan("Prices rose over two days.", &ctx());
        assert_eq!((q[0].text.as_str(), q[0].approx), ("two days", None));
        let q = scan(
            "The fire burned for over a week before it was contained.",
            &ctx(),
        );
        assert_eq!(q[0].text, "over a week");
        assert_eq!(q[0].approx, Some(super::Approx::MoreThan));
        let q = scan("The delayed flight still took under five hours.", &ctx());
        assert_eq!(q[0].approx, Some(super::Approx::LessThan));
        // "over three evenings" is during as well.
        let q = scan("They perform over three evenings.", &ctx());
        assert_eq!((q[0].text.as_str(), q[0].approx), ("three", None));
    }

    #[test]
    fn qualified_proportions_and_particle_verbs() {
        let q = scan("Almost one in three households cannot pay.", &ctx());
        assert_eq!(q[0].text, "Almost one in three");
        assert_eq!(q[0].approx, Some(super::Approx::Nearly));
        let q = scan("About 1 in 10 homes are at risk.", &ctx());
        assert_eq!(q[0].approx, Some(super::Approx::About));
        assert_eq!(q[0].low(), Some(&Value::Number(7.0)));
        // "edged up to 4.1%" is a change to 4.1%; "cut up to 500 jobs" is at most 500.
        let q = scan("The jobless rate edged up to 4.1%.", &ctx());
        assert_eq!((q[0].text.as_str(), q[0].approx), ("4.1%", None));
        let q = scan("The firm will cut up to 500 jobs.", &ctx());
        assert_eq!(q[0].approx, Some(super::Approx::AtMost));
    }

    #[test]
    fn numbers_in_names_labels_and_codes() {
        none("Troops from the 82nd Airborne Division were deployed.");
        none("The 14th Amendment applies here.");
        none("Chapter 11 protection allows the airline to keep flying.");
        none("The ZIP code 10001 covers parts of Midtown Manhattan.");
        none("Platform 9¾ at King's Cross draws long queues.");
        none("The Ocean's Eleven sequel was filmed in Las Vegas.");
        none("A rigid 4-4-2 formation left the midfield outnumbered.");
        none("Savers can move money into a 401(k) plan.");
        none("Neighbours said the suspect lived at 742 Evergreen Terrace.");
        // Ranks, scores and mixed numbers outside names stay.
        assert_eq!(
            all("He finished 82nd in the race.")[0].1,
            QuantityKind::Ordinal
        );
        assert_eq!(all("She was the first Army officer to speak.").len(), 1);
        assert_eq!(all("Arsenal won 3-1.").len(), 2);
        assert_eq!(all("It took 2 1/2 hours.")[0].2, "9000");
    }

    #[test]
    fn metric_units_of_a_list_are_not_one_compound() {
        // "6ft 2in", "3 years, 2 months" add up; decimal prefixes of one unit do not:
        // "2 GW, 800 MW and 450 MW" lists three capacities.
        let q = all("Capacity at the sites is 2 GW, 800 MW and 450 MW respectively.");
        let texts: Vec<&str> = q.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(texts, ["2 GW", "800 MW", "450 MW"]);
        assert_eq!(all("The course is 3 km, 400 m of it uphill.")[0].0, "3 km");
        assert_eq!(all("He stands 6ft 2in tall.")[0].0, "6ft 2in");
        assert_eq!(
            all("She served 3 years, 2 months in jail.")[0].0,
            "3 years, 2 months"
        );
    }

    #[test]
    fn trillions_after_a_currency_and_fractions_of_something() {
        let q = all("The fund manages $1.2T in assets.");
        assert_eq!(
            (q[0].0.as_str(), q[0].2.as_str()),
            ("$1.2T", "1200000000000")
        );
        // Without money a capital glued to digits is a name or a code.
        none("Hospitals bought a 3T scanner.");
        // Any denominator when "of" follows; the short list of denominators otherwise.
        let q = scan("It is about 1/40 of the wavelength of red light.", &ctx());
        assert_eq!(q[0].text, "about 1/40");
        assert_eq!(q[0].value, Some(Value::Number(0.025)));
        none("Staff work 24/7 at the centre.");
    }

    #[test]
    fn small_scales_radiation_yield_and_sound() {
        let unit = |text: &str| {
            let q = scan(text, &ctx());
            assert_eq!(q.len(), 1, "{text}: {q:?}");
            (
                q[0].text.to_string(),
                q[0].value
                    .as_ref()
                    .and_then(Value::as_f64)
                    .unwrap_or(f64::NAN),
                q[0].unit().unwrap_or("").to_string(),
            )
        };
        let close = |(t, v, u): (String, f64, String), want: (&str, f64, &str)| {
            assert_eq!((t.as_str(), u.as_str()), (want.0, want.2));
            assert!(
                (v - want.1).abs() <= 1e-9 * want.1.abs(),
                "{t}: {v} != {}",
                want.1
            );
        };
        close(
            unit("The fibres are just 40 nanometres thick."),
            ("40 nanometres", 4e-8, "m"),
        );
        close(
            unit("Chips built at 3 nm are in demand."),
            ("3 nm", 3e-9, "m"),
        );
        close(
            unit("Fine particles of 2.5 µm lodge in the lungs."),
            ("2.5 µm", 2.5e-6, "m"),
        );
        close(
            unit("A dose of 250 micrograms was given."),
            ("250 micrograms", 2.5e-7, "kg"),
        );
        close(
            unit("The bomb had a yield of 15 kilotons."),
            ("15 kilotons", 1.5e7, "kg"),
        );
        close(
            unit("Readings reached 12 millisieverts."),
            ("12 millisieverts", 0.012, "Sv"),
        );
        close(
            unit("Noise peaked at 95 decibels."),
            ("95 decibels", 95.0, "dB"),
        );
        close(
            unit("The grid can deliver 1.2 terawatts."),
            ("1.2 terawatts", 1.2e12, "W"),
        );
    }
}
