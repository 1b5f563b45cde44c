//! Generators of pathological inputs: texts no newsroom writes, built to make any
//! superlinear path in the pipeline visible (`benches/pathological.rs`,
//! `tests/pathological.rs`, `examples/pathological.rs` include this file with `#[path]`).
//!
//! Every generator is deterministic and takes a target size in bytes; the result is at
//! least that long and at most one step (a sentence, a nesting level: under 200 bytes)
//! longer. Each input's doc gives its counts per MB.
#![allow(dead_code)] // each includer uses its own subset

/// One pathological input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    /// (a) One paragraph of words and spaces: no punctuation, no newline.
    NoPunctuation,
    /// (b) Straight `"` marks with a word between each (about 120,000 marks per MB), one
    /// paragraph, no other punctuation.
    StraightQuotes,
    /// (b') Curly opening marks `“` that never close, before every word of ordinary
    /// sentences (about 84,000 per MB: 100,000 in 1.2 MB), one paragraph, followed by two
    /// short plain paragraphs.
    CurlyOpeners,
    /// (c) Quotations nested `“ ‘ “ ‘ …` about 13,000 levels deep per MB (10,000 in
    /// 0.75 MB), then closed in order.
    NestedQuotes,
    /// (d) Ordinary sentences (quotes, attributions, numbers) on one line, no newline.
    OneLine,
    /// (e) Lines `- x`: one list item each (250,000 per MB).
    ShortParagraphs,
    /// (f) One run `1,2,3,4,…` with no space.
    DigitsCommas,
    /// (f') One run `1.2.3.4.…` with no space.
    DigitsDots,
    /// (f'') One run `a.b.c.d.…` with no space: an initialism that never ends.
    InitialsDots,
    /// (f''') Number-like tokens separated by spaces: `12 3.5 1,000 4.5% $3 million 10-20 …`.
    NumberSoup,
    /// (g) Capitalised names in a row, all different: `Dr Kabobo Minister Tebobo …`
    /// (66,000 per MB: 100,000 in 1.5 MB), one paragraph ending `… said the talks would
    /// resume.`: one speaker phrase of 130,000 words per MB.
    Names,
    /// (g') Sentences each with a different named speaker: `Mr Kabobo said the envoy would
    /// resume. Ms Tebobo told the deal would resume. …` (21,000 per MB), one paragraph.
    Speakers,
    /// (h) Speech cues with pronouns: `he said she told they warned …` (94,000 per MB), one
    /// paragraph.
    SaidCues,
}

impl std::fmt::Display for Input {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl Input {
    /// Every input, in the order of the docs.
    pub const ALL: [Input; 13] = [
        Input::NoPunctuation,
        Input::StraightQuotes,
        Input::CurlyOpeners,
        Input::NestedQuotes,
        Input::OneLine,
        Input::ShortParagraphs,
        Input::DigitsCommas,
        Input::DigitsDots,
        Input::InitialsDots,
        Input::NumberSoup,
        Input::Names,
        Input::Speakers,
        Input::SaidCues,
    ];

    /// A short name (file names, bench names).
    pub fn name(self) -> &'static str {
        match self {
            Input::NoPunctuation => "no_punctuation",
            Input::StraightQuotes => "straight_quotes",
            Input::CurlyOpeners => "curly_openers",
            Input::NestedQuotes => "nested_quotes",
            Input::OneLine => "one_line",
            Input::ShortParagraphs => "short_paragraphs",
            Input::DigitsCommas => "digits_commas",
            Input::DigitsDots => "digits_dots",
            Input::InitialsDots => "initials_dots",
            Input::NumberSoup => "number_soup",
            Input::Names => "names",
            Input::Speakers => "speakers",
            Input::SaidCues => "said_cues",
        }
    }

