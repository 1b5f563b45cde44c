//! A deterministic, seeded generator of synthetic news reports, for the benchmarks and
//! `examples/gen_corpus.rs`.
//!
//! Each event gets its own cast (names, titles, roles, countries), facts with quantities
//! (counts, percentages, money, distances, durations, dates, weekdays, clock times) and
//! quotes. Each report of an event is written in one outlet style (wire, tabloid, state
//! media, regional, aggregator, live blog, broadcaster) and re-words what it carries:
//! attribution patterns, quote forms (full, split, partial, with curly or straight marks),
//! first and later mentions (titles, appositions, surnames, honorifics, role nouns,
//! pronouns), number and date formats. Some reports also change what they carry — a
//! different number, a negation, another speaker, a hedging verb, a shortened or re-worded
//! quote — so that a comparison finds real agreements and real conflicts.
//!
//! Everything is driven by a SplitMix64 generator seeded from `(seed, event, report)`, so a
//! seed gives byte-identical output, and the first N reports of an event do not depend on
//! how many reports are asked for. All people, towns, outlets and quotes are invented;
//! countries are real so that demonyms ("the Polish leader") mean something.

// The benches use only parts of this module.
#![allow(dead_code)]

use chrono::{Datelike, Days, NaiveDate};

// ---------------------------------------------------------------------------------------
// Random numbers

/// SplitMix64: small, fast, and good enough for picking words.
#[derive(Debug, Clone)]
pub struct Rng {
    state: u64,
}

impl Rng {
    /// A generator started at `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng { state: seed }
    }

    /// A generator for one `(seed, a, b)` stream, independent of the others.
    pub fn derive(seed: u64, a: u64, b: u64) -> Rng {
        let mut r = Rng::new(seed ^ 0x5EED_C1A1_D1FF_0000);
        let x = r.next_u64() ^ a.wrapping_mul(0xA076_1D64_78BD_642F);
        let mut r = Rng::new(x);
        let y = r.next_u64() ^ b.wrapping_mul(0xE703_7ED1_A0B4_28DB);
        Rng::new(y)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        ((self.next_u64() as u128 * n as u128) >> 64) as usize
    }

    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.below((hi - lo + 1) as usize) as u64
    }

    /// Uniform in `lo..=hi`, a multiple of `step`.
    pub fn step(&mut self, lo: u64, hi: u64, step: u64) -> u64 {
        lo + step * self.range(0, (hi - lo) / step)
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        ((self.next_u64() >> 11) as f64) * (1.0 / (1u64 << 53) as f64) < p
    }

    /// One element.
    pub fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }

    /// Fisher–Yates.
    pub fn shuffle<T>(&mut self, xs: &mut [T]) {
        for i in (1..xs.len()).rev() {
            let j = self.below(i + 1);
            xs.swap(i, j);
        }
    }
}

