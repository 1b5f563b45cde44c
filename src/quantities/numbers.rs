//! Numbers: the value of a number written in digits, words or both, with its sign,
//! fraction and scale ("-5", "1,000", "twenty-one", "three hundred and forty-two",
//! "two and a half", "2½", "2 1/2", "two-thirds", "3.5 million", "2.3m", "half a
//! million", "13 lakh"), and the rounding unit it was written to (the place value of
//! its last significant digit), from which qualifier intervals are derived.

use super::lexicon::{NumClass, Payload, wc};
use super::tokenize::{Kind, POW10, Token};

/// A number read from tokens `a..b`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Core {
    pub a: usize,
    pub b: usize,
    pub value: f64,
    /// Rounding unit: "2,500" → 100, "2,537" → 1, "3.5" → 0.1, "two and a half" → 0.5.
    pub u: f64,
    pub ordinal: bool,
    /// A pure fraction: "two-thirds", "a quarter", "3/4".
    pub fraction: bool,
    /// Spelled (at least partly) in words.
    pub words: bool,
    /// A scale word or abbreviation was applied ("million", "bn", "lakh").
    pub scaled: bool,
    /// The factor of that scale (1 when none): "3.5 million" → 1e6.
    pub scale: f64,
    /// One digit run and nothing else: candidates for years, names and codes.
    pub bare: bool,
    /// The single word "one", which may be a pronoun.
    pub one_word: bool,
}

/// The number class of a single word token.
pub(crate) fn num_word(t: &Token<'_>) -> Option<(NumClass, f64)> {
    if t.kind != Kind::Word {
        return None;
    }
    t.lex().iter().find_map(|e| match e.payload {
        Payload::Num(c, v) if e.rest.is_empty() => Some((c, v)),
        _ => None,
    })
}

/// Word-class bits of a single token.
pub(crate) fn word_bits(t: &Token<'_>) -> u32 {
    t.lex()
        .iter()
        .filter(|e| e.rest.is_empty())
        .map(|e| match e.payload {
            Payload::Word(b) => b,
            _ => 0,
        })
        .fold(0, |a, b| a | b)
}

fn is_article(t: &Token<'_>) -> bool {
    t.is_word("a") || t.is_word("an")
}