    /// The input of about `bytes` bytes; `seed` varies the words (two seeds give two
    /// different reports of the same shape, for `compare`).
    pub fn generate(self, bytes: usize, seed: u64) -> String {
        let mut g = Gen::new(bytes, seed);
        match self {
            Input::NoPunctuation => g.fill(|g| {
                let w = g.pick(WORDS);
                g.word(w)
            }),
            Input::StraightQuotes => g.fill(|g| {
                g.push("\"");
                let a = g.pick(WORDS);
                g.word(a);
            }),
            Input::CurlyOpeners => {
                let tail = "\n\nOfficials said the talks would resume next week.\n\nA plain paragraph closes the report.\n";
                g.limit = g.limit.saturating_sub(tail.len());
                g.fill(|g| {
                    // “word “word … said Smith. (eight openers per sentence)
                    for _ in 0..8 {
                        let a = g.pick(WORDS);
                        g.push("“");
                        g.word(a);
                    }
                    let who = g.pick(SURNAMES);
                    g.push("said ");
                    g.push(who);
                    g.push(". ");
                });
                g.out.truncate(g.out.trim_end().len());
                g.out.push_str(tail);
            }
            Input::NestedQuotes => {
                // Each level is an opening mark and five words on the way in, and a closing
                // mark and four words on the way out (about 75 bytes in all).
                let mut opening = String::from("He said");
                let mut closing: Vec<String> = Vec::new();
                let mut size = opening.len() + 2;
                let mut l = 0;
                while size < bytes {
                    let (o, c) = if l % 2 == 0 {
                        ("“", "”")
                    } else {
                        ("‘", "’")
                    };
                    let before = opening.len();
                    opening.push(' ');
                    opening.push_str(o);
                    for k in 0..5 {
                        if k > 0 {
                            opening.push(' ');
                        }
                        opening.push_str(g.pick(NESTED_WORDS));
                    }
                    let mut close = String::from(c);
                    for _ in 0..4 {
                        close.push(' ');
                        close.push_str(g.pick(NESTED_WORDS));
                    }
                    size += opening.len() - before + close.len();
                    closing.push(close);
                    l += 1;
                }
                g.out = opening;
                while let Some(c) = closing.pop() {
                    g.out.push_str(&c);
                }
                g.push(".\n");
            }
            Input::OneLine => g.fill(|g| {
                let s = g.pick(SENTENCES);
                let who = g.pick(SURNAMES);
                let n = g.next() % 1000;
                g.push(&s.replace("{who}", who).replace("{n}", &n.to_string()));
                g.push(" ");
            }),
            Input::ShortParagraphs => g.fill(|g| g.push("- x\n")),
            Input::DigitsCommas => {
                let mut k = 1u64;
                g.fill(|g| {
                    if k > 1 {
                        g.push(",");
                    }
                    g.push(&k.to_string());
                    k += 1;
                });
            }
            Input::DigitsDots => {
                let mut k = 1u64;
                g.fill(|g| {
                    if k > 1 {
                        g.push(".");
                    }
                    g.push(&k.to_string());
                    k += 1;
                });
            }
            Input::InitialsDots => {
                let mut k = 0usize;
                g.fill(|g| {
                    if k > 0 {
                        g.out.push('.');
                    }
                    g.out.push(char::from(b'a' + (k % 26) as u8));
                    k += 1;
                });
            }
            Input::NumberSoup => g.fill(|g| {
                let n = g.next();
                let t = match n % 12 {
                    0 => format!("{}", n % 100),
                    1 => format!("{}.{}", n % 10, n % 7),
                    2 => format!("{},{:03}", n % 90 + 1, n % 1000),
                    3 => format!("{}.{}%", n % 10, n % 9),
                    4 => format!("${} million", n % 50),
                    5 => format!("{}-{}", n % 10, n % 10 + 10),
                    6 => format!("{}/{}/{}", n % 28 + 1, n % 12 + 1, 2000 + n % 30),
                    7 => format!("{} per cent", n % 100),
                    8 => format!("{}km", n % 500),
                    9 => "1.2.3.4".to_string(),
                    10 => "1,2,3,4".to_string(),
                    _ => format!("{}th", n % 30 + 4),
                };
                g.push(&t);
                g.push(" ");
            }),
            Input::Names => {
                let tail = "said the talks would resume.\n";
                g.limit = g.limit.saturating_sub(tail.len());
                let mut k = 0;
                g.fill(|g| {
                    let t = g.pick(TITLES);
                    g.word(t);
                    g.push(&surname(k));
                    g.push(" ");
                    k += 1;
                });
                g.out.push_str(tail);
            }
            Input::Speakers => {
                let mut k = 0;
                g.fill(|g| {
                    let t = g.pick(TITLES);
                    let c = g.pick(CUES);
                    let w = g.pick(WORDS);
                    g.word(t);
                    g.push(&surname(k));
                    g.push(" ");
                    g.word(c);
                    g.push("the ");
                    g.word(w);
                    g.push("would resume. ");
                    k += 1;
                });
            }
            Input::SaidCues => g.fill(|g| {
                let p = g.pick(PRONOUNS);
                let c = g.pick(CUES);
                g.word(p);
                g.word(c);
            }),
        }
        g.out
    }
}