// ---------------------------------------------------------------------------------------
// Word lists

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cur {
    Eur,
    Usd,
    Gbp,
    Local(&'static str),
}

#[derive(Debug)]
struct Country {
    name: &'static str,
    adj: &'static str,
    capital: &'static str,
    leader: &'static str,
    cur: Cur,
}

const fn c(
    name: &'static str,
    adj: &'static str,
    capital: &'static str,
    leader: &'static str,
    cur: Cur,
) -> Country {
    Country {
        name,
        adj,
        capital,
        leader,
        cur,
    }
}

const COUNTRIES: &[Country] = &[
    c(
        "Poland",
        "Polish",
        "Warsaw",
        "President",
        Cur::Local("zlotys"),
    ),
    c(
        "Hungary",
        "Hungarian",
        "Budapest",
        "Prime Minister",
        Cur::Local("forints"),
    ),
    c(
        "Romania",
        "Romanian",
        "Bucharest",
        "President",
        Cur::Local("lei"),
    ),
    c("Greece", "Greek", "Athens", "Prime Minister", Cur::Eur),
    c(
        "Norway",
        "Norwegian",
        "Oslo",
        "Prime Minister",
        Cur::Local("kroner"),
    ),
    c("Chile", "Chilean", "Santiago", "President", Cur::Usd),
    c(
        "Kenya",
        "Kenyan",
        "Nairobi",
        "President",
        Cur::Local("shillings"),
    ),
    c(
        "Japan",
        "Japanese",
        "Tokyo",
        "Prime Minister",
        Cur::Local("yen"),
    ),
    c("Canada", "Canadian", "Ottawa", "Prime Minister", Cur::Usd),
    c(
        "Turkey",
        "Turkish",
        "Ankara",
        "President",
        Cur::Local("lira"),
    ),
    c(
        "Portugal",
        "Portuguese",
        "Lisbon",
        "Prime Minister",
        Cur::Eur,
    ),
    c("Peru", "Peruvian", "Lima", "President", Cur::Usd),
    c("Indonesia", "Indonesian", "Jakarta", "President", Cur::Usd),
    c(
        "Morocco",
        "Moroccan",
        "Rabat",
        "Prime Minister",
        Cur::Local("dirhams"),
    ),
    c("Finland", "Finnish", "Helsinki", "President", Cur::Eur),
    c("Austria", "Austrian", "Vienna", "Chancellor", Cur::Eur),
    c(
        "Sweden",
        "Swedish",
        "Stockholm",
        "Prime Minister",
        Cur::Local("kronor"),
    ),
    c("Mexico", "Mexican", "Mexico City", "President", Cur::Usd),
    c(
        "Georgia",
        "Georgian",
        "Tbilisi",
        "Prime Minister",
        Cur::Local("lari"),
    ),
    c(
        "Serbia",
        "Serbian",
        "Belgrade",
        "President",
        Cur::Local("dinars"),
    ),
    c("Ireland", "Irish", "Dublin", "Prime Minister", Cur::Eur),
    c(
        "Australia",
        "Australian",
        "Canberra",
        "Prime Minister",
        Cur::Usd,
    ),
    c("Britain", "British", "London", "Prime Minister", Cur::Gbp),
    c(
        "Czech Republic",
        "Czech",
        "Prague",
        "Prime Minister",
        Cur::Local("koruna"),
    ),
];

const MALE: &[&str] = &[
    "Tomas",
    "Pavel",
    "Andrei",
    "Marek",
    "Jan",
    "Lukas",
    "Dragan",
    "Stefan",
    "Mikael",
    "Jonas",
    "Henrik",
    "Carlos",
    "Mateo",
    "Diego",
    "Kenji",
    "Hiroshi",
    "Omar",
    "Yusuf",
    "Daniel",
    "Richard",
    "Peter",
    "Viktor",
    "Ivan",
    "Dmitry",
    "Sergei",
    "Yury",
    "Nikolai",
    "Emil",
    "Oskar",
    "Felipe",
    "Rafael",
    "Adrian",
    "Karim",
    "Samuel",
    "Aleksander",
    "Mehmet",
    "Anders",
    "Tobias",
    "Luis",
    "Arturo",
];

const FEMALE: &[&str] = &[
    "Lena",
    "Marta",
    "Ilona",
    "Petra",
    "Anna",
    "Oksana",
    "Amira",
    "Sofia",
    "Elena",
    "Katarina",
    "Ingrid",
    "Camila",
    "Lucia",
    "Yuki",
    "Aiko",
    "Fatima",
    "Leila",
    "Sarah",
    "Karoline",
    "Dana",
    "Fiona",
    "Sian",
    "Eva",
    "Olga",
    "Natalia",
    "Irina",
    "Maria",
    "Julia",
    "Helena",
    "Agnieszka",
    "Zeynep",
    "Ayse",
    "Carmen",
    "Valentina",
    "Nora",
    "Astrid",
    "Mei",
    "Priya",
    "Grace",
    "Wanjiru",
];

const FAMILY: &[&str] = &[
    "Havel",
    "Sorensen",
    "Petrovic",
    "Brenner",
    "Haddad",
    "Moreau",
    "Valenta",
    "Kessler",
    "Orlov",
    "Kowalski",
    "Nowak",
    "Horvath",
    "Novak",
    "Papadakis",
    "Lindqvist",
    "Haugen",
    "Castillo",
    "Fuentes",
    "Tanaka",
    "Sato",
    "Kaya",
    "Demir",
    "Ochieng",
    "Kamau",
    "Silva",
    "Costa",
    "Mendes",
    "Virtanen",
    "Gruber",
    "Bauer",
    "Eriksson",
    "Lopez",
    "Reyes",
    "Santos",
    "Beridze",
    "Jovanovic",
    "Murphy",
    "Byrne",
    "Dvorak",
    "Walsh",
    "Hale",
    "Pike",
    "Whitfield",
    "Melnyk",
    "Petrenko",
    "Kovalenko",
    "Marin",
    "Ionescu",
    "Popescu",
    "Vargas",
    "Rojas",
    "Nakamura",
    "Aziz",
    "Benali",
    "Mwangi",
    "Otieno",
    "Nilsen",
    "Lund",
    "Holm",
    "Keller",
    "Fischer",
    "Richter",
    "Wagner",
    "Vogel",
    "Szabo",
    "Lazar",
    "Andersen",
    "Okafor",
    "Mancini",
    "Ferrante",
];

/// Spellings that some outlets use instead (transliterations, diacritics).
const VARIANTS: &[(&str, &str)] = &[
    ("Petrovic", "Petrović"),
    ("Sorensen", "Sørensen"),
    ("Jovanovic", "Jovanović"),
    ("Orlov", "Orloff"),
    ("Melnyk", "Melnik"),
    ("Kovalenko", "Kowalenko"),
    ("Horvath", "Horváth"),
    ("Dvorak", "Dvořák"),
    ("Szabo", "Szabó"),
    ("Yury", "Yuri"),
    ("Dmitry", "Dmitri"),
    ("Sergei", "Sergey"),
    ("Aleksander", "Alexander"),
    ("Ayse", "Ayşe"),
    ("Oksana", "Oxana"),
];

const TOWN_HEAD: &[&str] = &[
    "Var", "Ost", "Bel", "Kar", "Dun", "Mir", "Sol", "Tor", "Len", "Brav", "Kos", "Vel", "Dor",
    "Zan", "Hal", "Pet", "Rud", "Sel", "Nov", "Gran",
];
const TOWN_TAIL: &[&str] = &[
    "da", "en", "ova", "ica", "grad", "heim", "ford", "mar", "ino", "sk", "ava", "ton", "na",
    "burg",
];

const SMALL: &[&str] = &[
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve",
];
const ORDINALS: &[&str] = &[
    "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth",
];
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTHS_AP: &[&str] = &[
    "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
    "Dec.",
];
const MONTHS_SHORT: &[&str] = &[
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Word swaps for re-worded quotes (an outlet's careless or translated rendering).
const SYNONYMS: &[(&str, &str)] = &[
    ("very", "extremely"),
    ("immense", "enormous"),
    ("fast", "quickly"),
    ("begin", "start"),
    ("problem", "issue"),
    ("difficult", "hard"),
    ("right", "correct"),
    ("choice", "option"),
    ("everyone", "everybody"),
    ("enormous", "huge"),
    ("months", "weeks"),
    ("always", "long"),
    ("already", "long since"),
    ("quickly", "soon"),
    ("whole", "entire"),
    ("blocked", "cut off"),
    ("apologise", "apologize"),
];

/// Context sentences in the outlet's own voice, any event: `$X` country, `$A` adjective,
/// `$CAP` capital, `$PLACE` dateline place; `#0` a percentage (`p`) or a count (`c`).
const CONTEXT: &[(&str, char)] = &[
    (
        "The announcement came at a sensitive time for the government in $CAP, which faces elections next year.",
        ' ',
    ),
    (
        "Opinion polls suggest that most voters in $X support the government's handling of the issue, although the margin has narrowed in recent weeks.",
        ' ',
    ),
    (
        "The story has dominated the front pages of $A newspapers and much of the evening news.",
        ' ',
    ),
    (
        "Social media users shared images and videos that could not be independently verified.",
        ' ',
    ),
    (
        "Diplomats in $CAP said privately that they had been taken by surprise by the speed of events.",
        ' ',
    ),
    (
        "The issue is expected to feature prominently when parliament returns from its recess next month.",
        ' ',
    ),
    (
        "Markets reacted calmly, with traders saying they would wait for concrete steps before changing their positions.",
        ' ',
    ),
    (
        "Neighbouring governments said they were following developments closely.",
        ' ',
    ),
    (
        "It was not immediately clear how the plan would be paid for.",
        ' ',
    ),
    (
        "Several ministers have cancelled foreign trips to deal with the situation, according to officials who asked not to be named.",
        ' ',
    ),
    (
        "Previous attempts to resolve similar problems have foundered on disagreements over money and timing.",
        ' ',
    ),
    (
        "Civil society groups have called for an independent inquiry.",
        ' ',
    ),
    (
        "The government has faced criticism for its communication, with several announcements later corrected or withdrawn.",
        ' ',
    ),
    (
        "Local media reported long queues outside public offices in $PLACE.",
        ' ',
    ),
    (
        "In $PLACE, life went on much as normal for many residents, though the mood was subdued.",
        ' ',
    ),
    (
        "Business groups have warned that uncertainty is already weighing on investment decisions.",
        ' ',
    ),
    (
        "$A television showed ministers arriving for an emergency cabinet meeting late in the evening.",
        ' ',
    ),
    (
        "Some analysts cautioned that the figures released so far were provisional and could be revised.",
        ' ',
    ),
    ("Officials said a fuller assessment would take weeks.", ' '),
    (
        "A poll published last month found that #0 of $A voters distrusted the government.",
        'p',
    ),
    (
        "About #0 people took part in protests in $CAP last month, according to police estimates.",
        'c',
    ),
    (
        "The opposition has demanded that ministers appear before parliament to explain their decisions.",
        ' ',
    ),
    (
        "Foreign embassies in $CAP advised their citizens to follow the instructions of the local authorities.",
        ' ',
    ),
    (
        "Newspapers in $CAP were divided in their verdicts, with some praising the government's resolve and others questioning its judgment.",
        ' ',
    ),
    (
        "The country's largest trade federation said it would set out its position at a meeting later this month.",
        ' ',
    ),
    (
        "Turnout at the last general election was #0, the lowest in decades.",
        'p',
    ),
    (
        "Residents interviewed in $PLACE expressed a mixture of anger, fatigue and cautious hope.",
        ' ',
    ),
    (
        "The government's spokesperson declined to comment on what was described as speculation.",
        ' ',
    ),
];

fn town(rng: &mut Rng) -> String {
    format!("{}{}", rng.pick(TOWN_HEAD), rng.pick(TOWN_TAIL))
}

fn commas(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, ch) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

fn tenths(t: u64) -> String {
    if t.is_multiple_of(10) {
        (t / 10).to_string()
    } else {
        format!("{}.{}", t / 10, t % 10)
    }
}

fn cap(s: &str) -> String {
    let mut it = s.chars();
    match it.next() {
        Some(f) => f.to_uppercase().chain(it).collect(),
        None => String::new(),
    }
}

fn slug(s: &str) -> String {
    let mut out = String::new();
    for ch in s.chars() {
        if ch.is_ascii_alphanumeric() {
            out.push(ch.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

// ---------------------------------------------------------------------------------------
// Quantities

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scale {
    One,
    Million,
    Billion,
}

#[derive(Debug, Clone, Copy)]
enum Qv {
    /// A count of things.
    Count(u64),
    /// A decimal with one place (magnitudes), in tenths.
    Dec(u64),
    /// A percentage, in tenths of a per cent.
    Pct(u64),
    /// Money in tenths of the scale unit.
    Money(Cur, u64, Scale),
    /// A distance in kilometres.
    Km(u64),
    /// A duration in minutes.
    Minutes(u64),
    /// A duration in hours.
    Hours(u64),
    /// A duration in weeks.
    Weeks(u64),
    /// An ordinal ("eighth").
    Ordinal(u64),
    /// A day, as an offset from the event date.
    Day(i64),
    /// A clock time, minutes after midnight.
    Clock(u64),
    /// A year.
    Year(u64),
    /// A month (1..=12).
    Month(u64),
    /// An age or other bare number.
    Bare(u64),
}

#[derive(Debug, Clone, Copy)]
struct Q {
    v: Qv,
    approx: bool,
}

fn q(v: Qv) -> Q {
    Q { v, approx: false }
}

fn qa(v: Qv) -> Q {
    Q { v, approx: true }
}

impl Q {
    /// The same quantity with a different value (an outlet that got the number wrong, or
    /// had an older figure).
    fn changed(self, rng: &mut Rng) -> Q {
        let bump = |rng: &mut Rng, n: u64, lo: u64, hi: u64| -> u64 {
            let d = (n * rng.range(lo, hi) / 100).max(1);
            if rng.chance(0.5) || n <= d {
                n + d
            } else {
                n - d
            }
        };
        let v = match self.v {
            Qv::Count(n) => {
                let m = bump(rng, n, 8, 40);
                // Keep round numbers round.
                let r = if n >= 1000 && n % 100 == 0 {
                    m / 100 * 100
                } else {
                    m
                };
                Qv::Count(if r == n { n + 1 } else { r })
            }
            Qv::Dec(t) => Qv::Dec(if t > 5 { t - rng.range(1, 4) } else { t + 3 }),
            Qv::Pct(t) => Qv::Pct(bump(rng, t, 10, 40)),
            Qv::Money(cu, t, s) => Qv::Money(cu, bump(rng, t, 20, 60), s),
            Qv::Km(k) => Qv::Km(bump(rng, k, 15, 40)),
            Qv::Minutes(m) => Qv::Minutes(if rng.chance(0.5) {
                m + 30
            } else {
                m.max(60) - 30
            }),
            Qv::Hours(h) => Qv::Hours(bump(rng, h, 20, 50)),
            Qv::Weeks(w) => Qv::Weeks(w + 1),
            Qv::Ordinal(n) => Qv::Ordinal(if n > 2 { n - 1 } else { n + 1 }),
            Qv::Day(d) => Qv::Day(d + if rng.chance(0.5) { 1 } else { -1 }),
            Qv::Clock(m) => Qv::Clock((m + rng.range(10, 90)) % 1440),
            Qv::Year(y) => Qv::Year(y - rng.range(1, 4)),
            Qv::Month(m) => Qv::Month(if m > 1 { m - 1 } else { 12 }),
            Qv::Bare(n) => Qv::Bare(n + 1),
        };
        Q { v, ..self }
    }
}

/// How one report writes numbers and dates.
#[derive(Debug, Clone, Copy)]
struct Fmt {
    uk: bool,
    /// 0 "%", 1 "per cent", 2 "percent".
    pct: u8,
    money_short: bool,
    /// 0 "October 16", 1 "16 October", 2 "Oct. 16", 3 "Oct 16".
    date: u8,
    round: bool,
    words: bool,
    clock12: bool,
}

// ---------------------------------------------------------------------------------------
// Events

#[derive(Debug, Clone)]
struct Person {
    given: String,
    family: String,
    /// Another spelling of (given, family) that some outlets use.
    alt: Option<(String, String)>,
    female: bool,
    /// Title before the name ("Polish Foreign Minister").
    pre: String,
    /// Apposition after the name ("a spokeswoman for the Red Cross").
    appos: String,
    /// A definite description for later mentions ("the minister").
    role: String,
    honor: &'static str,
}

#[derive(Debug, Clone)]
enum How {
    Said,
    Told(String),
    Wrote(String),
    Statement,
}

#[derive(Debug, Clone)]
enum Body {
    /// A reported proposition. `#n` is quantity n, `@n` person n, `%s`/`%p` the speaker's
    /// pronouns, `~` where "not" goes, `[a|b]` affirmative or negated wording, `{a|b}`
    /// a wording each report picks, `«…»` a quoted word.
    Fact { text: String, qs: Vec<Q> },
    /// Direct words, sentence by sentence; a fragment for partial quotes and the words
    /// that introduce it.
    Quote {
        sents: Vec<String>,
        frag: String,
        frame: String,
    },
}

#[derive(Debug, Clone)]
struct Claim {
    who: Option<usize>,
    how: How,
    body: Body,
    key: bool,
}

#[derive(Debug)]
struct Event {
    id: String,
    slug: String,
    date: NaiveDate,
    /// Dateline place.
    place: String,
    country: &'static Country,
    cast: Vec<Person>,
    claims: Vec<Claim>,
    headlines: Vec<String>,
    tabloid: Vec<String>,
    state: Vec<String>,
    sections: [&'static str; 3],
    tags: Vec<String>,
    section: &'static str,
}

struct Builder {
    rng: Rng,
    cast: Vec<Person>,
    claims: Vec<Claim>,
    used: Vec<&'static str>,
    place_hint: Option<String>,
}

/// A new person with a name not in `used`; `%sp` in the descriptions becomes
/// spokesman or spokeswoman.
fn new_person(
    rng: &mut Rng,
    used: &mut Vec<&'static str>,
    pre: &str,
    appos: &str,
    role: &str,
    dr: bool,
) -> Person {
    let female = rng.chance(0.45);
    let given = *rng.pick(if female { FEMALE } else { MALE });
    let mut family = *rng.pick(FAMILY);
    while used.contains(&family) {
        family = *rng.pick(FAMILY);
    }
    used.push(family);
    let alt_of = |w: &str| VARIANTS.iter().find(|(a, _)| *a == w).map(|(_, b)| *b);
    let alt = match (alt_of(given), alt_of(family)) {
        (None, None) => None,
        (g, f) => Some((
            g.unwrap_or(given).to_string(),
            f.unwrap_or(family).to_string(),
        )),
    };
    let sp = if female { "spokeswoman" } else { "spokesman" };
    let fix = |s: &str| s.replace("%sp", sp);
    Person {
        given: given.to_string(),
        family: family.to_string(),
        alt,
        female,
        pre: fix(pre),
        appos: fix(appos),
        role: fix(role),
        honor: if dr {
            "Dr"
        } else if female {
            "Ms"
        } else {
            "Mr"
        },
    }
}

impl Builder {
    fn person(&mut self, pre: &str, appos: &str, role: &str, dr: bool) -> usize {
        let p = new_person(&mut self.rng, &mut self.used, pre, appos, role, dr);
        self.cast.push(p);
        self.cast.len() - 1
    }

    fn name(&self, i: usize) -> String {
        format!("{} {}", self.cast[i].given, self.cast[i].family)
    }

    fn full(&self, i: usize) -> String {
        let p = &self.cast[i];
        if p.pre.is_empty() {
            self.name(i)
        } else {
            format!("{} {}", p.pre, self.name(i))
        }
    }

    fn fact(&mut self, who: Option<usize>, how: How, text: &str, qs: Vec<Q>) {
        self.claims.push(Claim {
            who,
            how,
            body: Body::Fact {
                text: text.to_string(),
                qs,
            },
            key: self.claims.is_empty(),
        });
    }

    fn quote(&mut self, who: usize, how: How, text: &str, frame: &str) {
        let open = text.find('[').unwrap_or(0);
        let close = text.find(']').unwrap_or(0);
        let frag = text[open + 1..close].to_string();
        let plain = text.replace(['[', ']'], "");
        self.claims.push(Claim {
            who: Some(who),
            how,
            body: Body::Quote {
                sents: split_sentences(&plain),
                frag,
                frame: frame.to_string(),
            },
            key: false,
        });
    }
}

fn split_sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut start = 0;
    let b = text.as_bytes();
    for i in 0..b.len() {
        if matches!(b[i], b'.' | b'?' | b'!') && (i + 1 == b.len() || b[i + 1] == b' ') {
            out.push(text[start..=i].trim().to_string());
            start = i + 1;
        }
    }
    if start < text.len() && !text[start..].trim().is_empty() {
        out.push(text[start..].trim().to_string());
    }
    out
}

fn distinct_countries(rng: &mut Rng, n: usize) -> Vec<&'static Country> {
    let mut idx: Vec<usize> = (0..COUNTRIES.len()).collect();
    rng.shuffle(&mut idx);
    idx[..n].iter().map(|&i| &COUNTRIES[i]).collect()
}

fn summit(b: &mut Builder) -> (Vec<String>, Vec<String>, Vec<String>, &'static Country) {
    let cs = distinct_countries(&mut b.rng, 4);
    let (a, bb, h, prev) = (cs[0], cs[1], cs[2], cs[3]);
    let host = h.capital;
    let thing = *b.rng.pick(&[
        "the long-range missiles",
        "the new sanctions package",
        "the gas pipeline deal",
        "the grain corridor",
        "the border fence",
    ]);
    let dispute = *b.rng.pick(&[
        "border dispute",
        "trade war",
        "row over the river dam",
        "standoff over fishing rights",
        "conflict in the disputed provinces",
    ]);
    let inst = *b.rng.pick(&[
        "Centre for Eastern Policy",
        "Institute for Strategic Dialogue",
        "Council on Regional Affairs",
        "Atlantic Policy Forum",
    ]);
    let l0 = b.person(
        &format!("{} {}", a.adj, a.leader),
        "",
        &format!("the {} leader", a.adj),
        false,
    );
    let l1 = b.person(
        &format!("{} {}", bb.adj, bb.leader),
        "",
        &format!("the {} leader", bb.adj),
        false,
    );
    let aide = b.person(
        &format!("{} presidential aide", bb.adj),
        &format!("a foreign policy adviser to the {} leader", bb.adj),
        "the aide",
        false,
    );
    let sp0 = b.person(
        &format!("{} government %sp", a.adj),
        &format!("a %sp for the {} government", a.adj),
        "the %sp",
        false,
    );
    let fm1 = b.person(
        &format!("{} Foreign Minister", bb.adj),
        &format!("the {} foreign minister", bb.adj),
        "the foreign minister",
        false,
    );
    let hpm = b.person(
        &format!("{} {}", h.adj, h.leader),
        "",
        &format!("the {} leader", h.adj),
        false,
    );
    let an = b.person(
        "",
        &format!("a senior fellow at the {inst}"),
        "the analyst",
        true,
    );
    let opp = b.person(
        &format!("{} opposition leader", a.adj),
        "",
        "the opposition leader",
        false,
    );
    let sp1 = b.person(
        &format!("{} presidential %sp", bb.adj),
        "",
        "the %sp",
        false,
    );
    let (n0, n1) = (b.cast[l0].family.clone(), b.cast[l1].family.clone());
    let he0 = if b.cast[l0].female { "she" } else { "he" };
    let full1 = b.full(l1);
    let thing_cap = cap(thing);
    let rng = &mut b.rng;
    let weeks = q(Qv::Weeks(rng.range(2, 4)));
    let mins = qa(Qv::Minutes(rng.step(90, 170, 10)));
    let nth = q(Qv::Ordinal(rng.range(3, 9)));
    let meet_day = q(Qv::Day(rng.range(3, 6) as i64));
    let trade = q(Qv::Pct(rng.step(30, 250, 5)));
    let trade_val = qa(Qv::Money(a.cur, rng.range(12, 95), Scale::Billion));
    let tariff = q(Qv::Pct(rng.step(100, 500, 50)));
    let last = q(Qv::Day(-(rng.range(40, 90) as i64)));
    let strained = q(Qv::Year(rng.range(2015, 2022)));
    let troops = qa(Qv::Count(rng.step(5000, 40000, 1000)));
    let border = qa(Qv::Km(rng.step(300, 1200, 50)));

    b.fact(
        Some(l0),
        How::Said,
        &format!("%s would~ meet @1 in {host} within #0 to try to end the {dispute}"),
        vec![weeks],
    );
    b.fact(
        Some(aide),
        How::Told(format!("reporters in {}", bb.capital)),
        "the call had~ lasted #0",
        vec![mins],
    );
    b.quote(
        l0,
        How::Wrote("on social media".into()),
        &format!("I just finished a long and [highly productive] call with {full1}, and we covered a lot of ground. Our top advisers will meet next week, after which we will meet in {host} to see whether we can bring this «disgraceful» {dispute} to an end."),
        "described the call as",
    );
    b.fact(
        Some(aide),
        How::Said,
        "it [was|was not] the #0 conversation between the two leaders this year",
        vec![nth],
    );
    b.quote(
        aide,
        How::Said,
        &format!("The conversation was very substantive and, I would say, [extremely frank]. Preparations for the {host} meeting will begin right away."),
        "described the conversation as",
    );
    b.fact(
        Some(l0),
        How::Wrote("on social media".into()),
        &format!("senior advisers from both countries would~ meet next week, with @{fm1} leading the {} side", bb.adj),
        vec![],
    );
    b.fact(
        Some(aide),
        How::Said,
        &format!("@1 had warned @0 that {thing} would~ do {{serious|lasting}} harm to relations between {} and {}", a.capital, bb.capital),
        vec![],
    );
    b.quote(
        l1,
        How::Said,
        &format!("{thing_cap} [would not change the situation on the ground]. It would only do serious harm to relations between our countries."),
        &format!("said {thing}"),
    );
    b.fact(
        Some(l1),
        How::Said,
        &format!("{} forces [held|did not hold] the initiative along the {{entire|whole}} border, which runs for #0", bb.adj),
        vec![border],
    );
    b.fact(
        Some(sp1),
        How::Said,
        "[no date had yet|a date had already] been set for the summit",
        vec![],
    );
    b.quote(
        sp1,
        How::Told("state television".into()),
        "It is too early to talk about specific dates. A great deal of work lies ahead, and [it is premature to speak about timing].",
        "said",
    );
    b.fact(
        Some(fm1),
        How::Said,
        &format!("the two delegations would~ meet in {host} on #0"),
        vec![meet_day],
    );
    b.quote(
        fm1,
        How::Said,
        "Our position has not changed. We are ready for talks, [but not at any price].",
        "said the country was ready for talks",
    );
    b.fact(
        Some(hpm),
        How::Said,
        &format!("{} was~ ready to host the meeting", h.name),
        vec![],
    );
    b.quote(
        hpm,
        How::Wrote("on X".into()),
        &format!("{host} stands ready to host the talks. Wherever there is a chance for peace, [{} will lend a hand].", h.name),
        "wrote that",
    );
    b.fact(
        Some(sp0),
        How::Told("reporters".into()),
        &format!("[no decision on {thing} had|a decision on {thing} had already] been made"),
        vec![],
    );
    b.quote(
        sp0,
        How::Said,
        "The president will listen to what everyone has to say, and [no decision will be made before the talks].",
        "said",
    );
    b.fact(
        Some(l0),
        How::Said,
        &format!(
            "%p government would~ impose tariffs of #0 on {} steel if the talks failed",
            bb.adj
        ),
        vec![tariff],
    );
    b.fact(
        None,
        How::Said,
        "Trade between the two countries fell by #0 last year, to #1.",
        vec![trade, trade_val],
    );
    b.fact(
        Some(an),
        How::Said,
        &format!(
            "{} was~ trying to {{delay|head off}} a decision on {thing}",
            bb.capital
        ),
        vec![],
    );
    b.quote(
        an,
        How::Told("reporters".into()),
        "This is a familiar tactic, and [it usually works]. Every time the pressure builds, a summit appears on the horizon.",
        "said that",
    );
    b.fact(
        Some(aide),
        How::Said,
        &format!(
            "#0 {} troops [remained|no longer remained] near the border",
            bb.adj
        ),
        vec![troops],
    );
    b.fact(
        Some(opp),
        How::Said,
        "the government had~ consulted parliament before the call",
        vec![],
    );
    b.quote(
        opp,
        How::Said,
        "We learned about this from social media like everyone else. This is [no way to run foreign policy].",
        "said it was",
    );
    b.quote(
        l0,
        How::Told("reporters".into()),
        "[Peace comes through strength], and we have that strength. Nobody should doubt it.",
        "said that",
    );
    b.quote(
        l1,
        How::Said,
        "We have always been open to dialogue. But [dialogue cannot be a one-way street].",
        "warned that",
    );
    b.fact(
        None,
        How::Said,
        &format!(
            "@0 and @1 last met in {} on #0, at a summit that produced no agreement.",
            prev.capital
        ),
        vec![last],
    );
    b.fact(
        None,
        How::Said,
        &format!("Relations between {} and {} have been strained since the collapse of a trade agreement in #0.", a.capital, bb.capital),
        vec![strained],
    );
    b.fact(
        None,
        How::Said,
        &format!("The prospect of another summit has lifted hopes in {}, but it has also raised suspicions among {} allies.", bb.capital, a.adj),
        vec![],
    );
    let rng = &mut b.rng;
    let hosted = q(Qv::Year(rng.range(1995, 2019)));
    let heads_n = q(Qv::Count(rng.range(3, 12)));
    let contracted = q(Qv::Pct(rng.range(5, 40)));
    b.fact(
        Some(aide),
        How::Said,
        "the leaders had~ discussed prisoner exchanges and the reopening of {two|2} border crossings",
        vec![],
    );
    b.fact(
        Some(sp0),
        How::Told("reporters".into()),
        "the president would~ brief allies by phone before the end of the week",
        vec![],
    );
    b.quote(
        aide,
        How::Said,
        "We did not discuss sanctions. [That subject is closed for now], as far as we are concerned.",
        "said that",
    );
    b.fact(
        Some(fm1),
        How::Said,
        &format!("%s had spoken to @{hpm} about security arrangements for the meeting"),
        vec![],
    );
    b.fact(
        None,
        How::Said,
        &format!(
            "{host} last hosted a summit of this kind in #0, when #1 heads of government attended."
        ),
        vec![hosted, heads_n],
    );
    b.fact(
        Some(an),
        How::Said,
        "a deal [was|was not] likely before the end of the year",
        vec![],
    );
    b.fact(
        None,
        How::Said,
        &format!(
            "The {} economy contracted by #0 last year, according to official figures.",
            bb.adj
        ),
        vec![contracted],
    );
    b.quote(
        sp1,
        How::Said,
        "Contacts at the level of experts are continuing, and [we see no reason to rush]. Everything will be done in good time.",
        "said",
    );
    b.fact(
        Some(l1),
        How::Said,
        "%s [was|was not] prepared to make concessions on the border",
        vec![],
    );
    let headlines = vec![
        format!("{n0} says {he0} will meet {n1} in {host} after long phone call"),
        format!("{n0} and {n1} agree to meet in {host}"),
        format!(
            "{n1} warns {n0} over {} as {host} summit is set",
            thing.trim_start_matches("the ")
        ),
        format!("{host} summit: what we know about the {n0}-{n1} talks"),
        format!(
            "{} and {} leaders to meet in {host} after «productive» call",
            a.adj, bb.adj
        ),
    ];
    let tabloid = vec![
        "«Frank» is diplomatic code for a blazing row.".to_string(),
        format!(
            "Critics say {} is simply stringing {} along.",
            bb.capital, a.capital
        ),
        format!(
            "It is the latest twist in a saga that has gripped {} for months.",
            a.capital
        ),
    ];
    let state = vec![
        format!(
            "Experts believe {} is seeking to drag the region deeper into the {dispute} in order to prolong tensions.",
            a.capital
        ),
        format!(
            "The so-called «peace initiatives» of Western capitals, which ignore {}'s legitimate interests, have repeatedly failed.",
            bb.name
        ),
    ];
    (headlines, tabloid, state, a)
}

fn quake(b: &mut Builder) -> (Vec<String>, Vec<String>, Vec<String>, &'static Country) {
    let x = distinct_countries(&mut b.rng, 1)[0];
    let city = town(&mut b.rng);
    let t1 = town(&mut b.rng);
    let region = *b.rng.pick(&[
        "the mountainous north",
        "the eastern highlands",
        "the southern coast",
        "the western valleys",
    ]);
    let im = b.person("Interior Minister", "", "the minister", false);
    let seis = b.person(
        "",
        &format!("director of {}'s National Seismological Institute", x.name),
        "the seismologist",
        true,
    );
    let mayor = b.person(
        &format!("{city} Mayor"),
        &format!("the mayor of {city}"),
        "the mayor",
        false,
    );
    let vol = b.person(
        "",
        &format!("a volunteer with a mountain rescue team from {t1}"),
        "the volunteer",
        false,
    );
    let rc = b.person(
        "",
        &format!("a %sp for the {} Red Cross", x.adj),
        "the %sp",
        false,
    );
    let pres = b.person(
        x.leader,
        "",
        &format!("the {}", x.leader.to_lowercase()),
        false,
    );
    let un = b.person(
        "",
        "who leads the UN disaster assessment team",
        "the UN official",
        false,
    );
    let opp = b.person("Opposition MP", "", "the opposition MP", false);
    let rng = &mut b.rng;
    let dead = q(Qv::Count(rng.range(80, 600)));
    let hurt = qa(Qv::Count(rng.step(400, 3000, 50)));
    let mag = q(Qv::Dec(rng.range(58, 76)));
    let epi = qa(Qv::Km(rng.step(15, 80, 5)));
    let depth = q(Qv::Km(rng.step(5, 30, 5)));
    let displaced = qa(Qv::Count(rng.step(5000, 40000, 1000)));
    let after = q(Qv::Dec(rng.range(45, 62)));
    let after_at = q(Qv::Clock(rng.range(360, 1200)));
    let bldg = q(Qv::Count(rng.range(20, 150)));
    let vols = q(Qv::Count(rng.step(100, 500, 50)));
    let amb = q(Qv::Count(rng.range(10, 60)));
    let aid = q(Qv::Money(Cur::Eur, rng.step(50, 300, 10), Scale::Million));
    let crit = q(Qv::Hours(*rng.pick(&[48, 72])));
    let last = q(Qv::Year(rng.range(1950, 2005)));
    let last_dead = q(Qv::Count(rng.step(100, 2000, 100)));
    let schools = q(Qv::Pct(rng.step(200, 700, 10)));
    let struck = q(Qv::Clock(rng.range(60, 300)));

    b.fact(
        Some(im),
        How::Told(format!("reporters in {}", x.capital)),
        "the death toll had~ risen to #0",
        vec![dead],
    );
    b.fact(
        Some(im),
        How::Said,
        "#0 people had~ been injured",
        vec![hurt],
    );
    b.fact(
        None,
        How::Said,
        &format!("The {{quake|earthquake}} struck {region} at #0 local time on #1, when most people were asleep."),
        vec![struck, q(Qv::Day(0))],
    );
    b.fact(
        Some(seis),
        How::Said,
        &format!("the {{quake|earthquake}} had a magnitude of #0 and its epicentre was~ #1 north-east of {city}, at a depth of #2"),
        vec![mag, epi, depth],
    );
    b.quote(
        im,
        How::Told(format!("reporters in {}", x.capital)),
        "We are digging with our bare hands. [Every hour counts now], and we will not stop until everyone is found.",
        "said that",
    );
    b.fact(
        None,
        How::Said,
        "#0 people have been displaced, and many spent the night in tents and cars as temperatures fell below freezing.",
        vec![displaced],
    );
    b.fact(
        Some(im),
        How::Said,
        "[%s did not expect|%s expected] the figure to rise much further",
        vec![],
    );
    b.fact(
        Some(seis),
        How::Said,
        "an aftershock of magnitude #0 had~ struck at #1 on #2",
        vec![after, after_at, q(Qv::Day(1))],
    );
    b.quote(
        seis,
        How::Told("reporters".into()),
        "This fault has released an enormous amount of energy, and [it has not finished yet]. Residents should stay out of any building with visible cracks.",
        "warned that",
    );
    b.fact(
        Some(mayor),
        How::Said,
        &format!("at least #0 buildings had~ collapsed in {city}"),
        vec![bldg],
    );
    b.quote(
        mayor,
        How::Said,
        "Whole streets are gone. We need [heavy machinery, not promises].",
        "said the city needed",
    );
    b.fact(
        Some(mayor),
        How::Said,
        "#0 of the city's schools had~ been damaged",
        vec![schools],
    );
    b.quote(
        vol,
        How::Said,
        "We pulled a boy of about seven out alive this morning. He had been lying under a staircase for [almost a day and a half].",
        "said the boy had been trapped for",
    );
    b.quote(
        vol,
        How::Said,
        "Then the aftershock came and we all had to run. When we went back, [the staircase was gone].",
        "said that",
    );
    b.fact(
        Some(pres),
        How::Statement,
        "three days of national mourning would~ begin on #0",
        vec![q(Qv::Day(1))],
    );
    b.quote(
        pres,
        How::Said,
        &format!("We will rebuild {city}, and [no family will be left to face this alone]."),
        "promised that",
    );
    b.fact(
        Some(rc),
        How::Said,
        "the charity had~ sent #0 volunteers and #1 ambulances to the region",
        vec![vols, amb],
    );
    b.fact(
        Some(rc),
        How::Said,
        "the next #0 would~ be critical for anyone still trapped",
        vec![crit],
    );
    b.quote(
        rc,
        How::Said,
        "The needs are immense, and [the window for finding survivors is closing fast].",
        "warned that",
    );
    b.fact(
        None,
        How::Said,
        "The European Union has pledged #0 in emergency aid.",
        vec![aid],
    );
    b.fact(
        Some(un),
        How::Told("reporters".into()),
        "access was~ the single biggest problem",
        vec![],
    );
    b.quote(
        un,
        How::Said,
        "Access is the single biggest problem right now. Roads are blocked and [the weather is turning].",
        "said that",
    );
    b.fact(
        Some(opp),
        How::Said,
        "the government had~ ignored warnings about poor construction in the region",
        vec![],
    );
    b.quote(
        opp,
        How::Said,
        "These buildings were sold as «earthquake-proof». [Someone has to answer for that].",
        "said",
    );
    b.fact(
        None,
        How::Said,
        &format!(
            "{}'s last deadly earthquake, in #0, killed more than #1 people in the same region.",
            x.name
        ),
        vec![last, last_dead],
    );
    let rng = &mut b.rng;
    let shocks = q(Qv::Count(rng.range(40, 300)));
    let cut = q(Qv::Pct(rng.step(300, 900, 50)));
    let rescuers = qa(Qv::Count(rng.step(1000, 6000, 100)));
    let nations = q(Qv::Count(rng.range(4, 15)));
    let villages = q(Qv::Count(rng.range(3, 12)));
    let fund = q(Qv::Money(Cur::Usd, rng.step(50, 250, 10), Scale::Million));
    b.fact(
        Some(seis),
        How::Said,
        "more than #0 aftershocks had~ been recorded since the main shock",
        vec![shocks],
    );
    b.fact(
        Some(mayor),
        How::Said,
        "water and electricity had~ been cut to #0 of the city",
        vec![cut],
    );
    b.quote(
        mayor,
        How::Told("reporters".into()),
        "We have no water, no power and no gas in most districts. [People are sleeping in their cars], and the nights are freezing.",
        "said",
    );
    b.fact(
        Some(im),
        How::Said,
        "#0 rescue workers had~ been deployed, including teams from #1 countries",
        vec![rescuers, nations],
    );
    b.fact(
        None,
        How::Said,
        "Landslides have blocked the roads into the valley, leaving rescue teams to reach #0 mountain villages on foot or by helicopter.",
        vec![villages],
    );
    b.fact(
        Some(un),
        How::Said,
        "the UN would~ release #0 from its emergency fund",
        vec![fund],
    );
    b.quote(
        rc,
        How::Said,
        "We are seeing crush injuries, hypothermia and shock. [Hospitals are overwhelmed], and supplies are running low.",
        "said",
    );
    b.fact(
        Some(pres),
        How::Said,
        "the state would~ pay for the reconstruction of every destroyed home",
        vec![],
    );
    b.fact(
        None,
        How::Said,
        &format!("The region sits on one of the most active fault lines in {}, and minor tremors are common.", x.name),
        vec![],
    );
    let headlines = vec![
        format!("{city} earthquake: rescuers race to reach cut-off villages as death toll rises"),
        format!("Powerful earthquake strikes {}, killing hundreds", x.name),
        format!(
            "{} quake: hopes fade for survivors trapped in {city} rubble",
            x.name
        ),
        format!(
            "Death toll climbs after {} earthquake flattens buildings in {city}",
            x.adj
        ),
    ];
    let tabloid = vec![
        "Harrowing footage showed rescuers clawing at the rubble with their bare hands."
            .to_string(),
        "Locals said the ground «moved like the sea».".to_string(),
        "Many of the blocks that fell had been marketed as «earthquake-proof».".to_string(),
    ];
    let state = vec![
        "The government's response has been praised by neighbouring countries.".to_string(),
        format!(
            "Rescue teams are working around the clock under the personal supervision of the {}.",
            x.leader.to_lowercase()
        ),
    ];
    b.place_hint = Some(city);
    (headlines, tabloid, state, x)
}

fn budget(b: &mut Builder) -> (Vec<String>, Vec<String>, Vec<String>, &'static Country) {
    let x = distinct_countries(&mut b.rng, 1)[0];
    let bank = format!("the {} National Bank", x.adj);
    let lender = *b.rng.pick(&[
        "Nordhaven Bank",
        "Crestline Capital",
        "Meridian Securities",
        "Alder & Finch",
    ]);
    let fm = b.person("Finance Minister", "", "the finance minister", false);
    let gov = b.person(
        "Central Bank Governor",
        &format!("governor of {bank}"),
        "the governor",
        false,
    );
    let econ = b.person(
        "",
        &format!("chief economist at {lender}"),
        "the economist",
        false,
    );
    let un = b.person(
        "",
        &format!("head of the {} Federation of Trade Unions", x.adj),
        "the union leader",
        false,
    );
    let opp = b.person("Shadow Finance Minister", "", "the shadow minister", false);
    let biz = b.person(
        "",
        &format!("president of the {} Chamber of Commerce", x.adj),
        "the business leader",
        false,
    );
    let pm = b.person(
        x.leader,
        "",
        &format!("the {}", x.leader.to_lowercase()),
        false,
    );
    let pens = b.person(
        "",
        "who chairs the National Pensioners' Association",
        "the campaigner",
        false,
    );
    let rng = &mut b.rng;
    let month = b_month(rng);
    let rate = q(Qv::Pct(rng.step(20, 80, 5)));
    let infl = q(Qv::Pct(rng.range(25, 95)));
    let deficit = q(Qv::Pct(rng.range(15, 45)));
    let cut = q(Qv::Money(x.cur, rng.range(15, 120), Scale::Billion));
    let age = q(Qv::Bare(rng.range(66, 68)));
    let by = q(Qv::Year(rng.range(2030, 2036)));
    let growth = q(Qv::Pct(rng.range(3, 25)));
    let jobless = q(Qv::Pct(rng.range(40, 110)));
    let jobs = qa(Qv::Count(rng.step(5000, 40000, 500)));
    let cost = q(Qv::Money(x.cur, rng.range(5, 60), Scale::Billion));
    let vote = q(Qv::Day(rng.range(2, 6) as i64));
    let cur_up = q(Qv::Pct(rng.range(3, 15)));
    let pensioners = qa(Qv::Count(rng.step(100_000, 900_000, 10_000)));

    b.fact(
        Some(gov),
        How::Told("reporters".into()),
        "the bank had~ raised its main interest rate to #0",
        vec![rate],
    );
    b.fact(
        Some(gov),
        How::Said,
        "inflation had~ slowed to #0 in #1",
        vec![infl, q(Qv::Month(month))],
    );
    b.quote(
        gov,
        How::Said,
        "Price stability is our first duty, and we will do [whatever it takes] to bring inflation back to target.",
        "said the bank would do",
    );
    b.fact(
        Some(gov),
        How::Said,
        "the decision had~ been unanimous",
        vec![],
    );
    b.fact(
        Some(fm),
        How::Said,
        "the budget deficit would~ fall to #0 of GDP next year",
        vec![deficit],
    );
    b.fact(
        Some(fm),
        How::Said,
        "the government would~ cut spending by #0 over the next {three|3} years",
        vec![cut],
    );
    b.quote(
        fm,
        How::Said,
        "These are difficult choices, but [they are the right choices]. We cannot keep borrowing against our children's future.",
        "insisted",
    );
    b.fact(
        Some(fm),
        How::Said,
        "parliament would~ vote on the budget on #0",
        vec![vote],
    );
    b.fact(
        Some(pm),
        How::Told("parliament".into()),
        "the pension age would~ rise to #0 by #1",
        vec![age, by],
    );
    b.quote(
        pm,
        How::Said,
        "Nobody wanted to raise the pension age. But [the numbers do not add up] any other way.",
        "said",
    );
    b.fact(
        None,
        How::Said,
        "Unemployment stood at #0 in #1.",
        vec![jobless, q(Qv::Month(month))],
    );
    b.fact(
        Some(econ),
        How::Said,
        "growth would~ slow to #0 this year",
        vec![growth],
    );
    b.quote(
        econ,
        How::Said,
        "The bank had little choice. Markets had [already priced in the rise].",
        "said markets had",
    );
    b.fact(
        Some(un),
        How::Said,
        "#0 public sector jobs would~ be lost under the plan",
        vec![jobs],
    );
    b.quote(
        un,
        How::Said,
        "Working families are being asked to pay for [a crisis they did not cause]. We will see the government on the streets.",
        "said workers were paying for",
    );
    b.fact(
        Some(opp),
        How::Said,
        "the plan had~ been drawn up without consulting parliament",
        vec![],
    );
    b.quote(
        opp,
        How::Said,
        "This budget is [a betrayal of everyone who played by the rules]. It will hit the poorest hardest.",
        "called the budget",
    );
    b.fact(
        Some(biz),
        How::Said,
        "the rate rise would~ cost small firms #0 a year",
        vec![cost],
    );
    b.quote(
        biz,
        How::Said,
        "Small firms are already on their knees. Another rate rise [could finish many of them off].",
        "warned that another rise",
    );
    b.fact(
        Some(pens),
        How::Said,
        "#0 pensioners [would|would not] be affected by the change",
        vec![pensioners],
    );
    b.quote(
        pens,
        How::Said,
        "We worked all our lives for this. Now they are [moving the goalposts].",
        "accused the government of",
    );
    b.fact(
        None,
        How::Said,
        "The currency rose #0 against the dollar after the announcement.",
        vec![cur_up],
    );
    b.fact(
        Some(gov),
        How::Said,
        "the bank would~ raise rates again if inflation did not fall",
        vec![],
    );
    let (nf, ng) = (b.cast[fm].family.clone(), b.cast[gov].family.clone());
    let rng = &mut b.rng;
    let vat = rng.step(170, 230, 10);
    let vat0 = q(Qv::Pct(vat));
    let vat1 = q(Qv::Pct(vat + 20));
    let freeze = q(Qv::Count(rng.range(1, 3)));
    let next = q(Qv::Day(rng.range(28, 42) as i64));
    let mortgage = q(Qv::Pct(rng.range(10, 30)));
    let protest = q(Qv::Day(rng.range(5, 12) as i64));
    let closed = qa(Qv::Count(rng.step(2000, 30000, 500)));
    b.fact(
        Some(fm),
        How::Said,
        "VAT would~ rise from #0 to #1",
        vec![vat0, vat1],
    );
    b.fact(
        Some(fm),
        How::Said,
        "public sector pay would~ be frozen for #0 years",
        vec![freeze],
    );
    b.quote(
        fm,
        How::Told("parliament".into()),
        "We inherited a mess, and [we are cleaning it up]. That is what responsible government looks like.",
        "said",
    );
    b.fact(
        Some(gov),
        How::Said,
        "the next rate decision would~ be announced on #0",
        vec![next],
    );
    b.fact(
        Some(econ),
        How::Said,
        "the rise had~ been expected by most economists",
        vec![],
    );
    b.fact(
        None,
        How::Said,
        "Mortgage rates have risen by an average of #0 over the past year.",
        vec![mortgage],
    );
    b.fact(
        Some(un),
        How::Said,
        "unions would~ hold a national day of protest on #0",
        vec![protest],
    );
    b.quote(
        pm,
        How::Told("reporters".into()),
        "This is [not austerity]. It is responsibility, and I will defend it anywhere.",
        "insisted the budget was",
    );
    b.fact(
        Some(biz),
        How::Said,
        "#0 small businesses had~ closed in the past year",
        vec![closed],
    );
    let headlines = vec![
        format!(
            "{} central bank raises rates as {nf} unveils austerity budget",
            x.adj
        ),
        format!("{ng} defends rate rise: «we will do whatever it takes»"),
        format!(
            "{} budget: spending cuts, higher pension age and a rate rise",
            x.name
        ),
        format!("{nf} budget hits public sector as inflation bites"),
    ];
    let tabloid = vec![
        "Hard-pressed families will be left counting the cost.".to_string(),
        "Mortgage holders face a fresh squeeze.".to_string(),
        "It is the biggest raid on public spending in a generation.".to_string(),
    ];
    let state = vec![
        "Foreign speculators are trying to undermine confidence in the national currency, experts say.".to_string(),
        "The government's course has the full support of the business community.".to_string(),
    ];
    (headlines, tabloid, state, x)
}

fn b_month(rng: &mut Rng) -> u64 {
    rng.range(1, 12)
}

fn strike(b: &mut Builder) -> (Vec<String>, Vec<String>, Vec<String>, &'static Country) {
    let x = distinct_countries(&mut b.rng, 1)[0];
    let sectors: &[(&str, &str, &str, &str, &str, &str)] = &[
        (
            "nurses",
            "nurse",
            "the {} Health Service",
            "Health Minister",
            "operations and appointments",
            "Patients",
        ),
        (
            "train drivers",
            "train driver",
            "the state railway company",
            "Transport Minister",
            "train services",
            "Passengers",
        ),
        (
            "airport staff",
            "baggage handler",
            "the national airports authority",
            "Transport Minister",
            "flights",
            "Travellers",
        ),
        (
            "teachers",
            "teacher",
            "the education ministry",
            "Education Minister",
            "school days",
            "Parents",
        ),
    ];
    let (workers, worker, employer, minister, items, users) = *b.rng.pick(sectors);
    let employer = employer.replace("{}", x.adj);
    let union = format!(
        "{} Union of {}",
        x.adj,
        workers.split(' ').map(cap).collect::<Vec<_>>().join(" ")
    );
    let t1 = town(&mut b.rng);
    let un = b.person(
        "Union leader",
        &format!("general secretary of the {union}"),
        "the union leader",
        false,
    );
    let min = b.person(minister, "", "the minister", false);
    let ceo = b.person(
        "",
        &format!("chief executive of {employer}"),
        "the chief executive",
        false,
    );
    let wk = b.person(
        "",
        &format!("a {worker} from {t1}"),
        &format!("the {worker}"),
        false,
    );
    let ug = b.person(
        "",
        &format!("a %sp for the {users} Association"),
        "the %sp",
        false,
    );
    let med = b.person(
        "",
        "the government-appointed mediator",
        "the mediator",
        false,
    );
    let pms = b.person(
        "",
        &format!("a %sp for the {}", x.leader.to_lowercase()),
        "the %sp",
        false,
    );
    let opp = b.person("Opposition leader", "", "the opposition leader", false);
    let rng = &mut b.rng;
    let n = qa(Qv::Count(rng.step(5000, 60000, 500)));
    let from = q(Qv::Day(rng.range(2, 5) as i64));
    let yes = q(Qv::Pct(rng.range(700, 950)));
    let turnout = q(Qv::Pct(rng.range(500, 750)));
    let offer = q(Qv::Pct(rng.step(20, 60, 5)));
    let demand = q(Qv::Pct(rng.step(80, 150, 5)));
    let cancelled = qa(Qv::Count(rng.step(1000, 20000, 100)));
    let cost = q(Qv::Money(x.cur, rng.range(15, 90), Scale::Million));
    let talks = q(Qv::Hours(rng.range(6, 14)));
    let years = q(Qv::Count(rng.range(10, 40)));
    let affected = qa(Qv::Count(rng.step(10000, 200000, 1000)));
    let months = q(Qv::Count(rng.range(3, 12)));
    let days = q(Qv::Count(rng.range(2, 5)));
    let since = q(Qv::Year(rng.range(2012, 2019)));

    b.fact(
        Some(un),
        How::Said,
        &format!("#0 {workers} would~ walk out from #1"),
        vec![n, from],
    );
    b.fact(
        Some(un),
        How::Said,
        "members had~ voted #0 in favour of strike action on a turnout of #1",
        vec![yes, turnout],
    );
    b.quote(
        un,
        How::Told("reporters".into()),
        "Nobody wants to strike. [Our members have been left with no choice] by a government that refuses to listen.",
        "said",
    );
    b.fact(
        Some(un),
        How::Said,
        "the walkout would~ last #0 days",
        vec![days],
    );
    b.fact(
        Some(min),
        How::Said,
        "the government had~ offered a pay rise of #0",
        vec![offer],
    );
    b.fact(
        Some(un),
        How::Said,
        "the union was~ demanding #0",
        vec![demand],
    );
    b.quote(
        min,
        How::Said,
        "This is a fair offer in difficult times, and [the door remains open]. But there is no more money.",
        "insisted that",
    );
    b.fact(Some(min), How::Said, "the offer was~ final", vec![]);
    b.fact(
        Some(ceo),
        How::Said,
        &format!("the strike would~ force the cancellation of #0 {items}"),
        vec![cancelled],
    );
    b.fact(
        Some(ceo),
        How::Said,
        "each day of the strike would~ cost #0",
        vec![cost],
    );
    b.quote(
        ceo,
        How::Statement,
        "We apologise to everyone affected. We will do [everything we can] to keep disruption to a minimum.",
        "said the employer would do",
    );
    b.fact(
        Some(ceo),
        How::Said,
        "emergency services would~ be maintained throughout the strike",
        vec![],
    );
    b.fact(
        None,
        How::Said,
        &format!("It is the first national strike by {workers} in #0 years."),
        vec![years],
    );
    b.fact(
        Some(med),
        How::Said,
        "talks had~ lasted #0 without a breakthrough",
        vec![talks],
    );
    b.quote(
        med,
        How::Said,
        "There was movement on both sides. [I would not call it a breakthrough], but we are closer than we were.",
        "said",
    );
    b.quote(
        wk,
        How::Said,
        "I love this job, but I cannot pay my rent on it. [Most of my colleagues feel the same].",
        "said",
    );
    b.fact(
        Some(wk),
        How::Said,
        "[%s had not had|%s had had] a real pay rise since #0",
        vec![since],
    );
    b.fact(
        Some(ug),
        How::Said,
        &format!("#0 people had~ already had their {items} cancelled"),
        vec![affected],
    );
    b.quote(
        ug,
        How::Said,
        "People have waited months for this. [It is the public who pay the price] when talks fail.",
        "said",
    );
    b.fact(
        Some(pms),
        How::Said,
        &format!(
            "the {} was~ following the talks closely",
            x.leader.to_lowercase()
        ),
        vec![],
    );
    b.fact(
        Some(opp),
        How::Said,
        "the government had~ let the dispute drag on for #0 months",
        vec![months],
    );
    b.quote(
        opp,
        How::Said,
        "This dispute could have been settled months ago. [The government chose to let it fester].",
        "said",
    );
    let nu = b.cast[un].family.clone();
    let rng = &mut b.rng;
    let sites = q(Qv::Count(rng.step(50, 400, 10)));
    let bill = q(Qv::Money(x.cur, rng.range(10, 60), Scale::Billion));
    let pay = q(Qv::Money(
        x.cur,
        rng.step(200_000, 600_000, 10_000),
        Scale::One,
    ));
    let resume = q(Qv::Day(rng.range(1, 3) as i64));
    let staff = qa(Qv::Count(rng.step(500, 5000, 100)));
    b.fact(
        Some(un),
        How::Said,
        "picket lines would~ be set up outside #0 sites",
        vec![sites],
    );
    b.quote(
        un,
        How::Said,
        "We are not asking for the moon. [We are asking for a wage you can live on], and for the respect this work deserves.",
        "said",
    );
    b.fact(
        Some(min),
        How::Said,
        "the union's demand would~ cost #0 a year",
        vec![bill],
    );
    b.fact(
        Some(min),
        How::Said,
        "[the government would not|the government would] legislate to ban the strike",
        vec![],
    );
    b.fact(
        None,
        How::Said,
        &format!(
            "{} earn on average #0 a year, according to official figures.",
            cap(workers)
        ),
        vec![pay],
    );
    b.quote(
        wk,
        How::Said,
        "Half the people I trained with have left. [Nobody is replacing them], and the rest of us are exhausted.",
        "said",
    );
    b.fact(
        Some(med),
        How::Said,
        "talks would~ resume on #0",
        vec![resume],
    );
    b.fact(
        Some(ceo),
        How::Said,
        "#0 staff had~ agreed to work during the strike",
        vec![staff],
    );
    let headlines = vec![
        format!("{} {workers} to strike as pay talks collapse", x.adj),
        format!("{} {workers} vote to walk out in row over pay", x.name),
        format!(
            "Strike by {workers} set to disrupt {items} across {}",
            x.name
        ),
        format!("{nu}: {workers} «left with no choice» but to strike"),
    ];
    let tabloid = vec![
        "Millions face travel chaos and misery.".to_string(),
        "It is the latest blow for the embattled minister.".to_string(),
        "Union bosses were last night accused of holding the country to ransom.".to_string(),
    ];
    let state = vec![
        "Experts believe the strike is being encouraged by foreign-funded groups.".to_string(),
        "The government remains committed to dialogue with all responsible partners.".to_string(),
    ];
    (headlines, tabloid, state, x)
}

fn outage(b: &mut Builder) -> (Vec<String>, Vec<String>, Vec<String>, &'static Country) {
    let x = distinct_countries(&mut b.rng, 1)[0];
    let co = *b.rng.pick(&[
        "Norvik Telecom",
        "Altaro Bank",
        "Meridia Pay",
        "Kestrel Mobile",
        "Sollux Energy",
        "Baltex Cloud",
    ]);
    let firm = *b
        .rng
        .pick(&["Greyline Security", "Bastion Labs", "Cipherwell"]);
    let group = *b
        .rng
        .pick(&["Fair Deal Now", "Consumer Voice", "Which Way"]);
    let t1 = town(&mut b.rng);
    let ceo = b.person(
        &format!("{co} chief executive"),
        &format!("chief executive of {co}"),
        "the chief executive",
        false,
    );
    let reg = b.person(
        "",
        &format!("chair of the {} Communications Regulator", x.adj),
        "the regulator",
        false,
    );
    let res = b.person(
        "",
        &format!("a security researcher at {firm}"),
        "the researcher",
        true,
    );
    let cust = b.person(
        "",
        &format!("who runs a shop in {t1}"),
        "the shopkeeper",
        false,
    );
    let min = b.person("Digital Affairs Minister", "", "the minister", false);
    let sp = b.person("", &format!("a %sp for {co}"), "the %sp", false);
    let cons = b.person(
        "",
        &format!("director of the consumer group {group}"),
        "the campaigner",
        false,
    );
    let an = b.person("", "an analyst at Crestline Capital", "the analyst", false);
    let rng = &mut b.rng;
    let affected = qa(Qv::Count(rng.step(100_000, 5_000_000, 10_000)));
    let hours = q(Qv::Hours(rng.range(5, 30)));
    let fine = q(Qv::Pct(rng.step(20, 100, 10)));
    let shares = q(Qv::Pct(rng.range(15, 120)));
    let summon = q(Qv::Day(rng.range(2, 4) as i64));
    let comp = q(Qv::Money(x.cur, rng.step(200, 2000, 50), Scale::One));
    let eng = q(Qv::Count(rng.step(50, 600, 10)));
    let loss = qa(Qv::Money(x.cur, rng.range(20, 400), Scale::Million));
    let emergency = q(Qv::Hours(rng.range(2, 8)));
    let began = q(Qv::Clock(rng.range(300, 700)));
    let sales = q(Qv::Money(x.cur, rng.step(2000, 50000, 500), Scale::One));

    b.fact(
        Some(sp),
        How::Said,
        "the outage had~ affected #0 customers",
        vec![affected],
    );
    b.fact(
        Some(sp),
        How::Said,
        "the fault had~ begun at #0 on #1",
        vec![began, q(Qv::Day(0))],
    );
    b.fact(
        Some(ceo),
        How::Said,
        "service had~ been fully restored after #0",
        vec![hours],
    );
    b.quote(
        ceo,
        How::Told("reporters".into()),
        "What happened was [completely unacceptable], and we will find out exactly why it happened.",
        "called the outage",
    );
    b.fact(
        Some(ceo),
        How::Said,
        "the problem had~ been caused by a faulty software update, not a cyber attack",
        vec![],
    );
    b.fact(
        Some(sp),
        How::Said,
        "#0 engineers had~ worked through the night to fix the fault",
        vec![eng],
    );
    b.quote(
        sp,
        How::Statement,
        "Our engineers worked through the night. [Most services are now back to normal].",
        "said",
    );
    b.fact(
        None,
        How::Said,
        &format!("Shares in {co} fell #0 on #1."),
        vec![shares, q(Qv::Day(1))],
    );
    b.fact(
        Some(reg),
        How::Said,
        "the company could~ face a fine of up to #0 of its annual turnover",
        vec![fine],
    );
    b.fact(
        Some(reg),
        How::Said,
        "the regulator had~ opened an investigation",
        vec![],
    );
    b.quote(
        reg,
        How::Said,
        "Millions of people rely on these networks, and [we will not hesitate to act] if the rules were broken.",
        "said",
    );
    b.fact(
        Some(min),
        How::Said,
        "the government would~ summon the company's executives on #0",
        vec![summon],
    );
    b.quote(
        min,
        How::Said,
        "This is critical infrastructure. [People deserve answers], and they deserve them quickly.",
        "said",
    );
    b.fact(
        Some(res),
        How::Said,
        "there was~ no evidence that customer data had been stolen",
        vec![],
    );
    b.quote(
        res,
        How::Said,
        "Nothing we have seen so far points to an attack. But [it is far too early to rule anything out].",
        "said",
    );
    b.fact(
        Some(cons),
        How::Said,
        "customers should~ receive compensation of at least #0 each",
        vec![comp],
    );
    b.quote(
        cons,
        How::Said,
        "Customers have been left out of pocket. [An apology is not enough].",
        "said",
    );
    b.fact(
        Some(cust),
        How::Said,
        "%s had~ lost #0 in sales",
        vec![sales],
    );
    b.quote(
        cust,
        How::Said,
        "I could not take card payments all day. [For a small shop, that is a disaster].",
        "said",
    );
    b.fact(
        None,
        How::Said,
        "Emergency calls were also affected for #0 in some regions.",
        vec![emergency],
    );
    b.fact(
        Some(an),
        How::Said,
        "the outage would~ cost the company #0",
        vec![loss],
    );
    b.quote(
        an,
        How::Said,
        "The reputational damage may [outlast the outage by years].",
        "said the damage could",
    );
    let rng = &mut b.rng;
    let nth = q(Qv::Ordinal(rng.range(2, 4)));
    let servers = q(Qv::Count(rng.step(200, 5000, 50)));
    let base = qa(Qv::Count(rng.step(1_000_000, 12_000_000, 100_000)));
    let staff = q(Qv::Count(rng.step(2000, 30000, 100)));
    let rules = q(Qv::Month(rng.range(1, 12)));
    let ytd = q(Qv::Pct(rng.range(50, 350)));
    b.fact(
        Some(ceo),
        How::Said,
        "the company would~ compensate every affected customer",
        vec![],
    );
    b.fact(
        Some(reg),
        How::Said,
        "it [was|was not] the #0 serious outage at the company in five years",
        vec![nth],
    );
    b.quote(
        reg,
        How::Said,
        "Once is an accident. [Three times is a pattern], and patterns have consequences.",
        "said",
    );
    b.fact(
        Some(res),
        How::Said,
        "the update had~ been pushed to #0 servers at once",
        vec![servers],
    );
    b.fact(
        None,
        How::Said,
        &format!("{co} has #0 customers in {} and employs #1 people.", x.name),
        vec![base, staff],
    );
    b.fact(
        Some(min),
        How::Said,
        "new rules on network resilience would~ be presented to parliament in #0",
        vec![rules],
    );
    b.quote(
        cons,
        How::Said,
        "People could not pay for food or fuel. [Some could not even call for help].",
        "said",
    );
    b.fact(
        Some(an),
        How::Said,
        "the company's shares had~ lost #0 of their value this year",
        vec![ytd],
    );
    let headlines = vec![
        format!("{co} outage leaves millions without service"),
        format!("{co} blames software update for nationwide outage"),
        format!("Regulator opens investigation into {co} outage"),
        format!("{co} outage: what we know"),
    ];
    let tabloid = vec![
        "Furious customers vented their anger online.".to_string(),
        "Shops were forced to turn shoppers away.".to_string(),
        "It is the second major blackout in a year.".to_string(),
    ];
    let state = vec![
        "The ministry has taken the situation under special control.".to_string(),
        "Experts say foreign hackers may have exploited the confusion.".to_string(),
    ];
    (headlines, tabloid, state, x)
}

const KINDS: &[&str] = &["summit", "quake", "budget", "strike", "outage"];

impl Event {
    fn new(seed: u64, idx: usize) -> Event {
        let rng = Rng::derive(seed, idx as u64 + 1, 0);
        let mut b = Builder {
            rng,
            cast: Vec::new(),
            claims: Vec::new(),
            used: Vec::new(),
            place_hint: None,
        };
        let kind = KINDS[(idx + (seed as usize % KINDS.len())) % KINDS.len()];
        let (headlines, tabloid, state, country) = match kind {
            "summit" => summit(&mut b),
            "quake" => quake(&mut b),
            "budget" => budget(&mut b),
            "strike" => strike(&mut b),
            _ => outage(&mut b),
        };
        let mut rng = b.rng.clone();
        let date =
            NaiveDate::from_ymd_opt(2024, 1, 1).unwrap_or_default() + Days::new(rng.range(0, 800));
        // Each event drops some of its material, so events of a kind differ in what there
        // is to report.
        let mut claims = Vec::new();
        for cl in b.claims {
            if cl.key || rng.chance(0.92) {
                claims.push(cl);
            }
        }
        let place = b
            .place_hint
            .clone()
            .unwrap_or_else(|| country.capital.to_string());
        let sections = match kind {
            "summit" => ["The call", "Reactions", "What happens next"],
            "quake" => ["The quake", "The rescue", "Aid and anger"],
            "budget" => ["The rate decision", "The budget", "Reactions"],
            "strike" => ["The walkout", "The offer", "Disruption"],
            _ => ["What happened", "The company", "Reactions"],
        };
        let section = match kind {
            "summit" => "world",
            "quake" => "world",
            "budget" => "business",
            "strike" => "news",
            _ => "technology",
        };
        let id = format!("e{idx:03}");
        Event {
            slug: format!("{id}-{kind}-{}", slug(&place)),
            id,
            date,
            place,
            country,
            cast: b.cast,
            claims,
            headlines,
            tabloid,
            state,
            sections,
            tags: vec![country.name.to_string(), cap(kind)],
            section,
        }
    }
}

// ---------------------------------------------------------------------------------------
// Reports

/// The kind of outlet a report imitates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Wire,
    Tabloid,
    StateMedia,
    Regional,
    Aggregator,
    LiveBlog,
    Broadcaster,
}

impl Style {
    /// Every style, in the order the first reports of an event use them.
    pub const ALL: [Style; 7] = [
        Style::Wire,
        Style::Tabloid,
        Style::StateMedia,
        Style::Regional,
        Style::Aggregator,
        Style::LiveBlog,
        Style::Broadcaster,
    ];

    /// A short lower-case name.
    pub fn name(self) -> &'static str {
        match self {
            Style::Wire => "wire",
            Style::Tabloid => "tabloid",
            Style::StateMedia => "state-media",
            Style::Regional => "regional",
            Style::Aggregator => "aggregator",
            Style::LiveBlog => "liveblog",
            Style::Broadcaster => "broadcaster",
        }
    }
}

/// One generated report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// `e000-r0000`: event and report number.
    pub id: String,
    /// Outlet name.
    pub outlet: String,
    /// Which kind of outlet.
    pub style: Style,
    /// Publication date, `YYYY-MM-DD`.
    pub date: String,
    /// Event key: every report of one event has the same.
    pub event: String,
    /// A made-up address under example.org.
    pub url: String,
    /// Byline name(s).
    pub author: String,
    /// Title (header and JSON record).
    pub title: String,
    /// Headline as printed above the body (may differ from the title).
    pub headline: String,
    /// Paragraphs separated by blank lines (dateline, byline, list items, trailers
    /// included; the headline is not).
    pub body: String,
}

impl Article {
    /// The text file: header block, blank line, headline, blank line, paragraphs.
    pub fn to_txt(&self) -> String {
        format!(
            "outlet: {}\ndate: {}\nurl: {}\ntitle: {}\nauthor: {}\nevent: {}\n\n{}\n\n{}\n",
            self.outlet,
            self.date,
            self.url,
            self.title,
            self.author,
            self.event,
            self.headline,
            self.body
        )
    }

    /// One JSON Lines record (no trailing newline): `id, outlet, date, url, title, body,
    /// event`.
    pub fn to_json(&self) -> String {
        let mut out = String::from("{");
        let fields = [
            ("id", &self.id),
            ("outlet", &self.outlet),
            ("date", &self.date),
            ("url", &self.url),
            ("title", &self.title),
            ("body", &self.body),
            ("event", &self.event),
        ];
        for (i, (k, v)) in fields.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str(&json_str(k));
            out.push(':');
            out.push_str(&json_str(v));
        }
        out.push('}');
        out
    }

    /// A file name for the text form.
    pub fn file_name(&self) -> String {
        format!("{}.txt", self.id)
    }
}

fn json_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for ch in s.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `reports_per_event` reports of each of `events` events. Same arguments, same articles.
pub fn generate(seed: u64, events: usize, reports_per_event: usize) -> Vec<Article> {
    let mut out = Vec::with_capacity(events * reports_per_event);
    for e in 0..events {
        let ev = Event::new(seed, e);
        for r in 0..reports_per_event {
            out.push(Report::new(&ev, seed, e, r).write());
        }
    }
    out
}

/// Reports of events until their text adds up to at least `bytes` (body bytes), with
/// `reports_per_event` reports per event.
pub fn generate_bytes(seed: u64, bytes: usize, reports_per_event: usize) -> Vec<Article> {
    let mut out = Vec::new();
    let mut total = 0;
    let mut e = 0;
    while total < bytes {
        let ev = Event::new(seed, e);
        for r in 0..reports_per_event {
            let a = Report::new(&ev, seed, e, r).write();
            total += a.body.len();
            out.push(a);
            if total >= bytes {
                break;
            }
        }
        e += 1;
    }
    out
}

struct Outlet {
    name: String,
    /// How the outlet names itself in copy ("the Ledger", "the HBC", "GWS").
    short: String,
    slug: String,
}

fn make_outlet(style: Style, rng: &mut Rng) -> Outlet {
    let paper = |rng: &mut Rng, cities: &[&str], papers: &[&str]| {
        let (c, p) = (*rng.pick(cities), *rng.pick(papers));
        (format!("The {c} {p}"), format!("the {p}"))
    };
    let (name, short) = match style {
        Style::Wire => {
            let x = *rng.pick(&[
                "Global",
                "Continental",
                "Atlantic",
                "Northern",
                "Pacific",
                "Meridian",
                "Allied",
                "Central",
                "Baltic",
                "Union",
                "Independent",
                "Standard",
                "Capital",
                "Federal",
            ]);
            let (kind, abbr) = *rng.pick(&[
                ("Wire Service", "WS"),
                ("Press Agency", "PA"),
                ("News Agency", "NA"),
                ("Press Service", "PS"),
            ]);
            let abbr = format!("{}{abbr}", &x[..1]);
            (format!("{x} {kind} ({abbr})"), abbr)
        }
        Style::Tabloid => {
            let x = *rng.pick(&[
                "Clarion", "Bugle", "Blaze", "Siren", "Flash", "Trumpet", "Rocket", "Torch",
                "Klaxon", "Thunder", "Buzz", "Comet",
            ]);
            let name = match rng.below(3) {
                0 => format!("The Daily {x}"),
                1 => format!("The Sunday {x}"),
                _ => format!("The {x}"),
            };
            (name.clone(), name)
        }
        Style::StateMedia => {
            let x = *rng.pick(&[
                "Severinform",
                "Vostokpress",
                "Zaria",
                "Polarinform",
                "Tirasinform",
                "Uralpress",
                "Baltinform",
                "Stepinform",
            ]);
            let kind = *rng.pick(&["News Agency", "Information Agency", "State Television"]);
            (format!("{x} {kind}"), x.to_string())
        }
        Style::Regional => paper(
            rng,
            &[
                "Lake Erie",
                "Fenwick",
                "Ashford",
                "Millbrook",
                "Riverside",
                "Harbor",
                "Pine Valley",
                "Westmoor",
                "Northfield",
                "Carrow",
                "Bayside",
                "Elm County",
            ],
            &[
                "Ledger", "Gazette", "Courier", "Herald", "Sentinel", "Tribune", "Register",
                "Advocate", "Enquirer",
            ],
        ),
        Style::Aggregator => {
            let x = *rng.pick(&[
                "NewsPulse",
                "Headline Hub",
                "WorldBrief",
                "Newsfeed",
                "Skim",
                "Glance",
                "Roundup",
                "PaperTrail",
                "Wavelength",
            ]);
            let kind = *rng.pick(&["Digest", "Briefing", "Today", "Daily"]);
            let name = format!("{x} {kind}");
            (name.clone(), name)
        }
        Style::LiveBlog => paper(
            rng,
            &[
                "London", "Dublin", "Leeds", "Bristol", "Glasgow", "Cardiff", "Sydney", "Toronto",
                "Auckland",
            ],
            &[
                "Chronicle",
                "Despatch",
                "Record",
                "Journal",
                "Post",
                "Evening News",
            ],
        ),
        Style::Broadcaster => {
            let a = *rng.pick(&["H", "K", "N", "R", "S", "T", "V", "W"]);
            let b = *rng.pick(&["B", "T", "R"]);
            let c = *rng.pick(&["C", "N", "S"]);
            let abbr = format!("{a}{b}{c}");
            (format!("{abbr} News"), format!("the {abbr}"))
        }
    };
    Outlet {
        slug: slug(&name),
        name,
        short,
    }
}

#[derive(Debug, Clone, Copy, Default)]
struct Mutation {
    number: Option<usize>,
    negate: bool,
    swap: Option<usize>,
    hedge: bool,
    shorten: bool,
    reword: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pos {
    /// Subject at the start of a sentence or clause.
    Start,
    /// Inside a clause.
    Mid,
    /// Last words of the sentence.
    End,
}

struct Report<'e> {
    ev: &'e Event,
    rng: Rng,
    style: Style,
    fmt: Fmt,
    marks: [&'static str; 4],
    cast: Vec<Person>,
    mentioned: Vec<bool>,
    last: Option<usize>,
    honorifics: bool,
    variants: bool,
    outlet: Outlet,
    date: NaiveDate,
    careless: f64,
    number: usize,
    wire: String,
}

impl<'e> Report<'e> {
    fn new(ev: &'e Event, seed: u64, e: usize, r: usize) -> Report<'e> {
        let mut rng = Rng::derive(seed, e as u64 + 1, r as u64 + 1);
        let style = if r < Style::ALL.len() {
            Style::ALL[r]
        } else {
            // Weighted: wire and broadcaster copy are the most common.
            let w = rng.below(100);
            match w {
                0..20 => Style::Wire,
                20..32 => Style::Tabloid,
                32..42 => Style::StateMedia,
                42..60 => Style::Regional,
                60..72 => Style::Aggregator,
                72..82 => Style::LiveBlog,
                _ => Style::Broadcaster,
            }
        };
        let uk = matches!(style, Style::Tabloid | Style::LiveBlog | Style::Broadcaster)
            || (style == Style::Wire && rng.chance(0.3));
        let fmt = Fmt {
            uk,
            pct: if uk {
                if rng.chance(0.5) { 1 } else { 0 }
            } else if rng.chance(0.3) {
                2
            } else {
                0
            },
            money_short: uk || rng.chance(0.4),
            date: match style {
                Style::Wire => 3,
                Style::Regional => 2,
                Style::StateMedia => 0,
                _ if uk => 1,
                _ => 0,
            },
            round: matches!(style, Style::Tabloid | Style::Aggregator) && rng.chance(0.6),
            words: rng.chance(0.5),
            clock12: !uk && rng.chance(0.5),
        };
        let marks = match style {
            Style::Wire | Style::LiveBlog => ["“", "”", "‘", "’"],
            Style::Tabloid | Style::Broadcaster => ["‘", "’", "“", "”"],
            Style::StateMedia | Style::Regional => ["\"", "\"", "'", "'"],
            Style::Aggregator => {
                if rng.chance(0.5) {
                    ["\"", "\"", "'", "'"]
                } else {
                    ["“", "”", "‘", "’"]
                }
            }
        };
        let careless = match rng.below(10) {
            0..3 => 0.0,
            3..8 => 1.0,
            _ => 2.5,
        };
        let outlet = make_outlet(style, &mut rng);
        let wire = make_outlet(Style::Wire, &mut rng).name;
        let late = matches!(
            style,
            Style::Tabloid | Style::StateMedia | Style::Aggregator | Style::Regional
        ) && rng.chance(0.6);
        let date = ev.date + Days::new(late as u64);
        Report {
            ev,
            style,
            fmt,
            marks,
            cast: ev.cast.clone(),
            mentioned: vec![false; ev.cast.len()],
            last: None,
            honorifics: style == Style::Broadcaster
                || (style == Style::LiveBlog && rng.chance(0.3)),
            variants: matches!(style, Style::StateMedia | Style::Aggregator) && rng.chance(0.7),
            outlet,
            date,
            careless,
            number: r,
            wire,
            rng,
        }
    }

    // ----- quantities and dates

    fn day_text(&mut self, off: i64) -> String {
        let d = if off >= 0 {
            self.ev.date + Days::new(off as u64)
        } else {
            self.ev.date - Days::new((-off) as u64)
        };
        let wd = WEEKDAYS[d.weekday().num_days_from_monday() as usize];
        if off.abs() <= 5 && self.rng.chance(0.65) {
            return wd.to_string();
        }
        let m = d.month0() as usize;
        let day = d.day();
        let date = match self.fmt.date {
            0 => format!("{} {day}", MONTHS[m]),
            1 => format!("{day} {}", MONTHS[m]),
            2 => format!("{} {day}", MONTHS_AP[m]),
            _ => format!("{} {day}", MONTHS_SHORT[m]),
        };
        if off.abs() <= 5 && self.rng.chance(0.5) {
            format!("{wd}, {date}")
        } else {
            date
        }
    }

    fn money(&mut self, cu: Cur, t: u64, scale: Scale) -> String {
        let v = tenths(t);
        let (sym, word) = match cu {
            Cur::Eur => ("€", "euros"),
            Cur::Usd => ("$", "dollars"),
            Cur::Gbp => ("£", "pounds"),
            Cur::Local(w) => ("", w),
        };
        let (short, long) = match scale {
            Scale::One => ("", ""),
            Scale::Million => ("m", " million"),
            Scale::Billion => ("bn", " billion"),
        };
        let v = if scale == Scale::One {
            commas(t / 10)
        } else {
            v
        };
        if sym.is_empty() {
            format!("{v}{long} {word}")
        } else if self.fmt.money_short {
            format!("{sym}{v}{short}")
        } else if self.rng.chance(0.6) {
            format!("{sym}{v}{long}")
        } else {
            format!("{v}{long} {word}")
        }
    }

    fn quantity(&mut self, q: Q) -> String {
        let hedge = |rng: &mut Rng| *rng.pick(&["about ", "around ", "some ", "roughly "]);
        match q.v {
            Qv::Count(n) => {
                if self.fmt.round && n >= 200 {
                    let mag = 10u64.pow((n as f64).log10().floor() as u32 - 1);
                    let r = n / mag * mag;
                    if r < n {
                        return format!("more than {}", commas(r));
                    }
                }
                let s = if self.fmt.words && n <= 12 {
                    SMALL[n as usize].to_string()
                } else {
                    commas(n)
                };
                if q.approx {
                    format!("{}{s}", hedge(&mut self.rng))
                } else {
                    s
                }
            }
            Qv::Dec(t) => format!("{}.{}", t / 10, t % 10),
            Qv::Pct(t) => {
                let v = tenths(t);
                match self.fmt.pct {
                    0 => format!("{v}%"),
                    1 => format!("{v} per cent"),
                    _ => format!("{v} percent"),
                }
            }
            Qv::Money(cu, t, s) => {
                let m = self.money(cu, t, s);
                if q.approx {
                    format!("{}{m}", hedge(&mut self.rng))
                } else {
                    m
                }
            }
            Qv::Km(k) => {
                let miles = if k > 100 {
                    (k * 621 / 1000 + 2) / 5 * 5
                } else {
                    k * 621 / 1000
                };
                let s = match (self.fmt.uk, self.rng.below(3)) {
                    (true, 0) => format!("{}km ({} miles)", commas(k), commas(miles)),
                    (true, 1) => format!("{} kilometres", commas(k)),
                    (false, 0) => format!("{} kilometers ({} miles)", commas(k), commas(miles)),
                    (false, 1) => format!("{} miles", commas(miles)),
                    _ => format!("{} km", commas(k)),
                };
                if q.approx {
                    format!("{}{s}", hedge(&mut self.rng))
                } else {
                    s
                }
            }
            Qv::Minutes(m) => {
                let (h, rest) = (m / 60, m % 60);
                let pre = if q.approx {
                    *self.rng.pick(&["almost ", "nearly ", "just under "])
                } else {
                    ""
                };
                if self.fmt.round && m >= 120 {
                    return format!("more than {} hours", SMALL[h as usize]);
                }
                let s = match (rest, self.rng.below(3)) {
                    (0, _) => format!("{} hours", SMALL[h as usize]),
                    (30, 0) => format!("{} and a half hours", SMALL[h as usize]),
                    (30, 1) => format!("{h}.5 hours"),
                    (_, 2) => format!("{m} minutes"),
                    _ => format!("{h} hours and {rest} minutes"),
                };
                format!("{pre}{s}")
            }
            Qv::Hours(h) => {
                if self.fmt.words && h <= 12 {
                    format!("{} hours", SMALL[h as usize])
                } else {
                    format!("{h} hours")
                }
            }
            Qv::Weeks(w) => format!("{} weeks", SMALL[w as usize]),
            Qv::Ordinal(n) => ORDINALS[n as usize].to_string(),
            Qv::Day(off) => self.day_text(off),
            Qv::Clock(m) => {
                let (h, mi) = (m / 60, m % 60);
                if self.fmt.clock12 {
                    let h12 = if h % 12 == 0 { 12 } else { h % 12 };
                    format!("{h12}:{mi:02} {}", if h < 12 { "a.m." } else { "p.m." })
                } else {
                    format!("{h:02}:{mi:02}")
                }
            }
            Qv::Year(y) => y.to_string(),
            Qv::Month(m) => MONTHS[m as usize - 1].to_string(),
            Qv::Bare(n) => n.to_string(),
        }
    }

    // ----- people

    fn refer(&mut self, who: usize, pos: Pos, pronoun_ok: bool) -> String {
        let p = self.cast[who].clone();
        let (given, family) = match (&p.alt, self.variants) {
            (Some((g, f)), true) => (g.clone(), f.clone()),
            _ => (p.given.clone(), p.family.clone()),
        };
        if !self.mentioned[who] {
            self.mentioned[who] = true;
            let name = format!("{given} {family}");
            let use_pre = !p.pre.is_empty() && (p.appos.is_empty() || self.rng.chance(0.6));
            if use_pre {
                return format!("{} {name}", p.pre);
            }
            if p.appos.is_empty() {
                return name;
            }
            return match pos {
                Pos::End => format!("{name}, {}", p.appos),
                _ => format!("{name}, {},", p.appos),
            };
        }
        if pronoun_ok && self.last == Some(who) && self.rng.chance(0.5) {
            return if p.female { "she" } else { "he" }.to_string();
        }
        if self.rng.chance(0.2) {
            return p.role.clone();
        }
        if self.honorifics {
            format!("{} {family}", p.honor)
        } else {
            family
        }
    }

    // ----- templates

    /// Resolve `[a|b]`, `{a|b}` and `~`, then `#n`, `@n`, `%s`, `%p`, `«»`.
    fn fill(
        &mut self,
        text: &str,
        qs: &[Q],
        speaker: Option<usize>,
        negate: bool,
        in_quote: bool,
    ) -> String {
        let mut pass1 = String::with_capacity(text.len() + 16);
        let mut rest = text;
        while let Some(i) = rest.find(['[', '{', '~']) {
            pass1.push_str(&rest[..i]);
            let ch = rest.as_bytes()[i];
            if ch == b'~' {
                if negate {
                    pass1.push_str(" not");
                }
                rest = &rest[i + 1..];
                continue;
            }
            let close = if ch == b'[' { ']' } else { '}' };
            let end = i + rest[i..].find(close).unwrap_or(rest.len() - i);
            let inner = &rest[i + 1..end];
            let opts: Vec<&str> = inner.split('|').collect();
            let chosen = if ch == b'[' {
                if negate && opts.len() > 1 {
                    opts[1]
                } else {
                    opts[0]
                }
            } else {
                opts[self.rng.below(opts.len())]
            };
            pass1.push_str(chosen);
            rest = &rest[(end + 1).min(rest.len())..];
        }
        pass1.push_str(rest);

        let [o, c, io, ic] = self.marks;
        let (open, close) = if in_quote { (io, ic) } else { (o, c) };
        let mut out = String::with_capacity(pass1.len() + 32);
        let mut rest = pass1.as_str();
        while let Some(i) = rest.find(['#', '@', '%', '«', '»']) {
            out.push_str(&rest[..i]);
            let after = &rest[i..];
            let ch = after.chars().next().unwrap_or(' ');
            let tail = &after[ch.len_utf8()..];
            match ch {
                '«' => {
                    out.push_str(open);
                    rest = tail;
                }
                '»' => {
                    out.push_str(close);
                    rest = tail;
                }
                '%' => {
                    let female = speaker.map(|s| self.cast[s].female).unwrap_or(false);
                    let w = match (tail.as_bytes().first(), female) {
                        (Some(b's'), false) => "he",
                        (Some(b's'), true) => "she",
                        (_, false) => "his",
                        (_, true) => "her",
                    };
                    out.push_str(w);
                    rest = &tail[1.min(tail.len())..];
                }
                _ => {
                    let digits = tail.bytes().take_while(u8::is_ascii_digit).count();
                    let n: usize = tail[..digits].parse().unwrap_or(0);
                    if ch == '#' {
                        let s = self.quantity(qs[n]);
                        out.push_str(&s);
                    } else {
                        let s = self.refer(n, Pos::Mid, false);
                        out.push_str(&s);
                    }
                    rest = &tail[digits..];
                }
            }
        }
        out.push_str(rest);
        out
    }

    fn style_verb(&mut self) -> String {
        let v: &[&str] = match self.style {
            Style::Wire => &["said", "said", "said", "added", "noted"],
            Style::Tabloid => &["said", "insisted", "revealed", "warned", "boasted"],
            Style::StateMedia => &["noted", "stressed", "said", "pointed out", "underlined"],
            _ => &["said", "said", "said", "added", "told the outlet"],
        };
        let v = *self.rng.pick(v);
        if v == "told the outlet" {
            format!("told {}", self.outlet.short)
        } else {
            v.to_string()
        }
    }

    fn verb(&mut self, how: &How, hedge: bool) -> String {
        if hedge {
            return (*self.rng.pick(&[
                "claimed",
                "insisted",
                "alleged",
                "maintained",
                "suggested",
                "admitted",
            ]))
            .to_string();
        }
        match how {
            How::Said => self.style_verb(),
            How::Told(a) => format!("told {a}"),
            How::Wrote(p) => format!("wrote {p}"),
            How::Statement => "said in a statement".to_string(),
        }
    }

    /// Sometimes a trailing phrase on a reported sentence.
    fn elaboration(&mut self) -> String {
        if !self.rng.chance(0.35) {
            return String::new();
        }
        let ev = self.ev;
        let e = match self.rng.below(8) {
            0 => "without giving further details".to_string(),
            1 => "citing preliminary figures".to_string(),
            2 => format!("speaking at a news conference in {}", ev.country.capital),
            3 => format!("in remarks carried by {} media", ev.country.adj),
            4 => "adding that more information would be released in the coming days".to_string(),
            5 => "in comments confirmed by officials later in the day".to_string(),
            6 => format!("in an interview with {} radio", ev.country.adj),
            _ => "although the figures could not be independently verified".to_string(),
        };
        format!(", {e}")
    }

    fn mutation(&mut self, cl: &Claim) -> Mutation {
        let k = self.careless;
        let mut m = Mutation::default();
        match &cl.body {
            Body::Fact { text, qs } => {
                if !qs.is_empty() && self.rng.chance(0.07 * k) {
                    m.number = Some(self.rng.below(qs.len()));
                }
                if (text.contains('~') || text.contains('[')) && self.rng.chance(0.03 * k) {
                    m.negate = true;
                }
                m.hedge = cl.who.is_some() && self.rng.chance(0.05 + 0.05 * k);
            }
            Body::Quote { .. } => {
                m.shorten = self.rng.chance(0.2);
                m.reword = self.rng.chance(0.05 * k);
            }
        }
        if cl.who.is_some() && !cl.key && self.rng.chance(0.03 * k) {
            m.swap = Some(self.rng.below(self.ev.cast.len()));
        }
        m
    }

    fn fact_sentence(&mut self, cl: &Claim, m: Mutation) -> String {
        let Body::Fact { text, qs } = &cl.body else {
            return String::new();
        };
        let mut qs = qs.clone();
        if let Some(i) = m.number {
            qs[i] = qs[i].changed(&mut self.rng);
        }
        let Some(who) = m.swap.or(cl.who) else {
            let s = self.fill(text, &qs, None, m.negate, false);
            self.last = None;
            return cap(&s);
        };
        let verb = self.verb(&cl.how, m.hedge);
        let when = if self.rng.chance(0.2) {
            format!(" on {}", self.day_text(0))
        } else {
            String::new()
        };
        let w: &[u8] = match self.style {
            Style::StateMedia | Style::Aggregator => &[3, 2, 2, 4, 1],
            Style::Tabloid => &[3, 3, 3, 1, 1],
            _ => &[4, 3, 3, 2, 1],
        };
        let total: u8 = w.iter().sum();
        let mut roll = self.rng.below(total as usize) as u8;
        let mut pat = 0;
        for (i, x) in w.iter().enumerate() {
            if roll < *x {
                pat = i;
                break;
            }
            roll -= x;
        }
        if cl.key {
            pat = 0;
        } else if self.last == Some(who) && self.mentioned[who] && self.rng.chance(0.5) {
            pat = 5;
        }
        let s = match pat {
            0 => {
                let s = self.refer(who, Pos::Start, true);
                let clause = self.fill(text, &qs, Some(who), m.negate, false);
                let more = self.elaboration();
                format!("{s} {verb}{when} that {clause}{more}.")
            }
            1 if !verb.starts_with("wrote") => {
                let s = self.refer(who, Pos::Start, true);
                let clause = self.fill(text, &qs, Some(who), m.negate, false);
                let more = self.elaboration();
                format!("{s} {verb}{when} {clause}{more}.")
            }
            2 => {
                let clause = self.fill(text, &qs, Some(who), m.negate, false);
                if !verb.contains(' ') && self.rng.chance(0.5) {
                    let s = self.refer(who, Pos::End, false);
                    format!("{clause}, {verb} {s}.")
                } else {
                    let s = self.refer(who, Pos::Mid, true);
                    format!("{clause}, {s} {verb}.")
                }
            }
            3 => {
                let s = self.refer(who, Pos::Mid, false);
                let clause = self.fill(text, &qs, Some(who), m.negate, false);
                if s.ends_with(',') {
                    format!("According to {s} {clause}.")
                } else {
                    format!("According to {s}, {clause}.")
                }
            }
            5 => {
                let he = if self.cast[who].female { "She" } else { "He" };
                let clause = self.fill(text, &qs, Some(who), m.negate, false);
                let v = if m.hedge {
                    format!("also {verb}")
                } else {
                    (*self.rng.pick(&["added", "also said", "went on to say"])).to_string()
                };
                format!("{he} {v} that {clause}.")
            }
            _ => {
                let s = self.refer(who, Pos::Start, true);
                let clause = self.fill(text, &qs, Some(who), m.negate, false);
                format!("{s} {verb}{when} that {clause}.")
            }
        };
        self.last = Some(who);
        let s = cap(&s);
        if self.style == Style::Aggregator && self.rng.chance(0.3) && s.ends_with('.') {
            format!("{}, according to {}.", &s[..s.len() - 1], self.wire)
        } else {
            s
        }
    }

    fn quote_sentence(&mut self, cl: &Claim, m: Mutation) -> String {
        let Body::Quote { sents, frag, frame } = &cl.body else {
            return String::new();
        };
        let who = m.swap.or(cl.who).unwrap_or(0);
        let mut sents: Vec<String> = sents
            .iter()
            .map(|s| self.fill(s, &[], Some(who), false, true))
            .collect();
        if m.shorten {
            if sents.len() > 1 {
                sents.truncate(1);
            } else if let Some(i) = sents[0].rfind(", ") {
                sents[0] = format!("{}.", &sents[0][..i]);
            }
        }
        if m.reword {
            'swap: for s in sents.iter_mut() {
                for (a, b) in SYNONYMS {
                    let pat = format!(" {a} ");
                    if let Some(i) = s.find(&pat) {
                        s.replace_range(i..i + pat.len(), &format!(" {b} "));
                        break 'swap;
                    }
                }
            }
        }
        let [o, c, _, _] = self.marks;
        let verb = match (&cl.how, self.style) {
            (_, _) if m.hedge => "insisted".to_string(),
            (How::Said, Style::Tabloid) => (*self
                .rng
                .pick(&["said", "fumed", "raged", "gushed", "added"]))
            .to_string(),
            (How::Said, _) => (*self.rng.pick(&["said", "said", "added"])).to_string(),
            (how, _) => self.verb(how, false),
        };
        let comma_end = |s: &str| -> String {
            match s.strip_suffix('.') {
                Some(x) => format!("{x},"),
                None => s.to_string(),
            }
        };
        let split_at = sents[0]
            .match_indices(", ")
            .map(|(i, _)| i)
            .find(|&i| i > 15 && i + 10 < sents[0].len());
        let form = self.rng.below(10);
        let s = match form {
            0..=3 => {
                let all = comma_end(&sents.join(" "));
                if !verb.contains(' ') && self.mentioned[who] == self.rng.chance(0.3) {
                    let s = self.refer(who, Pos::End, false);
                    format!("{o}{all}{c} {verb} {s}.")
                } else {
                    let s = self.refer(who, Pos::Mid, true);
                    format!("{o}{all}{c} {s} {verb}.")
                }
            }
            4 | 5 => {
                let s = self.refer(who, Pos::Start, true);
                format!("{s} {verb}: {o}{}{c}", sents.join(" "))
            }
            6 if sents.len() > 1 => {
                let first = comma_end(&sents[0]);
                let s = self.refer(who, Pos::Mid, true);
                format!("{o}{first}{c} {s} {verb}. {o}{}{c}", sents[1..].join(" "))
            }
            6 | 7 if split_at.is_some() => {
                let i = split_at.unwrap_or(0);
                let (a, b) = (&sents[0][..i], &sents[0][i + 2..]);
                let s = self.refer(who, Pos::Mid, true);
                let more = if sents.len() > 1 {
                    format!(" {}", sents[1..].join(" "))
                } else {
                    String::new()
                };
                format!("{o}{a},{c} {s} {verb}, {o}{b}{more}{c}")
            }
            _ if !frag.is_empty() => {
                let s = self.refer(who, Pos::Start, true);
                let mut frag = self.fill(frag, &[], Some(who), false, true);
                // A fragment run into the sentence starts in lower case ("said that “our
                // members …”"), unless it starts with "I".
                if !frag.starts_with("I ") {
                    let first = frag.chars().next().unwrap_or(' ');
                    frag = format!("{}{}", first.to_lowercase(), &frag[first.len_utf8()..]);
                }
                let frame = if frame == "said" && self.rng.chance(0.5) {
                    "said that"
                } else {
                    frame.as_str()
                };
                format!("{s} {frame} {o}{frag}{c}.")
            }
            _ => {
                let all = comma_end(&sents.join(" "));
                let s = self.refer(who, Pos::Mid, true);
                format!("{o}{all}{c} {s} {verb}.")
            }
        };
        self.last = Some(who);
        cap_after_marks(&s)
    }

    fn claim_sentence(&mut self, cl: &Claim) -> String {
        let m = self.mutation(cl);
        match cl.body {
            Body::Fact { .. } => self.fact_sentence(cl, m),
            Body::Quote { .. } => self.quote_sentence(cl, m),
        }
    }

    fn dateline(&mut self) -> String {
        let d = self.date;
        let place = self.ev.place.to_uppercase();
        match self.style {
            Style::Wire => format!(
                "{place}, {} {} ({}) – ",
                MONTHS_SHORT[d.month0() as usize],
                d.day(),
                self.outlet.short
            ),
            Style::StateMedia => format!(
                "{place}, {} {} ({}) - ",
                MONTHS[d.month0() as usize],
                d.day(),
                self.outlet.short
            ),
            Style::Regional if self.rng.chance(0.3) => format!("{place} — "),
            _ => String::new(),
        }
    }

    fn person_name(&mut self) -> String {
        let female = self.rng.chance(0.5);
        let g = *self.rng.pick(if female { FEMALE } else { MALE });
        let f = *self.rng.pick(FAMILY);
        format!("{g} {f}")
    }

    fn write(mut self) -> Article {
        let ev = self.ev;
        let target = self.rng.range(5000, 7400) as usize;
        // Claims in a random order until their estimated size nears the target, then back
        // in story order.
        let n = ev.claims.len();
        let mut order: Vec<usize> = (1..n).collect();
        self.rng.shuffle(&mut order);
        let mut picked = vec![0usize];
        let mut est = 0;
        for i in order {
            if est >= target * 9 / 10 {
                break;
            }
            est += match &ev.claims[i].body {
                Body::Fact { text, .. } => text.len() + 45,
                Body::Quote { sents, .. } => sents.iter().map(String::len).sum::<usize>() + 35,
            };
            picked.push(i);
        }
        picked.sort_unstable();
        for i in 1..picked.len().saturating_sub(1) {
            if self.rng.chance(0.15) {
                picked.swap(i, i + 1);
            }
        }
        // One sentence per claim, with who said it.
        let mut sents: Vec<(Option<usize>, String)> = Vec::new();
        for &i in &picked {
            let cl = &ev.claims[i];
            let s = self.claim_sentence(cl);
            sents.push((self.last, s));
        }
        // Context in the outlet's own voice until the report reaches its length.
        let mut size: usize = sents.iter().map(|s| s.1.len() + 2).sum();
        let mut order: Vec<usize> = (0..CONTEXT.len()).collect();
        self.rng.shuffle(&mut order);
        let most = match self.style {
            Style::Tabloid | Style::Aggregator | Style::LiveBlog => 6,
            _ => 12,
        };
        for i in order.into_iter().take(most) {
            if size >= target || sents.len() < 3 {
                break;
            }
            let (t, kind) = CONTEXT[i];
            let t = t
                .replace("$X", ev.country.name)
                .replace("$A", ev.country.adj)
                .replace("$CAP", ev.country.capital)
                .replace("$PLACE", &ev.place);
            let qs = match kind {
                'p' => vec![q(Qv::Pct(self.rng.range(250, 650)))],
                _ => vec![q(Qv::Count(self.rng.step(2000, 80000, 1000)))],
            };
            let line = self.fill(&t, &qs, None, false, false);
            size += line.len() + 2;
            let at = 2 + self.rng.below(sents.len() - 1);
            sents.insert(at, (None, line));
        }
        let mut extra: Vec<String> = Vec::new();
        match self.style {
            Style::Tabloid => {
                let mut t = ev.tabloid.clone();
                self.rng.shuffle(&mut t);
                for a in t.iter().take(2) {
                    extra.push(self.fill(a, &[], None, false, false));
                }
            }
            Style::StateMedia => {
                for a in &ev.state {
                    extra.push(self.fill(a, &[], None, false, false));
                }
            }
            _ => {}
        }
        for (k, x) in extra.into_iter().enumerate() {
            let at = (2 + k * 3 + self.rng.below(sents.len().max(3) - 2)).min(sents.len());
            sents.insert(at, (None, x));
        }
        if self.style == Style::Regional {
            let local = self.local_angle();
            let at = (sents.len() * 3 / 5).max(1);
            for (k, s) in local.into_iter().enumerate() {
                sents.insert(at + k, s);
            }
        }

        let mut heads = ev.headlines.clone();
        self.rng.shuffle(&mut heads);
        let title = self.fill(&heads[0], &[], None, false, false);
        let headline = if self.rng.chance(0.5) {
            title.clone()
        } else {
            self.fill(&heads[1 % heads.len()], &[], None, false, false)
        };
        let headline = if self.style == Style::Tabloid {
            headline.to_uppercase()
        } else {
            headline
        };
        let author = match self.style {
            Style::StateMedia => format!("{} Political Desk", self.outlet.short),
            Style::Aggregator => format!("{} staff", self.outlet.name),
            _ if self.rng.chance(0.3) => format!("{}, {}", self.person_name(), self.person_name()),
            _ => self.person_name(),
        };
        let paras = self.layout(sents, &heads, &author);
        let ymd = format!(
            "{:04}{:02}{:02}",
            self.date.year(),
            self.date.month(),
            self.date.day()
        );
        Article {
            id: format!("{}-r{:04}", ev.id, self.number),
            outlet: self.outlet.name.clone(),
            style: self.style,
            date: self.date.format("%Y-%m-%d").to_string(),
            event: ev.slug.clone(),
            url: format!(
                "https://example.org/{}/{}/{}-{ymd}-{}",
                self.outlet.slug,
                ev.section,
                slug(&title),
                self.number
            ),
            author,
            title,
            headline,
            body: paras.join("\n\n"),
        }
    }

    /// A regional paper's own angle: local people reacting, a local figure.
    fn local_angle(&mut self) -> Vec<(Option<usize>, String)> {
        let ev = self.ev;
        let area = self.outlet.name.trim_start_matches("The ").to_string();
        let area = area
            .rsplit_once(' ')
            .map(|(a, _)| a.to_string())
            .unwrap_or(area);
        let town = town(&mut self.rng);
        let mut used: Vec<&'static str> = Vec::new();
        let party = *self.rng.pick(&["Republican", "Democrat"]);
        let sen = new_person(
            &mut self.rng,
            &mut used,
            "State Sen.",
            &format!("a {town} {party}"),
            "the senator",
            false,
        );
        let lead = new_person(
            &mut self.rng,
            &mut used,
            "",
            &format!(
                "president of the {} American Council of {area}",
                ev.country.adj
            ),
            "the council president",
            false,
        );
        let base = self.cast.len();
        self.cast.push(sen);
        self.cast.push(lead);
        self.mentioned.push(false);
        self.mentioned.push(false);
        let pop = q(Qv::Count(self.rng.step(5000, 60000, 1000)));
        let claims = [
            Claim {
                who: None,
                how: How::Said,
                body: Body::Fact {
                    text: format!(
                        "For {area}'s {} Americans, the news brought a familiar mix of hope and worry.",
                        ev.country.adj
                    ),
                    qs: vec![],
                },
                key: false,
            },
            Claim {
                who: Some(base + 1),
                how: How::Told(format!("{} in a phone interview", self.outlet.short)),
                body: Body::Quote {
                    sents: vec![
                        "We have heard promises before.".to_string(),
                        "We want to see results on the ground.".to_string(),
                    ],
                    frag: "results on the ground".to_string(),
                    frame: "said families wanted to see".to_string(),
                },
                key: false,
            },
            Claim {
                who: Some(base),
                how: How::Said,
                body: Body::Fact {
                    text: "%s would~ introduce a resolution on the issue next week".to_string(),
                    qs: vec![],
                },
                key: false,
            },
            Claim {
                who: Some(base),
                how: How::Said,
                body: Body::Quote {
                    sents: vec![
                        "Words are cheap.".to_string(),
                        "What matters is what happens next.".to_string(),
                    ],
                    frag: "what happens next".to_string(),
                    frame: "said what mattered was".to_string(),
                },
                key: false,
            },
            Claim {
                who: None,
                how: How::Said,
                body: Body::Fact {
                    text: format!(
                        "{area} is home to an estimated #0 people of {} descent, one of the largest such communities in the region.",
                        ev.country.adj
                    ),
                    qs: vec![pop],
                },
                key: false,
            },
        ];
        let mut out = Vec::new();
        for cl in &claims {
            let s = self.claim_sentence(cl);
            out.push((self.last, s));
        }
        out
    }

    /// Paragraphs in the outlet's layout.
    fn layout(
        &mut self,
        sents: Vec<(Option<usize>, String)>,
        heads: &[String],
        author: &str,
    ) -> Vec<String> {
        let mut paras: Vec<String> = Vec::new();
        match self.style {
            Style::LiveBlog => {
                let mut key = vec!["Key events".to_string()];
                for h in heads.iter().take(4) {
                    let h = self.fill(h, &[], None, false, false);
                    key.push(format!("- {h}"));
                }
                paras.push(key.join("\n"));
                // Entries in story order, printed newest first.
                let mut entries: Vec<Vec<String>> = Vec::new();
                let mut i = 0;
                while i < sents.len() {
                    let k = 1 + self.rng.below(3);
                    entries.push(
                        sents[i..(i + k).min(sents.len())]
                            .iter()
                            .map(|s| s.1.clone())
                            .collect(),
                    );
                    i += k;
                }
                entries.push(vec![
                    "We are closing this live blog now. Thanks for following along.".to_string(),
                ]);
                let tz = *self.rng.pick(&["BST", "GMT", "CET", "EST"]);
                let mut t = self.rng.range(9 * 60, 13 * 60);
                let mut stamped = Vec::new();
                for e in entries {
                    stamped.push((t, e));
                    t += self.rng.range(6, 28);
                }
                for (t, e) in stamped.into_iter().rev() {
                    paras.push(format!("{:02}:{:02} {tz}", t / 60 % 24, t % 60));
                    paras.extend(e);
                }
            }
            Style::Aggregator => {
                let mut it = sents.into_iter();
                if let Some((_, lead)) = it.next() {
                    paras.push(lead);
                }
                paras.push("Key points".to_string());
                let rest: Vec<String> = it.map(|s| s.1).collect();
                let nkey = 4.min(rest.len());
                for s in &rest[..nkey] {
                    paras.push(format!("- {s}"));
                }
                let body = &rest[nkey..];
                let per = body.len().div_ceil(3).max(1);
                for (k, chunk) in body.chunks(per).enumerate() {
                    paras.push(self.ev.sections[k.min(2)].to_string());
                    paras.extend(chunk.iter().cloned());
                }
                let other = self.fill(&heads[heads.len() - 1], &[], None, false, false);
                paras.push(format!("Read more: {other}"));
                paras.push(format!("Tags: {}", self.ev.tags.join(", ")));
            }
            _ => {
                let one_per_para = self.style == Style::Tabloid;
                let mut prev: Option<usize> = None;
                for (who, s) in sents {
                    let join = !one_per_para
                        && !paras.is_empty()
                        && who.is_some()
                        && who == prev
                        && self.rng.chance(0.5);
                    if join {
                        let last = paras.len() - 1;
                        paras[last].push(' ');
                        paras[last].push_str(&s);
                    } else {
                        paras.push(s);
                    }
                    prev = who;
                }
                if let Some(first) = paras.first_mut() {
                    let d = self.dateline();
                    first.insert_str(0, &d);
                }
                if self.style == Style::Tabloid
                    && self.rng.chance(0.5)
                    && let Some(first) = paras.first_mut()
                {
                    let end = first.find(' ').unwrap_or(0);
                    let w = first[..end].to_uppercase();
                    if w.chars().all(|c| c.is_alphabetic()) && w.len() > 2 {
                        first.replace_range(..end, &w);
                    }
                }
                if self.style == Style::Broadcaster && self.rng.chance(0.5) && paras.len() > 4 {
                    let cap_line = format!(
                        "Scenes in {} on {}. Photograph: {}/Getty Images",
                        self.ev.place,
                        WEEKDAYS[self.ev.date.weekday().num_days_from_monday() as usize],
                        self.person_name()
                    );
                    paras.insert(3, cap_line);
                }
                if matches!(self.style, Style::Regional | Style::Tabloid) && self.rng.chance(0.5) {
                    paras.insert(0, format!("By {author}"));
                }
                if self.style == Style::Wire {
                    let ed = self.person_name();
                    paras.push(format!(
                        "Reporting by {author} in {}; Editing by {ed}",
                        self.ev.place
                    ));
                }
            }
        }
        paras
    }
}

/// Upper-case the first letter, also after opening quotation marks.
fn cap_after_marks(s: &str) -> String {
    let lead: usize = s
        .chars()
        .take_while(|c| matches!(c, '“' | '‘' | '"' | '\''))
        .map(char::len_utf8)
        .sum();
    format!("{}{}", &s[..lead], cap(&s[lead..]))
}