/// Index of the next token after `k`, skipping one hyphen that joins words without
/// spaces ("two-and-a-half-hour").
pub(crate) fn skip_join(t: &[Token<'_>], k: usize) -> usize {
    if k + 1 < t.len() && t[k].is_punct('-') && !t[k].space && !t[k + 1].space {
        k + 1
    } else {
        k
    }
}

/// `10f64.powi(k)` from a table: `powi` multiplies powers of ten, which are exact up to
/// 10^22, so the table holds the same values (a test checks), without the call.
fn pow10(k: u8) -> f64 {
    POW10
        .get(usize::from(k))
        .copied()
        .unwrap_or_else(|| 10f64.powi(i32::from(k)))
}

/// `10f64.powi(-k)`: `powi` takes the reciprocal of the positive power.
fn neg_pow10(k: u8) -> f64 {
    match POW10.get(usize::from(k)) {
        Some(p) => 1.0 / p,
        None => 10f64.powi(-i32::from(k)),
    }
}

/// Place value of the last significant digit of an integer value: 2500 → 100.
pub(crate) fn int_round_unit(v: f64) -> f64 {
    let v = v.abs();
    if v == 0.0 || v.fract() != 0.0 || v > 1e18 {
        return 1.0;
    }
    let mut n = v as u64;
    let mut u = 1.0;
    while n >= 10 && n.is_multiple_of(10) {
        n /= 10;
        u *= 10.0;
    }
    u
}

/// A fraction glyph: "½" → 0.5 (with its rounding unit).
pub(crate) fn glyph(s: &str) -> Option<(f64, f64)> {
    Some(match s {
        "½" => (0.5, 0.5),
        "¼" => (0.25, 0.25),
        "¾" => (0.75, 0.25),
        "⅓" => (1.0 / 3.0, 1.0 / 3.0),
        "⅔" => (2.0 / 3.0, 1.0 / 3.0),
        "⅛" => (0.125, 0.125),
        "⅕" => (0.2, 0.2),
        _ => return None,
    })
}

/// A scale at `k`: "million", "bn", attached "m", and compounds such as "lakh crore";
/// returns the factor and the next index. `money`: a currency symbol came before the
/// number, which makes "$5M" and "€88m" millions.
pub(crate) fn scale_at(t: &[Token<'_>], k: usize, money: bool) -> Option<(f64, usize)> {
    let (v, mut next) = one_scale(t, k, money)?;
    let mut v = v;
    // "2.52 lakh crore", "10 thousand crore": a larger scale multiplies.
    if let Some((v2, n2)) = one_scale(t, next, money).filter(|(v2, _)| *v2 > v) {
        v *= v2;
        next = n2;
    }
    Some((v, next))
}

fn one_scale(t: &[Token<'_>], k: usize, money: bool) -> Option<(f64, usize)> {
    let tk = t.get(k)?;
    if tk.kind != Kind::Word {
        return None;
    }
    for e in tk.lex() {
        let v = match e.payload {
            Payload::Scale(v) => v,
            Payload::Num(NumClass::Scale | NumClass::Hundred, v) => v,
            _ => continue,
        };
        if !e.rest.is_empty() || (e.attached && tk.space) || !e.first_ok(tk.text) {
            continue;
        }
        // "3M", "5G": capital letters glued to digits are names unless money came first.
        if e.exact.is_some() && !money {
            continue;
        }
        if tk.text.len() == 1 && tk.text.chars().all(|c| c.is_ascii_uppercase()) && !money {
            continue;
        }
        if tk.text == "m" && !money && !million_context(t, k) {
            // "a 10m-high wall", "the 100m sprint", "rose 2.3m in": metres.
            continue;
        }
        return Some((v, k + 1));
    }
    None
}

/// After a digit-attached "m" with no currency: does the context say million? A noun
/// follows ("2.3m people", "1.5m tonnes") or "of"; metres when a dimension word follows
/// ("10m-high", "100m sprint") or a preposition ("rose 2.3m in the town centre"). In
/// "between 1.2m and 1.5m tonnes" the first "m" is read like the second.
fn million_context(t: &[Token<'_>], k: usize) -> bool {
    let n = skip_join(t, k + 1);
    let Some(x) = t.get(n) else {
        return k >= 2 && t[k - 2].is_word("of");
    };
    let bits = word_bits(x);
    if bits & wc::METRE != 0 {
        return false;
    }
    if (x.is_word("and") || x.is_word("to") || x.is_word("or") || x.is_dash())
        && t.get(n + 1).is_some_and(|d| d.kind == Kind::Num)
        && t.get(n + 2).is_some_and(|m| m.text == "m" && !m.space)
    {
        return million_context(t, n + 2);
    }
    if x.is_word("of") {
        return true;
    }
    if x.kind == Kind::Word && bits & (wc::FN | wc::VERB) == 0 {
        // "2.3m people", "1.5m Gazans"
        return true;
    }
    if x.kind == Kind::Punct && !x.is_punct('-') {
        return k >= 2 && t[k - 2].is_word("of");
    }
    false
}

/// "and a half", "and a quarter", "and three quarters" (hyphens allowed) at `k`.
fn and_fraction(t: &[Token<'_>], k: usize) -> Option<(f64, f64, usize)> {
    let k = skip_join(t, k);
    if !t.get(k)?.is_word("and") {
        return None;
    }
    let k1 = skip_join(t, k + 1);
    let num = t.get(k1)?;
    let k2 = skip_join(t, k1 + 1);
    let den = t.get(k2)?;
    let n = if is_article(num) {
        1.0
    } else {
        match num_word(num)? {
            (NumClass::Unit, v) => v,
            _ => return None,
        }
    };
    let d = match num_word(den)? {
        (NumClass::Frac, d) => d,
        (NumClass::OrdUnit, d) if n == 1.0 && d >= 3.0 => d,
        _ => return None,
    };
    if n >= d {
        return None;
    }
    Some((n / d, 1.0 / d, k2 + 1))
}

/// Reads a number starting at token `i`.
pub(crate) fn parse_core(t: &[Token<'_>], i: usize) -> Option<Core> {
    let first = t.get(i)?;
    let mut j = i;
    let mut neg = false;
    if (first.text == "-" || first.text == "−")
        && t.get(i + 1)
            .is_some_and(|n| n.kind == Kind::Num && !n.space)
        && (first.space || i == 0 || t[i - 1].is_punct('('))
    {
        // "-5", "from -18 °C": a minus sign after a space, attached to the digits.
        neg = true;
        j += 1;
    } else if first.is_word("minus") && t.get(i + 1).is_some_and(|n| n.kind == Kind::Num) {
        neg = true;
        j += 1;
    }
    let mut core = if t[j].kind == Kind::Num {
        digits_core(t, j)?
    } else if neg {
        return None;
    } else if let Some((value, u)) = glyph(t[j].text)
        .filter(|_| t[j].kind == Kind::Punct && (j == 0 || t[j - 1].kind != Kind::Num))
    {
        // A glyph standing alone: "about ¾ of the harvest", "a ½-mile stretch". After
        // digits ("2½") it is read with them, and when they are no quantity ("Platform
        // 9¾") neither is the glyph.
        Core {
            a: j,
            b: j + 1,
            value,
            u,
            ordinal: false,
            fraction: true,
            words: false,
            scaled: false,
            scale: 1.0,
            bare: false,
            one_word: false,
        }
    } else {
        words_core(t, j)?
    };
    core.a = i;
    if neg {
        core.value = -core.value;
        core.bare = false;
    }
    Some(core)
}

/// Whether a currency symbol or code stands right before token `j` ("$5M").
fn money_before(t: &[Token<'_>], j: usize) -> bool {
    j > 0
        && t[j - 1].lex().iter().any(|e| {
            e.rest.is_empty()
                && e.first_ok(t[j - 1].text)
                && matches!(e.payload, Payload::Currency(c) if c.pre)
        })
}

fn digits_core(t: &[Token<'_>], j: usize) -> Option<Core> {
    let n = t[j].num;
    let money = money_before(t, j);
    if n.lead_zero {
        return None;
    }
    let mut value = n.value;
    let mut u = if n.decimals > 0 {
        neg_pow10(n.decimals)
    } else {
        pow10(n.trailing_zeros)
    };
    let mut k = j + 1;
    let mut bare = true;
    let mut fraction = false;
    let mut ordinal = false;
    let next = t.get(k);
    if let Some((f, fu)) = next.filter(|x| !x.space).and_then(|x| glyph(x.text)) {
        value += f;
        u = fu;
        k += 1;
        bare = false;
    } else if n.decimals == 0
        && k + 2 < t.len()
        && t[k].kind == Kind::Num
        && t[k].space
        && t[k + 1].is_punct('/')
        && !t[k + 1].space
        && t[k + 2].kind == Kind::Num
        && !t[k + 2].space
        && valid_fraction(t[k].num.value, t[k + 2].num.value)
        && !t.get(k + 3).is_some_and(|x| x.is_punct('/'))
    {
        // "2 1/2"
        value += t[k].num.value / t[k + 2].num.value;
        u = 1.0 / t[k + 2].num.value;
        k += 3;
        bare = false;
    } else if next.is_some_and(|x| x.is_punct('/') && !x.space)
        && t.get(k + 1)
            .is_some_and(|x| x.kind == Kind::Num && !x.space)
    {
        let den = t[k + 1].num.value;
        if n.decimals == 0
            && t[k + 1].num.decimals == 0
            && (valid_fraction(value, den) || fraction_of(t, k + 2, value, den))
            && !t
                .get(k + 2)
                .is_some_and(|x| x.is_punct('/') || x.kind == Kind::Num)
        {
            // "3/4"
            value /= den;
            u = 1.0 / den;
            fraction = true;
            k += 2;
            bare = false;
        } else {
            // "24/7", "9/11", "50/50": not a quantity.
            return None;
        }
    } else if next.is_some_and(|x| x.kind == Kind::Word && !x.space)
        && n.decimals == 0
        && is_ordinal_suffix(value, t[k].text)
    {
        ordinal = true;
        k += 1;
        bare = false;
    }
    if !ordinal
        && !fraction
        && let Some((f, fu, k2)) = and_fraction(t, k)
    {
        value += f;
        u = fu;
        k = k2;
        bare = false;
    }
    let mut scaled = false;
    let mut scale = 1.0;
    // "The 4.5-billion-year-old meteorite", "a 1.5-million-strong union": a scale word
    // hyphenated into a compound adjective.
    if !ordinal
        && !fraction
        && t.get(k).is_some_and(|h| h.is_punct('-') && !h.space)
        && t.get(k + 1).is_some_and(|w| {
            !w.space && w.text.len() > 2 && matches!(num_word(w), Some((NumClass::Scale, _)))
        })
    {
        k += 1;
    }
    if !ordinal
        && !fraction
        && let Some((s, k2)) = scale_at(t, k, money)
    {
        value *= s;
        u *= s;
        k = k2;
        scaled = true;
        scale = s;
        bare = false;
    }
    Some(Core {
        a: j,
        b: k,
        value,
        u,
        ordinal,
        fraction,
        words: false,
        scaled,
        scale,
        bare,
        one_word: false,
    })
}

/// "about 1/40 of the wavelength", "1/100 of a second": any denominator makes a fraction
/// when "of" follows (at `k`), which a date ("1/12"), a score or "24/7" does not take.
fn fraction_of(t: &[Token<'_>], k: usize, num: f64, den: f64) -> bool {
    num >= 1.0
        && num < den
        && den.fract() == 0.0
        && t.get(k).is_some_and(|x| x.is_word("of") && x.space)
}

fn valid_fraction(num: f64, den: f64) -> bool {
    num >= 1.0
        && num < den
        && matches!(den as u32, 2 | 3 | 4 | 5 | 6 | 8 | 10 | 16)
        && den.fract() == 0.0
}

/// Whether `s` is an ordinal suffix ("st", "nd", "rd", "th") in any ASCII case: what
/// `matches!(s.to_ascii_lowercase().as_str(), …)` answers, without the copy (an
/// allocation per question).
pub(crate) fn is_ord_suffix(s: &str) -> bool {
    ["st", "nd", "rd", "th"]
        .iter()
        .any(|x| s.eq_ignore_ascii_case(x))
}

fn is_ordinal_suffix(v: f64, s: &str) -> bool {
    let n = v as u64;
    let want = match (n % 100, n % 10) {
        (11..=13, _) => "th",
        (_, 1) => "st",
        (_, 2) => "nd",
        (_, 3) => "rd",
        _ => "th",
    };
    // Accept a wrong suffix too ("22th"): the writer meant an ordinal.
    s.eq_ignore_ascii_case(want) || is_ord_suffix(s)
}

fn words_core(t: &[Token<'_>], j: usize) -> Option<Core> {
    let mut k = j;
    let mut article = false;
    let tk = &t[j];
    let core = |b: usize, value: f64, u: f64, fraction: bool| Core {
        a: j,
        b,
        value,
        u,
        ordinal: false,
        fraction,
        words: true,
        scaled: false,
        scale: 1.0,
        bare: false,
        one_word: false,
    };
    if is_article(tk) {
        let next = t.get(j + 1)?;
        match num_word(next) {
            Some((NumClass::Hundred | NumClass::Scale | NumClass::Dozen, _)) => {
                article = true;
                k = j + 1;
            }
            Some((NumClass::Frac, d)) if d <= 4.0 && !next.text.ends_with('s') => {
                // "A half-dozen fishing boats", "a half million people": half of the
                // dozen or scale word that follows.
                let k2 = skip_join(t, j + 2);
                if d == 2.0
                    && let Some((NumClass::Dozen | NumClass::Scale, s)) =
                        t.get(k2).and_then(num_word)
                {
                    let mut c = core(k2 + 1, s / 2.0, s / 2.0, false);
                    c.scaled = true;
                    c.scale = s;
                    return Some(c);
                }
                // "a half", "a quarter", "a quarter of a million".
                if let Some((s, b)) = of_a_scale(t, j + 2) {
                    let mut c = core(b, s / d, s / d, false);
                    c.scaled = true;
                    c.scale = s;
                    return Some(c);
                }
                return Some(core(j + 2, 1.0 / d, 1.0 / d, true));
            }
            Some((NumClass::OrdUnit | NumClass::OrdTeen, d)) if d >= 3.0 => {
                // "a third of voters" is a fraction, and so is "rose by a third in 2025"
                // (a preposition or conjunction after it: no noun for an ordinal); "a
                // third term" is an ordinal and is read from the ordinal word itself.
                let after = t.get(j + 2);
                if after.is_none_or(|x| {
                    x.kind == Kind::Punct
                        || [
                            "of", "in", "on", "at", "since", "from", "over", "to", "than", "and",
                            "or", "but", "while", "compared", "between", "within", "during",
                            "after", "before", "last", "this",
                        ]
                        .iter()
                        .any(|w| x.is_word(w))
                }) {
                    return Some(core(j + 2, 1.0 / d, 1.0 / d, true));
                }
                return None;
            }
            _ => {
                if next.is_word("couple") {
                    // "a couple of" (2)
                    let b = if t.get(j + 2).is_some_and(|x| x.is_word("of")) {
                        j + 3
                    } else {
                        j + 2
                    };
                    // "A couple of dozen volunteers", "a couple hundred metres": two of
                    // the dozen, hundred or scale word that follows.
                    if let Some((NumClass::Dozen | NumClass::Hundred | NumClass::Scale, s)) =
                        t.get(b).and_then(num_word)
                    {
                        let mut c = core(b + 1, 2.0 * s, s, false);
                        c.scaled = s >= 1000.0;
                        c.scale = if c.scaled { s } else { 1.0 };
                        return Some(c);
                    }
                    return Some(core(b, 2.0, 1.0, false));
                }
                return None;
            }
        }
    }
    if tk.is_word("half") {
        // "nearly half of all voters"
        if t.get(j + 1).is_some_and(|x| x.is_word("of")) {
            return Some(core(j + 1, 0.5, 0.5, true));
        }
        // "half a million", "half a dozen"
        if t.get(j + 1).is_some_and(is_article)
            && let Some((NumClass::Scale | NumClass::Dozen, s)) = t.get(j + 2).and_then(num_word)
        {
            let mut c = core(j + 3, s / 2.0, s / 2.0, false);
            c.scaled = true;
            c.scale = s;
            return Some(c);
        }
        return None;
    }
    let mut total = 0.0;
    let mut cur = 0.0;
    let mut last: Option<NumClass> = None;
    let mut any = false;
    let mut ordinal = false;
    let mut end = k;
    let mut p = k;
    let mut last_scale = f64::INFINITY;
    let mut first_class = None;
    while p < t.len() {
        let x = &t[p];
        if any
            && x.is_punct('-')
            && !x.space
            && last == Some(NumClass::Tens)
            && let Some((NumClass::Unit | NumClass::OrdUnit, _)) =
                t.get(p + 1).filter(|n| !n.space).and_then(num_word)
        {
            p += 1;
            continue;
        }
        if any
            && x.is_word("and")
            && matches!(last, Some(NumClass::Hundred | NumClass::Scale))
            && let Some((
                NumClass::Unit
                | NumClass::Teen
                | NumClass::Tens
                | NumClass::OrdUnit
                | NumClass::OrdTeen
                | NumClass::OrdTens,
                _,
            )) = t.get(p + 1).and_then(num_word)
        {
            p += 1;
            continue;
        }
        let Some((class, v)) = num_word(x) else {
            break;
        };
        if any && !x.space && !t[p - 1].is_punct('-') {
            break;
        }
        let after_small = matches!(last, None | Some(NumClass::Hundred | NumClass::Scale));
        match class {
            NumClass::Zero => {
                if any {
                    break;
                }
                any = true;
                end = p + 1;
                first_class = Some(class);
                break;
            }
            NumClass::Unit | NumClass::OrdUnit => {
                if !(after_small || last == Some(NumClass::Tens)) {
                    break;
                }
                cur += v;
            }
            NumClass::Teen | NumClass::Tens | NumClass::OrdTeen | NumClass::OrdTens => {
                if !after_small {
                    break;
                }
                cur += v;
            }
            NumClass::Hundred | NumClass::OrdHundred => {
                let ok = match last {
                    None => article || class == NumClass::OrdHundred,
                    Some(l) => matches!(l, NumClass::Unit | NumClass::Teen | NumClass::Tens),
                };
                if !ok {
                    break;
                }
                cur = cur.max(1.0) * 100.0;
            }
            NumClass::Scale | NumClass::OrdScale => {
                if (!any && !article && class != NumClass::OrdScale) || v >= last_scale {
                    break;
                }
                total += cur.max(1.0) * v;
                cur = 0.0;
                last_scale = v;
            }
            NumClass::Dozen => {
                if !(any || article) || last == Some(NumClass::Dozen) {
                    break;
                }
                cur = cur.max(1.0) * 12.0;
            }
            NumClass::Frac => break,
        }
        if first_class.is_none() {
            first_class = Some(class);
        }
        any = true;
        p += 1;
        end = p;
        if matches!(
            class,
            NumClass::OrdUnit
                | NumClass::OrdTeen
                | NumClass::OrdTens
                | NumClass::OrdHundred
                | NumClass::OrdScale
        ) {
            ordinal = true;
            break;
        }
        last = Some(match class {
            NumClass::Dozen => NumClass::Hundred,
            c => c,
        });
    }
    if !any {
        return None;
    }
    let mut value = total + cur;
    let mut u = int_round_unit(value);
    let mut fraction = false;
    let mut scaled = false;
    let mut scale = if last_scale.is_finite() {
        last_scale
    } else {
        1.0
    };
    let start = if article { j } else { k };
    if !ordinal {
        // "two thirds", "two-thirds", "three quarters", "one fifth".
        let q = skip_join(t, end);
        if let Some(x) = t.get(q)
            && let Some((c, d)) = num_word(x)
        {
            let plural = x.text.ends_with('s');
            let small = value >= 1.0 && value < d && total == 0.0;
            let is_frac = match c {
                NumClass::Frac => small && (plural || value == 1.0),
                NumClass::OrdUnit | NumClass::OrdTeen | NumClass::OrdTens => {
                    small && value == 1.0 && d >= 3.0 && !t[k].is_word("a")
                }
                _ => false,
            } || (small && plural && matches!(c, NumClass::Frac));
            if is_frac {
                value /= d;
                u = 1.0 / d;
                fraction = true;
                end = q + 1;
                // "three-quarters of a million"
                if let Some((s, b)) = of_a_scale(t, end) {
                    value *= s;
                    u *= s;
                    fraction = false;
                    scaled = true;
                    scale = s;
                    end = b;
                }
            }
        }
        if !fraction {
            if let Some((f, fu, k2)) = and_fraction(t, end) {
                value += f;
                u = fu;
                end = k2;
            }
            if last_scale.is_infinite()
                && let Some((s, k2)) = scale_at(t, end, true).filter(|_| {
                    // Only full scale words after number words: "two million", not
                    // "two m".
                    t[end].text.len() > 2
                })
            {
                value *= s;
                u *= s;
                end = k2;
                scaled = true;
                scale = s;
            }
        }
    }
    let one_word = !article && end == k + 1 && value == 1.0 && !ordinal && !fraction;
    let _ = first_class;
    Some(Core {
        a: start,
        b: end,
        value,
        u,
        ordinal,
        fraction,
        words: true,
        scaled: scaled || total > 0.0,
        scale,
        bare: false,
        one_word,
    })
}

/// "of a million" after "a quarter": the scale and the next index.
fn of_a_scale(t: &[Token<'_>], k: usize) -> Option<(f64, usize)> {
    if t.get(k)?.is_word("of")
        && is_article(t.get(k + 1)?)
        && let Some((NumClass::Scale, s)) = num_word(t.get(k + 2)?)
    {
        return Some((s, k + 3));
    }
    None
}

/// Formats a number with thousands separators, as news text writes it: 1234.5 →
/// "1,234.5". [`scan`](super::scan) reads it back to the same value.
pub fn format_number(v: f64) -> String {
    let s = format!("{}", v.abs());
    let (int, frac) = match s.split_once('.') {
        Some((a, b)) => (a, Some(b)),
        None => (s.as_str(), None),
    };
    let mut out = String::with_capacity(s.len() + s.len() / 3 + 2);
    if v < 0.0 {
        out.push('-');
    }
    let n = int.len();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (n - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out
}

/// Spells a whole number in British news style: 342 → "three hundred and forty-two".
pub fn number_to_words(n: u64) -> String {
    const UNITS: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 10] = [
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    fn below_thousand(n: u64, out: &mut Vec<String>, and: bool) {
        let h = n / 100;
        let r = n % 100;
        if h > 0 {
            out.push(format!("{} hundred", UNITS[h as usize]));
        }
        if r > 0 {
            if h > 0 || and {
                out.push("and".into());
            }
            if r < 20 {
                out.push(UNITS[r as usize].into());
            } else if r.is_multiple_of(10) {
                out.push(TENS[(r / 10) as usize].into());
            } else {
                out.push(format!(
                    "{}-{}",
                    TENS[(r / 10) as usize],
                    UNITS[(r % 10) as usize]
                ));
            }
        }
    }
    if n == 0 {
        return "zero".into();
    }
    let scales = [
        (1_000_000_000_000u64, "trillion"),
        (1_000_000_000, "billion"),
        (1_000_000, "million"),
        (1_000, "thousand"),
    ];
    let mut out = Vec::new();
    let mut rest = n;
    for (s, name) in scales {
        if rest >= s {
            below_thousand(rest / s, &mut out, false);
            out.push(name.into());
            rest %= s;
        }
    }
    if rest > 0 {
        let and = !out.is_empty();
        below_thousand(rest, &mut out, and);
    }
    out.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quantities::tokenize::tokenize;

    #[test]
    fn table_powers_of_ten_are_powi() {
        for k in 0..=255u8 {
            assert_eq!(
                pow10(k).to_bits(),
                10f64.powi(i32::from(k)).to_bits(),
                "{k}"
            );
            assert_eq!(
                neg_pow10(k).to_bits(),
                10f64.powi(-i32::from(k)).to_bits(),
                "{k}"
            );
        }
    }

    fn core(s: &str) -> Option<(f64, f64, usize)> {
        let t = tokenize(s);
        parse_core(&t, 0).map(|c| (c.value, c.u, c.b))
    }

    #[test]
    fn digits() {
        assert_eq!(core("1,000").map(|c| c.0), Some(1000.0));
        assert_eq!(core("2,500").map(|c| c.1), Some(100.0));
        assert_eq!(core("2,537").map(|c| c.1), Some(1.0));
        assert_eq!(core("-5").map(|c| c.0), Some(-5.0));
        assert_eq!(core("3.5 million").map(|c| c.0), Some(3_500_000.0));
        assert_eq!(core("2.3m people").map(|c| c.0), Some(2_300_000.0));
        assert_eq!(core("1.2bn").map(|c| c.0), Some(1_200_000_000.0));
        assert_eq!(core("10 bln").map(|c| c.0), Some(10_000_000_000.0));
        assert_eq!(core("13 lakh").map(|c| c.0), Some(1_300_000.0));
        assert_eq!(core("1 crore").map(|c| c.0), Some(10_000_000.0));
    }

    #[test]
    fn metres_are_not_millions() {
        assert_eq!(core("10m-high wall").map(|c| c.0), Some(10.0));
        assert_eq!(core("100m sprint").map(|c| c.0), Some(100.0));
    }

    #[test]
    fn fractions_and_mixed_numbers() {
        assert_eq!(core("2 1/2").map(|c| c.0), Some(2.5));
        assert_eq!(core("2½").map(|c| c.0), Some(2.5));
        assert_eq!(core("3/4").map(|c| c.0), Some(0.75));
        assert_eq!(core("24/7"), None);
        assert_eq!(core("two and a half").map(|c| (c.0, c.1)), Some((2.5, 0.5)));
        assert_eq!(core("three quarters").map(|c| c.0), Some(0.75));
        assert_eq!(core("two-thirds").map(|c| c.0), Some(2.0 / 3.0));
        assert_eq!(core("a third of voters").map(|c| c.0), Some(1.0 / 3.0));
        assert_eq!(
            core("one and a half million").map(|c| c.0),
            Some(1_500_000.0)
        );
        assert_eq!(core("two-and-a-half").map(|c| c.0), Some(2.5));
    }

    #[test]
    fn words() {
        assert_eq!(core("eight").map(|c| c.0), Some(8.0));
        assert_eq!(core("twenty-one").map(|c| c.0), Some(21.0));
        assert_eq!(
            core("three hundred and forty-two").map(|c| c.0),
            Some(342.0)
        );
        assert_eq!(core("a dozen").map(|c| c.0), Some(12.0));
        assert_eq!(core("a couple of").map(|c| c.0), Some(2.0));
        assert_eq!(core("a couple of dozen").map(|c| c.0), Some(24.0));
        assert_eq!(core("a couple hundred").map(|c| c.0), Some(200.0));
        assert_eq!(core("a couple of million").map(|c| c.0), Some(2_000_000.0));
        assert_eq!(core("a half-dozen").map(|c| c.0), Some(6.0));
        assert_eq!(core("a half million").map(|c| c.0), Some(500_000.0));
        assert_eq!(core("a half").map(|c| c.0), Some(0.5));
        assert_eq!(core("half a million").map(|c| c.0), Some(500_000.0));
        assert_eq!(core("two million").map(|c| c.0), Some(2_000_000.0));
        assert_eq!(core("a hundred").map(|c| c.0), Some(100.0));
        assert_eq!(core("five four").map(|c| c.2), Some(1));
    }

    #[test]
    fn ordinals() {
        let t = tokenize("twenty-first");
        let c = parse_core(&t, 0).expect("ordinal");
        assert!(c.ordinal);
        assert_eq!(c.value, 21.0);
        let t = tokenize("8th");
        let c = parse_core(&t, 0).expect("ordinal");
        assert!(c.ordinal);
        assert_eq!(c.value, 8.0);
    }

    #[test]
    fn formatting() {
        assert_eq!(format_number(1234.5), "1,234.5");
        assert_eq!(format_number(-1_000_000.0), "-1,000,000");
        assert_eq!(number_to_words(342), "three hundred and forty-two");
        assert_eq!(number_to_words(2_000_021), "two million and twenty-one");
    }
}