struct Gen {
    out: String,
    limit: usize,
    state: u64,
}

impl Gen {
    fn new(bytes: usize, seed: u64) -> Gen {
        Gen {
            out: String::with_capacity(bytes + 64),
            limit: bytes,
            state: seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0x2545_F491_4F6C_DD1D,
        }
    }

    // xorshift64*: deterministic, and good enough to vary the words.
    fn next(&mut self) -> u64 {
        let mut x = self.state;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.state = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 16
    }

    fn pick(&mut self, from: &'static [&'static str]) -> &'static str {
        let i = (self.next() % from.len() as u64) as usize;
        from[i]
    }

    fn push(&mut self, s: &str) {
        self.out.push_str(s);
    }

    fn word(&mut self, w: &str) {
        self.out.push_str(w);
        self.out.push(' ');
    }

    /// Call `step` until the text reaches the size.
    fn fill(&mut self, mut step: impl FnMut(&mut Gen)) {
        while self.out.len() < self.limit {
            step(self);
        }
    }
}

/// The `k`-th of a sequence of distinct made-up surnames ("Kabolu", "Terani", …).
fn surname(k: usize) -> String {
    const ONSETS: &[&str] = &[
        "Ka", "Te", "Mo", "Bu", "Di", "La", "Ne", "Ro", "Sa", "Vi", "Zo", "Ha",
    ];
    const SYLLABLES: &[&str] = &[
        "bo", "lu", "te", "ra", "ni", "mo", "ve", "si", "da", "ko", "ri", "na", "pe", "zu", "ga",
        "fi",
    ];
    let mut out = String::from(ONSETS[k % ONSETS.len()]);
    let mut n = k / ONSETS.len();
    // At least two syllables; more as the numbers grow, so every k gives another name.
    for i in 0.. {
        out.push_str(SYLLABLES[n % SYLLABLES.len()]);
        n /= SYLLABLES.len();
        if n == 0 && i >= 1 {
            break;
        }
    }
    out
}

const WORDS: &[&str] = &[
    "the",
    "government",
    "talks",
    "would",
    "continue",
    "officials",
    "meeting",
    "ceasefire",
    "minister",
    "agreement",
    "was",
    "not",
    "expected",
    "border",
    "president",
    "Kremlin",
    "Ukraine",
    "Budapest",
    "summit",
    "on",
    "in",
    "with",
    "after",
    "envoy",
    "reporters",
    "week",
    "Tuesday",
    "statement",
    "peace",
    "deal",
];

/// Words for the nested quotations: none ends in "s", since a plural before a closing
/// single mark reads as a possessive ("leaders’ summit") and would end the nesting.
const NESTED_WORDS: &[&str] = &[
    "the",
    "government",
    "would",
    "continue",
    "meeting",
    "ceasefire",
    "minister",
    "agreement",
    "not",
    "expected",
    "border",
    "president",
    "Kremlin",
    "Ukraine",
    "Budapest",
    "summit",
    "peace",
    "deal",
];

const SURNAMES: &[&str] = &[
    "Smith", "Jones", "Ivanova", "Peskov", "Zelensky", "Orbán", "Ushakov", "Brown", "Marek",
    "Selvaraj", "Okafor", "Dupont",
];

const TITLES: &[&str] = &["Mr", "Ms", "Mrs", "Dr", "President", "Minister", "General"];

const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "He", "She", "They"];

const CUES: &[&str] = &[
    "said", "told", "added", "warned", "claimed", "insisted", "noted", "stressed",
];

const SENTENCES: &[&str] = &[
    "“We will not give up,” {who} said.",
    "The talks lasted {n} minutes, officials said.",
    "{who} told reporters the ceasefire would hold.",
    "According to {who}, {n} people were evacuated on Tuesday.",
    "Mr. {who} said the U.S. would send $2.5 billion in aid.",
    "“It is ‘very good’ progress,” said {who}, adding that a deal was close.",
    "The summit in Budapest was postponed.",
    "She said: “This is only the beginning.”",
];
