//! The attribution grammar: finds "who said it" in a token sequence where each quotation
//! is one token.
//!
//! Patterns (S = speaker phrase, C = cue verb, Q = quotation, X = content):
//! - `S C [addressee] [channel] [that|:] X` — "Ushakov told reporters that …",
//!   "Trump wrote on Truth Social: “…”"
//! - `X, S C [channel]` and `Q S C` — "…, Ushakov said.", "“…,” he said."
//! - `X, C S` — inverted: "“…,” said Kremlin aide Yury Ushakov."
//! - `according to S, X` and `X, according to S`
//! - `S is/was quoted (by V) as saying X`
//! - `…, S C, …` mid-sentence — parenthetical: the source of the whole sentence.
//! - `…, saying X` and `S … and C X` — the participle or second verb borrows the clause
//!   subject: "Trump hailed the talks, saying …".

use std::ops::Range;

use crate::lexicon::{CueForm, RoleClass, Stance, TITLES, WordClasses, word_class};

use super::tokens::{Kind, Tok};

/// What kind of phrase a speaker phrase is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NpKind {
    /// Capitalised words, maybe with a title: "US President Donald Trump", "the Kremlin".
    Name,
    /// he, she, they, it, we, I.
    Pronoun,
    /// A lower-case role phrase: "the Kremlin aide", "a senior US official", "analysts".
    Role,
}

/// A speaker phrase: tokens `start..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Np {
    pub start: usize,
    pub end: usize,
    pub kind: NpKind,
}

/// Where the attribution stands relative to its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pattern {
    /// Speaker and verb before the content.
    Pre,
    /// Speaker and verb after the content.
    Post,
    /// Verb before speaker, after the content.
    Inverted,
    /// according to S.
    According,
    /// `…, S said, …` inside the sentence.
    Parenthetical,
}

/// One attribution found in a unit.
#[derive(Debug, Clone)]
pub(crate) struct Attr {
    pub subject: Np,
    /// The subject was borrowed from the clause (participle or coordinated verb).
    pub borrowed: bool,
    pub cue: Range<usize>,
    pub lemma: &'static str,
    pub stance: Stance,
    pub pattern: Pattern,
    /// Tokens of the attribution phrase itself (speaker, verb, addressee, channel).
    pub region: Range<usize>,
    /// Content tokens (may be empty).
    pub content: Content,
    pub addressee: Option<Np>,
    pub channel: Option<Range<usize>>,
    /// `is quoted by V as saying`: V.
    pub quoted_by: Option<Np>,
    /// The verb evaluates rather than reports ("praised", "welcomed").
    pub eval: bool,
    /// Speakers coordinated before `subject`, in the order named ("Trump and Putin said",
    /// "Trump, Putin and Xi said"): each said it too.
    pub also: Vec<Np>,
}

impl Attr {
    /// Where the attribution's phrase starts: its subject, or what its region took before
    /// the subject (the role before an appositive name, "his lawyer, Wichai Phromma,
    /// said"; a post's portfolios, "Treasury and Finance Minister Cemil Aydınlıoğlu").
    pub(crate) fn phrase_start(&self) -> usize {
        self.region.start.min(self.subject.start)
    }

    /// A neutral attribution without a verb's extras ("according to", "quoted … as
    /// saying", a colon): no addressee, channel, relay or content yet.
    fn neutral(
        subject: Np,
        cue: Range<usize>,
        lemma: &'static str,
        pattern: Pattern,
        region: Range<usize>,
    ) -> Attr {
        Attr {
            subject,
            borrowed: false,
            cue,
            lemma,
            stance: Stance::Neutral,
            pattern,
            region,
            content: Content::default(),
            addressee: None,
            channel: None,
            quoted_by: None,
            eval: false,
            also: Vec::new(),
        }
    }
}

/// The content ranges of an attribution: at most two in practice (the part before a
/// post-posed attribution and a split quotation or the rest of the sentence after it),
/// kept inline, in a vector beyond. A vector was an allocation for nearly every
/// attribution found.
pub(crate) type Content = crate::inline::Inline<Range<usize>, 2>;

pub(crate) fn lower<'a>(toks: &'a [Tok], i: usize) -> &'a str {
    toks.get(i).map_or("", |t| t.lower.as_ref())
}

/// [`word_class`] of [`lower`]`(toks, i)`, from the token's kept answer.
fn class_at(toks: &[Tok], i: usize) -> WordClasses {
    toks.get(i).map_or_else(|| word_class(""), Tok::class)
}

/// The cue form starting at token `i`, if any, and how many tokens it spans.
fn cue_at(toks: &[Tok], i: usize) -> Option<(&'static CueForm, usize)> {
    let t = toks.get(i)?;
    // A capitalised word inside a sentence is a name ("Chesapeake State University",
    // "DJS State president"), not a verb.
    if !t.is_word() || (t.cap() && i > 0 && !toks[i - 1].is_quote()) {
        return None;
    }
    let forms = crate::lexicon::cue_forms(t.lower.as_ref())?;
    // "Plate disputes have led to blockades", "Its claims were rejected": a verb in the
    // third person's "-s" takes no plural auxiliary after it; the word is a plural noun.
    // (Not the word class's auxiliaries: "the sum he says was owed" and "what she claims
    // is true" keep the verb before a singular one.)
    if t.lower.ends_with('s')
        && toks.get(i + 1).is_some_and(|n| {
            matches!(
                n.lower.as_ref(),
                "have"
                    | "had"
                    | "are"
                    | "were"
                    | "will"
                    | "would"
                    | "could"
                    | "can"
                    | "may"
                    | "might"
                    | "must"
                    | "should"
            )
        })
    {
        return None;
    }
    forms
        .iter()
        .filter(|f| {
            f.rest
                .iter()
                .enumerate()
                .all(|(k, w)| lower(toks, i + 1 + k) == *w)
        })
        .max_by_key(|f| f.rest.len())
        .map(|f| (f, 1 + f.rest.len()))
}

fn is_country_word(t: &Tok) -> bool {
    crate::lexicon::COUNTRIES.contains_key(t.text)
}

fn role_class(word: &str) -> Option<RoleClass> {
    crate::lexicon::role_lookup(word).map(|(c, _)| c)
}

/// The class of a role phrase's head ending at token `j`: a role of two words first
/// ("air force", "press release"), else the word alone.
fn role_class_ending(toks: &[Tok], j: usize) -> Option<RoleClass> {
    j.checked_sub(1)
        .and_then(|p| crate::lexicon::ROLE_PAIRS.get(lower(toks, p), lower(toks, j)))
        .or_else(|| role_class(lower(toks, j)))
}

/// A lower-case word of no closed class: a plain noun, adjective or verb ("retaliation",
/// "company"), not "the", "that" or "has".
fn plain_word(t: &Tok) -> bool {
    t.is_word() && !t.cap() && t.class() == WordClasses::default()
}

/// Whether a role phrase names a source ("crews", "a senior official", "the report")
/// rather than what a speaker reads: its head is one of [`crate::lexicon::EVIDENCE_NOUNS`]
/// ("the results", "the latest figures"), and after a verb of evidence (`lemma` "show",
/// "reveal", …) it is a role or a body of evidence ("police", "the inquiry").
pub(crate) fn names_a_source(toks: &[Tok], np: &Np, lemma: &str) -> bool {
    head_word(toks, np).is_none_or(|t| {
        let head = t.lower.as_ref();
        !crate::lexicon::EVIDENCE_NOUNS.contains(head)
                // "Dvorak said the verdict showed that …", "… the crash revealed that …": a
                // thing that shows or reveals is what the speaker reads into it. Only who
                // can speak ("police had found that …") or a body of evidence ("the
                // inquiry showed that …") is a source relayed by a verb of evidence.
                && (!matches!(
                    lemma,
                    "show" | "reveal" | "prove" | "indicate" | "demonstrate" | "suggest"
                ) || role_class(head).is_some()
                    || is_evidence_source(head))
    })
}

/// Whether a noun names a document, an inquiry or a body that hears or rules on evidence,
/// whose findings are reported ("the study", "an audit", "the tribunal", "the results",
/// "the inquest heard"). Other bodies act ("the team showed great spirit").
fn is_evidence_source(w: &str) -> bool {
    role_class(w) == Some(RoleClass::Doc)
        || crate::lexicon::EVIDENCE_NOUNS.contains(w)
        || matches!(
            w,
            "studies"
                | "reports"
                | "polls"
                | "surveys"
                | "inquiry"
                | "inquest"
                | "review"
                | "investigation"
                | "audit"
                | "analysis"
                | "research"
                | "probe"
                | "autopsy"
                | "assessment"
                | "evaluation"
                | "court"
                | "tribunal"
                | "committee"
                | "commission"
                | "panel"
                | "jury"
                | "jurors"
                | "magistrates"
                | "hearing"
                | "regulator"
                | "watchdog"
                | "coroner"
        )
}

/// A capitalised word that can be part of a name (not a sentence-opening function word).
fn name_word(t: &Tok) -> bool {
    if !t.cap() {
        return false;
    }
    let c = t.class();
    !(c.conj
        || c.det
        || c.prep
        || c.aux
        || c.adverb
        || c.pronoun
        || c.time && !is_country_word(t)
        || crate::lexicon::is_month(t.text))
        || TITLES.contains(t.text)
}

/// Whether the capitalised word at `j` follows a listed given name (a second name may
/// stand between): a family name, even one that is also a function word or a month
/// ("Theresa May said", "Beatrice Akoth Were said"), which [`name_word`] alone refuses.
fn family_name_after_given_name(toks: &[Tok], j: usize) -> bool {
    let given = |k: usize| {
        toks[k].cap() && toks[k].is_word() && crate::resolve::is_given_name(toks[k].text)
    };
    // "Beatrice Akoth Were": a second name may stand between.
    j >= 1
        && toks[j].cap()
        && toks[j].is_word()
        && (given(j - 1) || j >= 2 && name_word(&toks[j - 1]) && given(j - 2))
}

/// Parse a speaker phrase that ends at token `j` (inclusive), reading leftwards, with a
/// role phrase before a preposition taken in ("a spokesperson for the ministry").
pub(crate) fn np_backward(toks: &[Tok], j: usize) -> Option<Np> {
    let mut np = np_backward_core(toks, j)?;
    if np.kind != NpKind::Pronoun {
        extend_with_complement(toks, &mut np);
        // "Head of the press service of the Ministry of Energy Manizha Kholova": a post
        // of a unit of a body, each joined by "of".
        for _ in 0..2 {
            let start = np.start;
            if np.kind != NpKind::Role || !(start >= 1 && toks[start - 1].is("of")) {
                break;
            }
            extend_with_complement(toks, &mut np);
            if np.start == start {
                break;
            }
        }
    }
    Some(np)
}

/// The last token of the name before a label of it that ends at token `end`, which the
/// subject's reading passes as it passes a parenthetical:
/// - an age between commas: "Jana Horvat, 38, said";
/// - a US college class year glued to its apostrophe: "Sofía Villaseñor ’26, president of
///   the Student Assembly, said" (the quantity scanner reads it as no quantity too);
/// - a US politician's party and state after a comma: "Sen. Colt Harwell, R-Texas, who
///   co-signed the letter, said" ([`party_label_start`]).
fn before_name_label(toks: &[Tok], end: usize) -> Option<usize> {
    let t = &toks[end];
    if end < 2 {
        return None;
    }
    if t.kind == Kind::Number {
        let age = toks[end - 1].punct(',');
        let class_year = t.text.len() == 2
            && toks[end - 1].end == t.start
            && matches!(toks[end - 1].text, "’" | "'")
            && toks[end - 2].cap();
        return (age || class_year).then_some(end - 2);
    }
    party_label_start(toks, end)
        .filter(|&s| s >= 2 && toks[s - 1].punct(','))
        .map(|s| s - 2)
}

/// Where a US politician's party-and-state label that ends at token `end` starts: "R-Texas",
/// "D-Ohio", "R-Ariz.", "I-Vt." (one token, or with its period), "D-N.Y." (the
/// tokenizer's "D-N", ".", "Y."). A party's initial, a hyphen, then a capitalised state
/// or its abbreviation, with no space inside.
fn party_label_start(toks: &[Tok], end: usize) -> Option<usize> {
    // Asked at every step back over a subject: the first byte first ("R-", "D-", "I-",
    // or the period and letter that end "D-N.Y.").
    let last = toks[end].text;
    if !matches!(last.as_bytes().first(), Some(b'R' | b'D' | b'I' | b'.'))
        && last.trim_end_matches('.').len() != 1
    {
        return None;
    }
    let joined = |k: usize| k >= 1 && toks[k - 1].end == toks[k].start;
    let mut s = end;
    // Back over the abbreviation's periods and single capitals: "D-N" "." "Y.".
    while s >= 1
        && joined(s)
        && (toks[s].punct('.')
            || toks[s].text.trim_end_matches('.').len() == 1
                && toks[s].text.starts_with(|c: char| c.is_ascii_uppercase()))
    {
        s -= 1;
    }
    let state = toks[s]
        .text
        .strip_prefix(['R', 'D', 'I'])?
        .strip_prefix('-')?;
    (state.starts_with(|c: char| c.is_ascii_uppercase())
        && state.bytes().all(|b| b.is_ascii_alphabetic() || b == b'.')
        && (s == 0 || !joined(s)))
    .then_some(s)
}

/// "the", "these", "those", or an owner's determiner: what may stand before a count
/// in a noun phrase ("the two sides", "their three children").
fn is_article_or_owner(lower: &str) -> bool {
    matches!(lower, "the" | "these" | "those") || is_possessive_determiner(lower)
}

/// A quantity that takes part of a group with "of": "dozens of residents", "some of the
/// officials", "two of the witnesses" (lower case).
pub(crate) fn is_partitive(lower: &str) -> bool {
    matches!(
        lower,
        "some"
            | "many"
            | "most"
            | "several"
            | "few"
            | "both"
            | "all"
            | "dozens"
            | "hundreds"
            | "thousands"
            | "scores"
            | "one"
    ) || crate::quantities::is_number_word(lower)
}

/// Whether the last word of `np` is a person's role noun ("father", "lawyer", "coach"),
/// not a body's or a document's.
pub(crate) fn person_head(toks: &[Tok], np: &Np) -> bool {
    head_word(toks, np)
        .and_then(|t| role_class(t.lower.as_ref()))
        .is_some_and(|c| c.of_person())
}

/// The last word of `np`: the head of a role phrase.
fn head_word<'t, 'a>(toks: &'t [Tok<'a>], np: &Np) -> Option<&'t Tok<'a>> {
    toks[np.start..np.end].iter().rev().find(|t| t.is_word())
}

/// "his", "her", "their", "its", "our", "my" (lower case).
pub(crate) fn is_possessive_determiner(lower: &str) -> bool {
    matches!(lower, "his" | "her" | "their" | "its" | "our" | "my")
}

/// "No 10 denied …", "Number 10 said …": the institution a capitalised word and the
/// number `toks[j]` name, when the institutions' list holds them (a number otherwise
/// ends a name phrase).
fn numbered_institution(toks: &[Tok], j: usize) -> Option<Np> {
    let (word, number) = (toks.get(j.checked_sub(1)?)?, toks.get(j)?);
    if number.kind != Kind::Number || !word.cap() {
        return None;
    }
    if takes_number(word, number) {
        return Some(Np {
            start: j - 1,
            end: j + 1,
            kind: NpKind::Name,
        });
    }
    let phrase = format!("{} {}", word.text, number.text);
    crate::lexicon::INSTITUTIONS
        .contains(phrase.as_str())
        .then_some(Np {
            start: j - 1,
            end: j + 1,
            kind: NpKind::Name,
        })
}

/// A body's word that a whole number completes as its name: a union's "Local 41", a
/// broadcaster's "Channel 4", a lodge or a police precinct.
fn takes_number(word: &Tok, number: &Tok) -> bool {
    number.kind == Kind::Number
        && number.text.len() <= 5
        && number.text.bytes().all(|b| b.is_ascii_digit())
        && matches!(word.text, "Local" | "Channel" | "Lodge" | "Precinct")
}

/// Where a style of address ending at token `j` starts: "His Excellency", "Her Majesty",
/// "His Royal Highness" (capitalised, after "His" or "Her").
fn style_of_address(toks: &[Tok], j: usize) -> Option<usize> {
    // Asked of every phrase's last word: the length first (seven to ten letters).
    if !(7..=10).contains(&toks[j].text.len())
        || !matches!(
            toks[j].text,
            "Excellency"
                | "Majesty"
                | "Highness"
                | "Holiness"
                | "Eminence"
                | "Lordship"
                | "Ladyship"
        )
    {
        return None;
    }
    let k = j.checked_sub(1)?;
    let k = if toks[k].text == "Royal" {
        k.checked_sub(1)?
    } else {
        k
    };
    matches!(toks[k].lower.as_ref(), "his" | "her").then_some(k)
}

/// Whether token `j` is an owner's mark after a capitalised word that is no pronoun
/// ("Moody's", "McDonald's"): where nothing it could own follows, the end of a name
/// written with it, not "is" ("It's said …" keeps its "is").
fn mark_after_name(toks: &[Tok], j: usize) -> bool {
    toks[j].kind == Kind::Possessive && j >= 1 && toks[j - 1].cap() && !toks[j - 1].class().pronoun
}

/// A name, pronoun or role phrase ending at token `j`, without complement extension.
/// A publication's name written in sentence case, as Croatian, Serbian or Polish titles
/// are ("Poslovni dnevnik", "Jutarnji list", "Gazeta prawna"), ending at `j` before an
/// outlet's verb of reporting at a clause's start: "…, Poslovni dnevnik reports". The
/// second word is a singular lower-case word of no known class ("…, Trump loyalists
/// reported" is a plural; "…, Kremlin officials wrote" a role).
fn sentence_case_title(toks: &[Tok], j: usize) -> Option<Np> {
    let t = &toks[j];
    let first = j.checked_sub(1)?;
    let f = &toks[first];
    let opens = first == 0 || toks[first - 1].punct(',');
    let outlet_verb = toks.get(j + 1).is_some_and(|v| {
        matches!(
            v.lower.as_ref(),
            "reports" | "reported" | "writes" | "wrote"
        )
    });
    (outlet_verb
        && opens
        && !t.cap()
        && t.kind == Kind::Word
        && !t.lower.ends_with('s')
        && t.class() == WordClasses::default()
        && role_class(t.lower.as_ref()).is_none()
        && f.cap()
        && name_word(f))
    .then_some(Np {
        start: first,
        end: j + 1,
        kind: NpKind::Name,
    })
}

pub(crate) fn np_backward_core(toks: &[Tok], j: usize) -> Option<Np> {
    let t = toks.get(j)?;
    // "Moody's said", "McDonald's said": an owner's mark that ends the phrase owns
    // nothing, so it is the end of a name written with it.
    if t.kind == Kind::Possessive {
        let np = np_backward_core(toks, j.checked_sub(1)?)?;
        return (np.kind == NpKind::Name && mark_after_name(toks, j))
            .then_some(Np { end: j + 1, ..np });
    }
    if !t.is_word() {
        return numbered_institution(toks, j);
    }
    let c = t.class();
    if c.pronoun {
        return Some(Np {
            start: j,
            end: j + 1,
            kind: NpKind::Pronoun,
        });
    }
    // "Two of them said", "Some of them told": a part of the group "they" names.
    if j >= 2 && t.is("them") && toks[j - 1].is("of") && is_partitive(toks[j - 2].lower.as_ref()) {
        return Some(Np {
            start: j - 2,
            end: j + 1,
            kind: NpKind::Pronoun,
        });
    }
    // "His Excellency said", "Her Majesty told": a style of address stands for the person
    // as "he" or "she" does.
    if let Some(start) = style_of_address(toks, j) {
        return Some(Np {
            start,
            end: j + 1,
            kind: NpKind::Pronoun,
        });
    }
    if let Some(np) = sentence_case_title(toks, j) {
        return Some(np);
    }
    // "Dosmukhamed kyzy said": a patronymic word closes the name before it.
    let patronymic = crate::lexicon::is_patronymic(t.text) && j > 0 && name_word(&toks[j - 1]);
    if name_word(t) || patronymic || family_name_after_given_name(toks, j) {
        let mut k = j;
        // Whether the run took an owner's unit ("Temasek University’s Department of
        // Economics"): a name joined to it by "of" is a person of the unit, not one
        // organisation ("Lim Mei Ying of Temasek University’s Department …").
        let mut owned = false;
        // Leftwards over name words, particles and organisation names joined by "of"/"for"
        // ("Centre for Eastern Policy", "Council of Northeast Ohio").
        while k > 0 {
            let p = &toks[k - 1];
            // "Erik ten Hag"; "ten Germans" is a count: a particle that is also a number
            // needs a given name before it.
            // "Ursula von der Leyen", "Ana de la Cruz": particles run on before the name.
            let particle = p.is_word()
                && crate::lexicon::is_name_particle(p.lower.as_ref())
                && (toks[k].cap()
                    || crate::lexicon::is_name_particle(toks[k].lower.as_ref())
                        && toks.get(k + 1).is_some_and(|n| n.cap()))
                && (!p.is("ten") || k >= 2 && toks[k - 2].cap());
            let inner_possessive = p.kind == Kind::Possessive
                && k >= 2
                && toks[k - 2].cap()
                && crate::lexicon::is_org_head(toks[k].text);
            // ("the Bank of England’s Monetary Policy Committee" stays one name: an
            // organisation's word before "of".)
            let of_at = if p.is("of") {
                Some(k - 1)
            } else if p.is("the") && k >= 2 && toks[k - 2].is("of") {
                Some(k - 2)
            } else {
                None
            };
            if owned
                && let Some(of) = of_at
                && of >= 1
                && !crate::lexicon::is_org_head(toks[of - 1].text)
            {
                break;
            }
            // "Acme Widgets, Inc. said", "Halden Holdings, LLC said": a comma before the
            // legal form that ends the name is inside it.
            if k == j && legal_form_after(toks, k - 1) {
                k -= 1;
            } else if inner_possessive || of_the_joiner(toks, k) {
                owned |= inner_possessive;
                k -= 2;
            } else if let Some(open) = initials_before_of(toks, k) {
                k = open;
            } else if name_word(p)
                || particle
                || org_name_joiner(toks, k)
                || to_joiner(toks, k)
                // "Awe/Doma/Keana Federal Constituency": places joined by slashes name
                // one constituency.
                || p.punct('/') && k >= 2 && toks[k].cap() && toks[k - 2].cap()
                // "Ernesto “Bong” Lacsamana": a nickname between two words of a name.
                || p.is_nickname() && toks[k].cap() && k >= 2 && name_word(&toks[k - 2])
            {
                k -= 1;
            } else {
                break;
            }
        }
        let name_start = k;
        if let Some(post) = post_to_place(toks, k, j) {
            k = post;
        }
        k = extend_title_left(toks, k);
        // "Minister responsible for the French language Jean-François Gagnon-Tremblay": a
        // post with its remit before the name, without commas. The remit is read back
        // from the name's first word, whatever title words the step above took ("the
        // French language"), and only after a plain lower-case word: most names have a
        // verb, an article or a capital before them.
        if name_start > 0
            && plain_word(&toks[name_start - 1])
            && let Some(post) = post_with_remit(toks, name_start - 1)
        {
            k = k.min(post.start);
        }
        // "His Highness Sheikh Sultan bin Majid Al Falasi said": a style of address
        // opens the name, its "His" with it; the title words read above may have taken
        // a "Royal" before the style ("His Royal Highness Prince Faisal said"). (Asked of
        // every name: the three letters of "His" or "Her" before the title words first.)
        if k > 0 && toks[k - 1].text.len() == 3 {
            let style = if toks[k].text == "Royal" { k + 1 } else { k };
            if let Some(s) = toks.get(style).and_then(|_| style_of_address(toks, style)) {
                k = s;
            }
        }
        // "the Kremlin", "the White House": include a leading determiner. So does a
        // title with a possessive one: "Her neighbour Dave Hollis added …".
        if k > 0
            && (matches!(lower(toks, k - 1), "the")
                || k < name_start && is_possessive_determiner(lower(toks, k - 1)))
        {
            k -= 1;
        }
        // A lone capitalised role noun opening the sentence is a role phrase:
        // "Economists polled by the Journal expect …", "Officials said …".
        let lone_role = k == j
            && (k == 0 || subject_boundary(toks, k))
            && role_class(t.lower.as_ref()).is_some();
        // A post written in capitals after its modifiers and an article: "A Labour MP
        // said", "an SNP MP", "another MP" (a name run alone, it named no one).
        let initials_post = t.text.len() <= 4
            && t.text.bytes().all(|b| b.is_ascii_uppercase())
            && role_class(t.lower.as_ref()).is_some_and(|r| r.of_person())
            && k > 0
            && (class_at(toks, k - 1).det || matches!(lower(toks, k - 1), "one" | "another"));
        // The article is the phrase's ("A Labour MP"); "one" and "another" count it.
        if initials_post && class_at(toks, k - 1).det {
            k -= 1;
        }
        let kind = if lone_role || initials_post {
            NpKind::Role
        } else {
            NpKind::Name
        };
        return Some(Np {
            start: k,
            end: j + 1,
            kind,
        });
    }
    // Lower-case role phrase: the head is a role noun (or two-word role).
    let two_word = j > 0
        && crate::lexicon::ROLE_PAIRS
            .get(lower(toks, j - 1), &t.lower)
            .is_some();
    let head_ok = role_class(t.lower.as_ref()).is_some_and(|r| r != RoleClass::Honor) || two_word;
    if !head_ok {
        // "A Christchurch developer said", "The Dunedin landlord said": an agent noun no
        // list holds, after a place's name and an article opening the subject, is one
        // such person (unknown to the lists, the phrase found no one and gave no claim;
        // "A developer said" reads through the article alone). So is one after a count
        // of one ("One shipbroker said", "Another broker said").
        let agent_start = if j >= 2
            && toks[j - 1].cap()
            && matches!(lower(toks, j - 2), "a" | "an" | "the")
            && name_word(&toks[j - 1])
        {
            Some(j - 2)
        } else if j >= 1 && matches!(lower(toks, j - 1), "one" | "another") {
            Some(j - 1)
        } else {
            None
        };
        if let Some(start) = agent_start
            && !t.cap()
            && subject_boundary(toks, start)
            && crate::resolve::unlisted_agent_noun(t.lower.as_ref())
        {
            return Some(Np {
                start,
                end: j + 1,
                kind: NpKind::Role,
            });
        }
        return post_with_remit(toks, j);
    }
    let mut k = if two_word { j - 1 } else { j };
    // "DJS booth agents", "the transport secretary", "the study’s lead author": unknown
    // lower-case modifiers are taken when the phrase then starts at a clause boundary.
    let ext = extend_title_left(toks, k);
    // Or the phrase opens with its own article, which `extend_title_left` takes only
    // where one stands before the words it took: "(a spokesperson for) the bureau’s Los
    // Angeles field office".
    if ext < k
        && (subject_boundary(toks, ext)
            || ext > 0 && class_at(toks, ext - 1).det
            || class_at(toks, ext).det && !toks[ext].is("that"))
    {
        k = ext;
    }
    while k > 0 {
        let p = &toks[k - 1];
        let pl = p.lower.as_ref();
        if p.kind == Kind::Possessive && k >= 2 && toks[k - 2].is_word() {
            // The owner is a whole name ("Pennine Rail’s", "the Kremlin’s") or one word
            // ("the study’s").
            k = match np_backward_core(toks, k - 2) {
                Some(owner) if owner.kind == NpKind::Name => owner.start,
                _ => k - 2,
            };
            if k > 0 && matches!(lower(toks, k - 1), "the") {
                k -= 1;
            }
            break;
        }
        // "Public Works Department (PWD) officials said": an organisation's initials in
        // brackets after its name stay in the phrase.
        if k >= 4 && initials_closed_at(toks, k - 1) && toks[k - 4].cap() {
            k -= 3;
            continue;
        }
        let fc = p.class();
        if p.is_word()
            && !fc.conj
            && !fc.prep
            && !fc.det
            && !fc.aux
            && (p.cap()
                || crate::lexicon::ROLE_MODIFIERS.contains(pl)
                || role_class(pl).is_some_and(|r| r != RoleClass::Honor))
        {
            k -= 1;
            continue;
        }
        if p.kind == Kind::Number {
            k -= 1;
            continue;
        }
        // "A Department of Health and Social Care spokesperson said", "a Ministry of
        // Defence spokesman": an organisation's name joined by "of", "for" or "and" is
        // read whole, as before a name.
        if toks[k].cap() && org_name_joiner(toks, k) {
            k -= 1;
            continue;
        }
        // "that" before a role noun is mostly the complementiser ("said that officials
        // had …"), so it is not taken as a determiner.
        // "Five officials", "the two sides", "its four founders": a count written as a
        // word opens the phrase like a determiner, after an article or owner.
        // (An article, most often the word here, is looked up as no number.)
        let count = p.is_word()
            && !matches!(pl, "the" | "a" | "an")
            && crate::quantities::is_number_word(pl);
        if p.is_word() && fc.det && !p.is("that") || count {
            k -= 1;
            if count && k > 0 && is_article_or_owner(lower(toks, k - 1)) {
                k -= 1;
            }
        }
        break;
    }
    // "Dozens of residents", "Some of the officials", "Two of the witnesses": a part of
    // the group speaks (the quantity was read as a name, or the phrase as no subject).
    if k >= 2 && lower(toks, k - 1) == "of" && is_partitive(lower(toks, k - 2)) {
        k -= 2;
    } else if k >= 2
        && lower(toks, k - 1) == "of"
        && asks_a_group(lower(toks, k - 2))
        && let Some(survey) = np_backward_core(toks, k - 2)
    {
        // "An institute survey of 1,200 members found", "a poll of 2,000 voters showed":
        // the group after "of" is who was asked; the survey speaks.
        k = survey.start;
    }
    Some(Np {
        start: k,
        end: j + 1,
        kind: NpKind::Role,
    })
}

/// "the minister responsible for the French language", "the official in charge of the
/// dam": a person's post with its remit after it, ending at token `j`, a word of the
/// remit. The remit is at most six plain words (no punctuation, no verb).
fn post_with_remit(toks: &[Tok], j: usize) -> Option<Np> {
    let k = (j.saturating_sub(6)..j).rev().find(|&k| {
        toks[k].is("for") && k >= 2 && toks[k - 1].is("responsible")
            || toks[k].is("of") && k >= 3 && toks[k - 1].is("charge") && toks[k - 2].is("in")
    })?;
    let post = if toks[k].is("for") { k - 2 } else { k - 3 };
    let plain = toks[k + 1..=j].iter().all(|t| {
        let c = t.class();
        t.is_word() && !c.aux && !c.pronoun && !c.conj
    });
    if !plain || !role_class(toks[post].lower.as_ref()).is_some_and(|c| c.of_person()) {
        return None;
    }
    let base = np_backward_core(toks, post)?;
    Some(Np {
        start: base.start,
        end: j + 1,
        kind: NpKind::Role,
    })
}

/// Whether the word before `k` joins two parts of one name, read leftwards: "of" or "for"
/// ("Centre for Eastern Policy", "Council of Northeast Ohio"), or "and" inside an
/// organisation's name ("Department of Health and Social Care", "Human Rights and
/// Equality Commission"), with a name word before it; or a preposition written with a
/// capital between two name words, as only a name in title case writes it ("Doctors
/// Without Borders", "Action Against Hunger").
fn org_name_joiner(toks: &[Tok], k: usize) -> bool {
    let p = &toks[k - 1];
    (p.is("of")
        || p.is("for")
        || title_case_preposition(p)
        || on_joins_name(toks, k - 1)
        // "Johnson & Johnson", "Procter & Gamble": an ampersand between capitalised words
        // joins one name.
        || p.punct('&') && toks[k].cap()
        || p.is("and")
            && toks[k].cap()
            && (is_org_run(toks, k) && !ends_company_name(toks, k - 1) || of_org_left(toks, k - 1)))
        && k >= 2
        && name_word(&toks[k - 2])
        && !toks[k - 2].class().det
        // "Lawyers for Mr Reed said", "Attorneys for Donald Trump argued", "Allies of Ms
        // Marchbank say": people's role in the plural, written with a capital only as the
        // sentence's first word, then "for" or "of": the people acting for someone or on
        // their side, not one name.
        && !((p.is("for") || p.is("of"))
            && plural_person_role(&toks[k - 2])
            && subject_boundary(toks, k - 2))
}

/// A people's role noun in the plural ("lawyers", "attorneys", "officials"), as the role
/// list reads it.
fn plural_person_role(t: &Tok) -> bool {
    crate::lexicon::role_lookup(t.lower.as_ref()).is_some_and(|(c, plural)| plural && c.of_person())
}

/// Whether `words`, the capitalised words of a name read so far, can only be a
/// person's: none is an organisation's word, a title, a role noun, a portfolio or a
/// plural ("Americans for Prosperity", "Doctors for Truth"). "for" after them is no part
/// of the name: "“…,” said Perić-Babić for Jutarnji list" (told to that paper).
pub(crate) fn person_words(words: &[Tok]) -> bool {
    words.iter().all(|t| {
        let l = t.lower.as_ref();
        t.cap()
            && !l.ends_with('s')
            && !crate::lexicon::is_org_head(t.text)
            && !TITLES.contains(t.text)
            && role_class(l).is_none()
            && !crate::lexicon::is_portfolio(t.text)
    })
}

/// Whether one or two lower-case modifiers (or numbers) and a determiner stand before the
/// word at `i`: "the annual report", "its first quarterly report", "a 12-page report",
/// "its 2027 growth forecast". A modifier
/// is no plural and no role noun ("the banks report", "the officials report" are verbs
/// after their subjects).
fn modified_after_determiner(toks: &[Tok], i: usize) -> bool {
    // A year or a count modifies as a word does: "its 2027 growth forecast".
    let modifier = |t: &Tok| {
        t.kind == Kind::Number
            || t.is_word()
                && !t.cap()
                && !t.lower.ends_with('s')
                && role_class(t.lower.as_ref()).is_none()
                && !t.class().det
    };
    (1..=2).any(|n| {
        i > n
            && toks[i - n..i].iter().all(modifier)
            && matches!(
                lower(toks, i - n - 1),
                "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our"
            )
    })
}

/// Whether the word at `k` joins a name to the name word after it, read rightwards:
/// "of" or "for" ("Ministry of Transport", "Centre for Eastern Policy"), or "and" a few
/// words after an "of" ("Ministry of Transport and Communications") or before capitals
/// that run into an organisation's word ("Nursing and Midwifery Union"). The leftward
/// reading is [`org_name_joiner`].
fn name_joiner_ahead(toks: &[Tok], k: usize) -> bool {
    let t = &toks[k];
    (t.is("of")
        || t.is("for")
        || on_joins_name(toks, k)
        || title_case_preposition(t) && k > 0 && name_word(&toks[k - 1])
        // "the Ministry of Trade and Industry", "the Federal Office for Economic Affairs
        // and Export Control".
        || t.is("and")
            && (k.saturating_sub(4)..k)
                .any(|p| toks[p].is("of") || toks[p].is("for") || on_joins_name(toks, p))
        // "the Nursing and Midwifery Union of Ireland": capitals after it that run into an
        // organisation's word, as read leftwards.
        || t.is("and")
            && k > 0
            && name_word(&toks[k - 1])
            && is_org_run(toks, k + 1)
            && !ends_company_name(toks, k)
        // "according to Customs and Border Protection data": capitals on both sides and
        // a document after them, whose author the whole run is.
        // (The capitals are asked their word class only once a document stands after
        // them: "and" between capitals is common, this shape rare.)
        || t.is("and") && k > 0 && toks[k - 1].cap() && {
            let run = toks[k + 1..].iter().take(4).take_while(|n| n.cap()).count();
            toks.get(k + 1 + run).is_some_and(|d| {
                run > 0
                    && d.is_word()
                    && !d.cap()
                    && (role_class(d.lower.as_ref()) == Some(RoleClass::Doc)
                        || crate::lexicon::EVIDENCE_NOUNS.contains(d.lower.as_ref()))
            }) && name_word(&toks[k - 1])
                && toks[k + 1..=k + run].iter().all(name_word)
        })
        && toks.get(k + 1).is_some_and(|n| n.cap() && name_word(n))
}

/// Whether the word before the "and" at `and` ends a company's name ("Volterra Cell
/// Technologies and Harlan Motor Company", "Nordic Airways Ltd and …"): the "and" joins
/// two companies, not the words of one name ("the Nursing and Midwifery Union"). Not when
/// the words after it run into a public body's word: "the Securities and Exchange
/// Commission" is one.
fn ends_company_name(toks: &[Tok], and: usize) -> bool {
    and.checked_sub(1)
        .is_some_and(|p| toks[p].cap() && crate::lexicon::is_company_head(toks[p].text))
        && !toks[and + 1..]
            .iter()
            .take_while(|t| t.cap())
            .take(4)
            .any(|t| {
                crate::lexicon::is_org_head(t.text) && !crate::lexicon::is_company_head(t.text)
            })
}

/// "US envoy to Ukraine Keith Kellogg", "Ambassador to the UN Linda Thomas-Greenfield":
/// when the name run `start..=end` follows "to" (or "to the") after a person's role noun,
/// and runs on past a place or body into a person's name (three words or more, the first
/// no title and no given name), where "to" is: the title before it is then taken as
/// usual. "An adviser to Merz" (one word), "an aide to President Lula" (a title) and "an
/// adviser to Donald Trump" (a given name) are about someone else and stay apart.
fn post_to_place(toks: &[Tok], start: usize, end: usize) -> Option<usize> {
    let to = start.checked_sub(if start >= 1 && toks[start - 1].is("the") {
        2
    } else {
        1
    })?;
    let first = &toks[start];
    // "Ambassador of Japan to Tajikistan Hiroshi Takeda", "Ambassador Extraordinary and
    // Plenipotentiary of Japan to the Republic of …": an envoy's post with its own
    // country before "to".
    let envoy = || {
        toks[to - 1].cap()
            && toks[to.saturating_sub(7)..to - 1]
                .iter()
                .any(|t| crate::lexicon::is_envoy_title(t.text))
    };
    (end + 1 - start >= 3
        && to >= 1
        && toks[to].is("to")
        && !TITLES.contains(first.text)
        && !crate::resolve::is_given_name(first.text)
        && toks[to - 1].is_word()
        && (role_class(toks[to - 1].lower.as_ref()).is_some_and(|r| r.of_person()) || envoy()))
    .then_some(to)
}

/// Whether the word before `k` is "to" inside an organisation's name, read leftwards:
/// "Committee to Protect Journalists", "Campaign to End Loneliness" (an organisation word,
/// "to", then a capitalised verb). After any other word "to" joins nothing: "an adviser
/// to Merz", "Envoy to Ukraine Keith Kellogg".
fn to_joiner(toks: &[Tok], k: usize) -> bool {
    k >= 2
        && toks[k - 1].is("to")
        && toks[k].cap()
        && name_word(&toks[k - 2])
        && crate::lexicon::is_org_head(toks[k - 2].text)
}

/// Whether the two words before `k` are "of the" (or "for the") inside an organisation's
/// name, read leftwards: "Ministry of the Interior", "Bank of the Philippine Islands",
/// "Office of the President", or inside a listed title ("Secretary of the Treasury Scott
/// Bessent"), or a group's name opening with a plural role noun ("Friends of the Earth").
/// The word before them is an organisation word, a title or such a plural: a name before
/// "of the" ("Petra Valenta of the Civic Alliance said") is not joined to what follows.
fn of_the_joiner(toks: &[Tok], k: usize) -> bool {
    k >= 3
        && toks[k - 1].is("the")
        && (toks[k - 2].is("of") || toks[k - 2].is("for"))
        && toks[k].cap()
        && name_word(&toks[k - 3])
        && (crate::lexicon::is_org_head(toks[k - 3].text)
            || TITLES.contains(toks[k - 3].text)
            // "Friends of the Earth": a plural role noun opening the name.
            || crate::lexicon::is_plural_role_noun(toks[k - 3].text)
                && (k == 3 || !name_word(&toks[k - 4])))
}

/// Whether "on" at `k` joins an organisation's head before it to capitalised words of
/// its name: "the Committee on Lands and Forestry", "the Council on Foreign Relations"
/// (not a time: "The Committee on Monday said").
pub(crate) fn on_joins_name(toks: &[Tok], k: usize) -> bool {
    toks[k].is("on")
        && k > 0
        && toks[k - 1].cap()
        && crate::lexicon::is_org_head(toks[k - 1].text)
        && toks
            .get(k + 1)
            .is_some_and(|n| n.cap() && n.is_word() && !n.class().time)
}

/// A preposition with a capital ("Without", "Against"): inside a sentence, a word of a
/// name in title case. (The caller asks for name words on both sides, so the first
/// word of a sentence is never taken for one.)
fn title_case_preposition(t: &Tok) -> bool {
    t.is_word() && crate::lexicon::is_title_case_preposition(t.text)
}

// A capitalised run that reads as an organisation name ("Human Rights Watch", "Bosnia and
// Herzegovina"): the word at `k` or the next one is an organisation head.
fn is_org_run(toks: &[Tok], k: usize) -> bool {
    toks[k..]
        .iter()
        .take_while(|t| t.cap() || t.kind == Kind::Possessive)
        .any(|t| crate::lexicon::is_org_head(t.text))
}

// "Ministry of Transport and Communications", "Minister for Finance and Revenue", "the
// Committee on Trade and Industry", "Special Adviser to the President on Media and
// Strategy": an "and" after "Org of Word", "Title for Word", "Title on Word" or "Org on
// Word".
fn of_org_left(toks: &[Tok], and_at: usize) -> bool {
    (and_at.saturating_sub(3)..and_at).any(|k| {
        (toks[k].is("of") || toks[k].is("for") || toks[k].is("on"))
            && k >= 1
            && toks[k - 1].cap()
            && (crate::lexicon::is_org_head(toks[k - 1].text) || TITLES.contains(toks[k - 1].text))
            || on_joins_name(toks, k)
    })
}

/// Extend a name leftwards over its title: capitalised title and country words, role
/// nouns and their modifiers, possessive owners ("Kremlin foreign policy aide Yury
/// Ushakov", "White House press secretary Karoline Leavitt", "Ukraine’s President …").
/// Up to two unknown lower-case words are taken too ("Kremlin mouthpiece Dmitry Peskov",
/// "Hungary’s maverick PM Viktor Orbán") when a country, title or possessive owner stands
/// before them at a clause boundary — so "Trump met Prime Minister Orbán" keeps "met" out.
/// Participles that take a person as their object: before a name they are no title
/// ("citing Dmitry Peskov"), unlike "managing director" or "acting president". Those that
/// are cue forms ("urging", "accusing", "telling") stop the title scan as cues already.
const OBJECT_TAKING_ING: &[&str] = &[
    "citing",
    "quoting",
    "thanking",
    "replacing",
    "succeeding",
    "naming",
    "backing",
    "endorsing",
    "defending",
    "attacking",
    "interviewing",
];

/// Common nouns for a kind of place that stand before its name ("the river Waal", "the
/// village Dzokpe"): right before a name they are no one's title.
fn is_place_kind(lower: &str) -> bool {
    // Not the words that also open posts and trades ("street vendor", "port official",
    // "city councillor"): only natural features and the village.
    matches!(
        lower,
        "river"
            | "lake"
            | "sea"
            | "ocean"
            | "bay"
            | "gulf"
            | "strait"
            | "canal"
            | "mount"
            | "mountain"
            | "island"
            | "valley"
            | "peninsula"
            | "desert"
            | "forest"
            | "delta"
            | "cape"
            | "village"
    )
}

pub(crate) fn extend_title_left(toks: &[Tok], start: usize) -> usize {
    let mut k = start;
    while k > 0 {
        let p = &toks[k - 1];
        if p.kind == Kind::Possessive && k >= 2 && toks[k - 2].is_word() {
            k -= 2;
            continue;
        }
        // "Ward 34 councillor", "District 7 supervisor": a numbered unit before the post
        // (not a date: "the September 7 VAT rise").
        if p.kind == Kind::Number
            && k >= 2
            && toks[k - 2].is_word()
            && toks[k - 2].cap()
            && !toks[k - 2].class().time
            && !crate::lexicon::is_month(toks[k - 2].text)
        {
            k -= 2;
            continue;
        }
        // "Reserve Bank of Zimbabwe (RBZ) governor Dr Tawanda Mukwena", "Citizens Alliance
        // for Change (CAC) spokesperson …": an organisation's initials in brackets between
        // its name and a post.
        if p.punct(')')
            && k >= 4
            && toks[k - 3].punct('(')
            && toks[k - 4].cap()
            && toks[k - 2].text.len() >= 2
            && toks[k - 2]
                .text
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b == b'-')
            && toks[k..start]
                .iter()
                .any(|t| !t.cap() && role_class(t.lower.as_ref()).is_some())
        {
            k -= 3;
            continue;
        }
        if !p.is_word() {
            break;
        }
        let pl = p.lower.as_ref();
        let fc = p.class();
        // "Ambassador Extraordinary and Plenipotentiary of Japan Hiroshi Takeda",
        // "Envoy Extraordinary and Minister Plenipotentiary": the diplomatic rank is one
        // title, its "and" no list.
        if p.is("and")
            && k >= 2
            && toks[k - 2].text == "Extraordinary"
            && matches!(toks[k].text, "Plenipotentiary" | "Minister")
        {
            k -= 2;
            continue;
        }
        if p.is("of")
            && k >= 2
            && TITLES.contains(toks[k - 2].text)
            && TITLES.contains(toks[k].text)
        {
            // "Secretary of State Marco Rubio"
            k -= 1;
            continue;
        }
        // "Bank of America analyst Ana Ruiz", "University of Michigan economist …": an
        // employer's name joined by "of" or "for" before a lower-case post is read
        // whole, as a name run reads it ("Lim Mei Ying of Temasek University's …" has no
        // post between: the person is before the "of").
        if !p.cap()
            && toks[k].cap()
            && org_name_joiner(toks, k)
            && toks[k..start]
                .iter()
                .any(|t| !t.cap() && role_class(t.lower.as_ref()).is_some())
        {
            k -= 1;
            continue;
        }
        if fc.conj || fc.prep || fc.aux || fc.pronoun || fc.det || fc.adverb && !p.cap() {
            break;
        }
        if cue_at(toks, k - 1).is_some() {
            break;
        }
        // A role noun after a modal, an auxiliary, "to" or a pronoun is a verb: "would
        // host Zelensky", "will chair", "to head the delegation".
        if !p.cap()
            && role_class(pl).is_some()
            && k >= 2
            && (toks[k - 2].is("to") || {
                let pc = class_at(toks, k - 2);
                pc.aux || pc.pronoun
            })
        {
            break;
        }
        // "Captain 3rd Rank Andrii Ralko", "Sergeant 1st Class Maria Lopez": the ordinal
        // of a rank, with the title before it.
        if k >= 2 && toks[k - 2].cap() && crate::lexicon::is_ordinal_rank(p.text, toks[k].text) {
            k -= 2;
            continue;
        }
        // A capitalised time word is no title: "On Tuesday Nadia Rahman said".
        if p.cap() && (!fc.time || is_country_word(p))
            || crate::lexicon::ROLE_MODIFIERS.contains(pl)
            || role_class(pl).is_some_and(|r| r != RoleClass::Doc)
        {
            k -= 1;
            continue;
        }
        break;
    }
    // Unknown lower-case words in a title: two, or three before a person's post in lower
    // case ("Terengganu state disaster management committee chairman Datuk …", "a senior
    // county revenue official", where the post is the phrase's head at `start`).
    // (Asked only of a third unknown word: most titles have none.)
    let post_among = || {
        toks[k..=start.min(toks.len() - 1)]
            .iter()
            .any(|t| !t.cap() && role_class(t.lower.as_ref()).is_some_and(|r| r.of_person()))
    };
    let mut m = k;
    let mut unknown = 0;
    while m > 0 && (unknown < 2 || unknown == 2 && post_among()) {
        let p = &toks[m - 1];
        let pl = p.lower.as_ref();
        let fc = p.class();
        // "the signed report", "a leaked memo" ("leaked" is also a speech verb's form).
        let described = participle_after_article(toks, m - 1);
        if p.is_word()
            && !p.cap()
            && !(fc.conj || fc.prep || fc.aux || fc.pronoun || fc.det || fc.adverb || fc.time)
            && (described || cue_at(toks, m - 1).is_none())
            // "drugmaking" is a modifier; "including", "following" are not, nor a verb
            // that takes the name as its object ("…, citing Dmitry Peskov", "quoting
            // Anna Weiss").
            && !matches!(
                pl,
                "including" | "following" | "according" | "regarding" | "concerning" | "during"
            )
            && !(pl.ends_with("ing") && OBJECT_TAKING_ING.contains(&pl))
            && (described || !pl.ends_with("ed"))
            && !pl.ends_with("ly")
            // Right before the name, two kinds of word are no title: an adjective that
            // describes the person ("an emotional Mark Ellis", "a tearful Maria Lopez", "a
            // furious Tom Reed") and a place's kind ("along the river Waal"; "village
            // councillor Mathew Rumbi" has its role noun between them).
            && !(m == start && k == start && (is_describing_adjective(pl) || is_place_kind(pl)))
            // A participle after a noun takes the name as its object: "The lawyer
            // representing Mark Ellis said" (see `role_with_participle`); "the
            // drugmaking giant" has no noun before it.
            && !(pl.ends_with("ing")
                && m >= 2
                && toks[m - 2].is_word()
                && !toks[m - 2].cap()
                && !class_at(toks, m - 2).det)
        {
            m -= 1;
            unknown += 1;
        } else {
            break;
        }
    }
    if unknown == 0 {
        return k;
    }
    let mut q = m;
    while q > 0 {
        let p = &toks[q - 1];
        if p.kind == Kind::Possessive && q >= 2 && toks[q - 2].is_word() {
            q -= 2;
        } else if p.cap()
            && (is_country_word(p)
                || TITLES.contains(p.text)
                || crate::lexicon::is_org_head(p.text)
                || is_acronym(p.text)
                // "The Kyiv-born pianist Anna Weiss"
                || crate::lexicon::is_descriptor(p.text))
        {
            q -= 1;
        } else {
            break;
        }
    }
    // "Local carpenter Tom Reed said", "Tribal elder Hamad al-Nuaimi said": a plain word
    // before them, written with a capital only because it opens the sentence.
    // "New York consultancy Delta Sur said", "the Buenos Aires-based consultancy …": or
    // the words of a place's name, up to three, when the phrase then opens its clause
    // or follows an article.
    let mut r = q;
    while r > 0 && q - r < 3 && toks[r - 1].is_word() && toks[r - 1].cap() {
        let fc = toks[r - 1].class();
        if fc.conj || fc.prep || fc.aux || fc.pronoun || fc.det || fc.adverb || fc.time {
            break;
        }
        if cue_at(toks, r - 1).is_some() {
            break;
        }
        r -= 1;
    }
    // "the bureau’s Los Angeles field office": or after an owner.
    let owner = r >= 2 && r < q && toks[r - 1].kind == Kind::Possessive && toks[r - 2].is_word();
    if r < q
        && (subject_boundary(toks, r)
            || r > 0 && class_at(toks, r - 1).det && !toks[r - 1].is("that")
            || owner)
    {
        q = if owner { r - 2 } else { r };
    }
    // The unknown words may also open the phrase themselves, right after a clause boundary
    // ("Ms Halvorsen said finance minister Karl Strand had …").
    if q == m
        && (subject_boundary(toks, m)
            || m > 0 && class_at(toks, m - 1).det && !toks[m - 1].is("that"))
    {
        return m;
    }
    if q < m && (q == 0 || subject_boundary(toks, q) || class_at(toks, q - 1).det) {
        if q > 0 && class_at(toks, q - 1).det {
            q -= 1;
        }
        return q;
    }
    k
}

// The last two words are capitalised name words that are neither titles, organisation
// heads nor countries, after a title or role word: a person's name ("Wang Wenbin").
fn ends_with_person_name(toks: &[Tok], np: &Np) -> bool {
    np.end >= np.start + 2
        && toks[np.end - 2..np.end].iter().all(person_name_word)
        && toks[np.start..np.end - 2].iter().any(|t| {
            TITLES.contains(t.text) || (!t.cap() && role_class(t.lower.as_ref()).is_some())
        })
}

// A capitalised word that can be part of a person's name: no title, organisation word,
// country or role noun ("Wang", "Wenbin"; not "Minister", "Ministry", "Russia", "Envoy").
fn person_name_word(t: &Tok) -> bool {
    t.cap()
        && !TITLES.contains(t.text)
        && !crate::lexicon::is_org_head(t.text)
        && !is_country_word(t)
        && role_class(t.lower.as_ref()).is_none()
}

// "TNPF", "NATO", "DJS": an organisation's initials.
fn is_acronym(w: &str) -> bool {
    w.chars().count() >= 2 && w.chars().all(|c| c.is_ascii_uppercase())
}

fn extend_with_complement(toks: &[Tok], np: &mut Np) {
    // "Ministry of Foreign Affairs spokesperson Wang Wenbin", "Spokesperson of Zamfara
    // state governor Malam Nuhu Anka": a phrase ending in a person's name is that person,
    // not the complement of a role before it.
    // "Director of communications Anna Berg": a post whose complement runs into the name
    // is the person's title (see `post_before_name`), not a role with the name for object.
    if np.kind == NpKind::Name
        && let Some((post, prep)) = post_before_name(toks, np.end - 1)
        && prep < np.start
    {
        np.start = post;
        return;
    }
    if np.kind == NpKind::Name && ends_with_person_name(toks, np) {
        return;
    }
    let s = np.start;
    if s < 2 {
        return;
    }
    if np.kind == NpKind::Name
        && let Some(post) = post_over_house(toks, s)
    {
        np.start = post;
        return;
    }
    let mut p = s - 1;
    let pl = lower(toks, p);
    if !matches!(pl, "for" | "of" | "at" | "with" | "in" | "to" | "from") {
        return;
    }
    if p >= 2 && matches!(lower(toks, p - 1), "familiar" | "close" | "linked" | "near") {
        p -= 1;
    }
    if p == 0 {
        return;
    }
    if let Some(head) = np_backward_simple_role(toks, p - 1) {
        np.start = head;
        if np.kind == NpKind::Name {
            np.kind = NpKind::Role;
        }
    } else if np.kind == NpKind::Role
        && p >= 2
        && toks[p - 1].cap()
        && class_at(toks, p - 2).det
        && crate::lexicon::one_person_post(lower(toks, p - 1))
    {
        // "The Director of the agency, Paul Brennan,": a post in capitals after its
        // article, before a lower-case complement, is the head of the role (the role
        // was the complement, "agency").
        np.start = p - 2;
    }
}

/// Where the post starts when a post of several words stands "in the" house before the
/// name phrase starting at `start`: "Leader of the Opposition in the Legislative Assembly
/// Hemant Bhosale", "Chairman of the Finance Committee in the National Assembly …". The
/// post opens with a title or a one-person post and opens the subject.
pub(crate) fn post_over_house(toks: &[Tok], start: usize) -> Option<usize> {
    // (A house has its article: "Mr Ephraim Tshuma of Sigangatsha Village in
    // Nyamandlovu" names a place.)
    let in_at = if toks[start].is("the") {
        start.checked_sub(1)?
    } else {
        start.checked_sub(2).filter(|&i| toks[i + 1].is("the"))?
    };
    if in_at == 0 || !toks[in_at].is("in") || !toks[in_at - 1].cap() {
        return None;
    }
    let post = np_backward_core(toks, in_at - 1)?.start;
    (post + 1 < in_at
        && (TITLES.contains(toks[post].text) || crate::lexicon::one_person_post(lower(toks, post)))
        && subject_boundary(toks, post))
    .then_some(post)
}

// A role phrase ending at `j` without complement extension (to avoid recursion chains).
fn np_backward_simple_role(toks: &[Tok], j: usize) -> Option<usize> {
    let t = toks.get(j)?;
    // A capitalised post opens the subject, after any capitalised modifiers of it: "Vice
    // Chairman of the People's Committee Nguyen Thi Lan said".
    let opens = |j: usize| {
        let mut b = j;
        while b > 0
            && toks[b - 1].cap()
            && (crate::lexicon::ROLE_MODIFIERS.contains(lower(toks, b - 1))
                || TITLES.contains(toks[b - 1].text))
        {
            b -= 1;
        }
        // A party's or a body's initials before the post: "SDA MP in the House of
        // Representatives … Lejla Kurtović-Đapo said", "ANC MP …".
        if b > 0 && crate::resolve::is_initials(toks[b - 1].text) {
            b -= 1;
        }
        // An owner's post: "Kgorong’s MMC for water and sanitation, Tebogo
        // Maswanganyi," (the owner is the post's, as "Kgorong’s mayor" is).
        b == 0 || subject_boundary(toks, b) || toks[b - 1].kind == Kind::Possessive
    };
    if !t.is_word() || (t.cap() && j > 0 && !opens(j)) {
        return None;
    }
    role_class(t.lower.as_ref()).filter(|r| *r != RoleClass::Honor)?;
    let mut k = j;
    while k > 0 {
        let pl = lower(toks, k - 1);
        let fc = class_at(toks, k - 1);
        if (crate::lexicon::ROLE_MODIFIERS.contains(pl) || toks[k - 1].cap())
            && !fc.det
            && !fc.conj
            && !fc.prep
        {
            k -= 1;
        } else {
            if fc.det && !toks[k - 1].is("that") {
                k -= 1;
            }
            break;
        }
    }
    Some(k)
}

/// Whether the phrase after "according to" is a manner, not a source: lower-case words
/// with no determiner, their head singular and no word of a source (a role, group,
/// body, document or evidence): "according to political affiliation", "according to
/// plan", "according to tradition". "according to residents", "according to local
/// media", "according to official data" are sources.
fn names_a_manner(toks: &[Tok], np: &Np) -> bool {
    let words = &toks[np.start..np.end];
    let Some(head) = words.last() else {
        return false;
    };
    let h = head.lower.as_ref();
    np.kind == NpKind::Role
        && words
            .iter()
            .all(|t| t.is_word() && !t.cap() && !t.class().det)
        && !h.ends_with('s')
        && role_class(h).is_none()
        && !crate::lexicon::is_group_role(h)
        && !crate::lexicon::EVIDENCE_NOUNS.contains(h)
}

/// Whether the verb at `i` (`len` tokens, not in "-ing" after a comma or a quotation,
/// where it is inverted and the noun phrase after it its subject) takes a thing or a
/// number as its object and nothing said: a number, an article, a determiner or "to"
/// ("wrote to the minister") after it, no quotation in the sentence, and no "that",
/// colon or lower-case auxiliary after it ("in May" is no modal).
fn names_only_a_thing(toks: &[Tok], i: usize, len: usize, form: &CueForm) -> bool {
    let inverted = !form.ing && i > 0 && (toks[i - 1].punct(',') || toks[i - 1].is_quote());
    !inverted
        && toks.get(i + len).is_some_and(|n| {
            n.kind == Kind::Number
                || matches!(
                    n.lower.as_ref(),
                    "a" | "an"
                        | "the"
                        | "some"
                        | "another"
                        | "more"
                        | "its"
                        | "their"
                        | "his"
                        | "her"
                        | "our"
                        | "to"
                        | "back"
                )
        })
        && !toks.iter().any(Tok::is_quote)
        && !toks[i + len..]
            .iter()
            .any(|t| t.is("that") || t.punct(':') || t.is_word() && !t.cap() && t.class().aux)
}

/// Whether the object of "welcome" at `k` is people arriving or a number of anything:
/// it opens with a number or a word of quantity ("more", "a record", "some"), or its
/// first words hold a noun of visitors ("foreign tourists", "the first cruise
/// passengers").
fn welcomes_visitors(toks: &[Tok], k: usize) -> bool {
    let Some(first) = toks.get(k) else {
        return false;
    };
    if first.kind == Kind::Number
        || matches!(
            first.lower.as_ref(),
            "more"
                | "fewer"
                | "some"
                | "over"
                | "nearly"
                | "almost"
                | "about"
                | "around"
                | "thousands"
                | "millions"
                | "hundreds"
                | "dozens"
                | "record"
        )
        || first.is("a") && toks.get(k + 1).is_some_and(|t| t.is("record"))
    {
        return true;
    }
    toks[k..]
        .iter()
        .take(5)
        .take_while(|t| t.is_word())
        .any(|t| {
            matches!(
                t.lower.as_ref(),
                "visitors"
                    | "tourists"
                    | "guests"
                    | "passengers"
                    | "travellers"
                    | "travelers"
                    | "arrivals"
                    | "pilgrims"
                    | "holidaymakers"
                    | "vacationers"
            )
        })
}

/// Any short noun phrase up to punctuation after "according to": "city records",
/// "the latest figures".
fn bare_np(toks: &[Tok], i: usize) -> Option<Np> {
    let end = (i..(i + 6).min(toks.len()))
        .take_while(|&k| {
            toks[k].is_word() || toks[k].kind == Kind::Possessive || toks[k].kind == Kind::Number
        })
        .last()?;
    (end >= i).then_some(Np {
        start: i,
        end: end + 1,
        kind: NpKind::Role,
    })
}

/// Parse a speaker phrase that starts at token `i`, reading rightwards (after an inverted
/// verb or "according to").
pub(crate) fn np_forward(toks: &[Tok], i: usize) -> Option<Np> {
    let t = toks.get(i)?;
    if !t.is_word() {
        return None;
    }
    // "her" before a noun owns it ("according to her spokesman"); alone it is the person.
    let her_owns = t.is("her")
        && toks.get(i + 1).is_some_and(|n| {
            let c = n.class();
            n.is_word() && !(c.conj || c.prep || c.aux || c.det || c.pronoun || c.adverb)
        });
    if !her_owns && (t.class().pronoun || matches!(t.lower.as_ref(), "him" | "her" | "them")) {
        return Some(Np {
            start: i,
            end: i + 1,
            kind: NpKind::Pronoun,
        });
    }
    // "“…,” said one of the officials": part of a group.
    if lower(toks, i + 1) == "of"
        && is_partitive(t.lower.as_ref())
        && let Some(group) = np_forward(toks, i + 2).filter(|np| np.kind == NpKind::Role)
    {
        return Some(Np { start: i, ..group });
    }
    let mut k = i;
    let mut saw_cap = false;
    let mut saw_role = false;
    let mut last_head = None;
    while let Some(t) = toks.get(k) {
        let l = t.lower.as_ref();
        if t.kind == Kind::Possessive {
            k += 1;
            continue;
        }
        // "according to Trade, Industry and Energy Minister Yoon Seo-jin", "said the
        // Department of Agriculture, Fisheries and Forestry": a list of portfolios inside
        // one post or one name.
        if saw_cap && (t.punct(',') || t.is("and")) && portfolios_ahead(toks, k) {
            k += 1;
            continue;
        }
        // "according to Meat & Livestock Australia": an ampersand between capitalised
        // words joins one name, as read leftwards (`org_name_joiner`).
        if saw_cap && t.punct('&') && toks.get(k + 1).is_some_and(|n| n.cap() && name_word(n)) {
            k += 1;
            continue;
        }
        if !t.is_word() && t.kind != Kind::Number {
            break;
        }
        // "Newspapers in Warsaw were divided, saying …": a plural role noun capitalised
        // only because it opens the sentence is that group, not a name. (A singular one
        // may be a name: "Kremlin hit back, saying …".)
        let role_opening = k == i
            && toks[..i].iter().all(|p| p.kind == Kind::Punct)
            && crate::lexicon::role_lookup(l).is_some_and(|(r, plural)| {
                r != RoleClass::Honor
                    && (plural
                        || r == RoleClass::Body
                            && l.strip_suffix('s')
                                .is_some_and(|one| role_class(one).is_some()))
            });
        if t.cap() && name_word(t) && !role_opening
            || saw_cap && k > i && takes_number(&toks[k - 1], t)
        {
            saw_cap = true;
            k += 1;
            last_head = Some(k);
            continue;
        }
        if saw_cap && name_joiner_ahead(toks, k) && !(t.is("for") && person_words(&toks[i..k])) {
            k += 1;
            continue;
        }
        // "according to the Ministry of the Interior", "the Office of the President", "the
        // UN Office for the Coordination of Humanitarian Affairs": an organisation's "of
        // the" or "for the" before a capitalised word.
        if saw_cap
            && (t.is("of") || t.is("for"))
            && lower(toks, k + 1) == "the"
            && crate::lexicon::is_org_head(toks[k - 1].text)
            && toks.get(k + 2).is_some_and(|n| n.cap() && name_word(n))
        {
            k += 2;
            continue;
        }
        // "Chairman of the Board of …": a person's post in capitals that opens the phrase
        // without an article, and the body it is of, as an organisation's "of the"
        // above ("the Governor of the Central Bank, Ana Ruiz" is the post before its
        // holder in apposition).
        if saw_cap
            && k == i + 1
            && t.is("of")
            && lower(toks, k + 1) == "the"
            && toks[k - 1].cap()
            && crate::lexicon::one_person_post(toks[k - 1].lower.as_ref())
            && toks.get(k + 2).is_some_and(|n| n.cap() && name_word(n))
        {
            k += 2;
            continue;
        }
        // "Chairman of the Board of Directors of the company Mehmet Ali Yildirim": a
        // post's "of the company" before the holder's name.
        if saw_cap
            && t.is("of")
            && lower(toks, k + 1) == "the"
            && toks.get(k + 2).is_some_and(|n| {
                n.is_word() && !n.cap() && crate::lexicon::ORG_NOUNS.contains(n.lower.as_ref())
            })
            && toks.get(k + 3).is_some_and(|n| n.cap() && name_word(n))
            && toks.get(k + 4).is_some_and(|n| n.cap() && name_word(n))
        {
            k += 3;
            continue;
        }
        if crate::lexicon::is_name_particle(l) && toks.get(k + 1).is_some_and(Tok::cap) && saw_cap {
            k += 1;
            continue;
        }
        // "said Nurlan Asylbek uulu, head of …": a Central Asian patronymic word in lower
        // case is the name's last (as `np_backward_core` reads it).
        if saw_cap && k > i && crate::lexicon::is_patronymic(t.text) && name_word(&toks[k - 1]) {
            k += 1;
            last_head = Some(k);
            continue;
        }
        // "the head of state", "the head of government": a listed role of three words
        // with "of", read whole as the resolver reads it (not "head" and a complement
        // running to the verb: "The head of state congratulated the workers and stated").
        if !t.cap()
            && lower(toks, k + 1) == "of"
            && crate::lexicon::ROLE_PAIRS
                .get_of(l, lower(toks, k + 2))
                .is_some_and(|r| r != RoleClass::Honor)
        {
            saw_role = true;
            k += 3;
            last_head = Some(k);
            continue;
        }
        // A role of two words: "according to Ukraine’s air force", "said the coast
        // guard" ("air" alone is no role).
        if !t.cap()
            && crate::lexicon::ROLE_PAIRS
                .get(l, lower(toks, k + 1))
                .is_some_and(|r| r != RoleClass::Honor)
        {
            saw_role = true;
            k += 2;
            last_head = Some(k);
            continue;
        }
        // A role noun may end the phrase even when it can also modify ("the ministry",
        // "ministry officials"); so may an age ("said the 34-year-old").
        if role_class(l).is_some_and(|r| r != RoleClass::Honor) || l.ends_with("-year-old") {
            saw_role = true;
            k += 1;
            last_head = Some(k);
            continue;
        }
        if (k == i && (t.class().det || her_owns))
            || crate::lexicon::ROLE_MODIFIERS.contains(l)
            || t.kind == Kind::Number
        {
            k += 1;
            continue;
        }
        // "according to Wasreb's latest sector report", "the agency's annual audit
        // report": a plain noun the lists do not know before a document's noun modifies
        // it.
        let doc_at = |m: usize| {
            toks.get(m).is_some_and(|n| {
                n.is_word() && !n.cap() && role_class(n.lower.as_ref()) == Some(RoleClass::Doc)
            })
        };
        if k > i
            && plain_word(t)
            && (doc_at(k + 1) || toks.get(k + 1).is_some_and(plain_word) && doc_at(k + 2))
        {
            k += 1;
            continue;
        }
        // "said the station's director", "the plant's chief engineer": a noun the lists
        // do not know owns the role noun after its mark.
        if t.is_word()
            && !t.cap()
            && k > i
            && toks.get(k + 1).is_some_and(|n| n.kind == Kind::Possessive)
            && toks.get(k + 2).is_some_and(|n| {
                let l = n.lower.as_ref();
                n.is_word()
                    && !n.cap()
                    && (role_class(l).is_some_and(|r| r != RoleClass::Honor)
                        || crate::lexicon::ROLE_MODIFIERS.contains(l))
            })
        {
            k += 2;
            continue;
        }
        // An unknown lower-case title word before a name or a role noun: "said UN
        // coordinator Jean-Luc Moreau", "said Brit skier Tom Ashby", "added retired postman
        // Alan Cole", "said lead author Dr Oliver Kennedy"; or before a document ("according
        // to a criminal complaint", "a federal lawsuit").
        if title_word(t)
            && (saw_cap || k - i < 3)
            && (toks.get(k + 1).is_some_and(|n| {
                n.cap() && name_word(n)
                    || !n.cap()
                        && role_class(n.lower.as_ref()).is_some_and(|r| {
                            matches!(r, RoleClass::Role | RoleClass::Leader | RoleClass::Doc)
                        })
            })
                // Two such words: "concert-industry tracker Boxline Data", "sundry shop
                // owner Chong Mei Ling", "blockchain analytics firm Chainspect".
                || k - i < 2
                    && toks.get(k + 1).is_some_and(|n| {
                        !n.cap()
                            && title_word(n)
                            && crate::lexicon::cue_forms(n.lower.as_ref()).is_none()
                    })
                    && toks.get(k + 2).is_some_and(|n| {
                        n.cap() && name_word(n)
                            || !n.cap()
                                && role_class(n.lower.as_ref())
                                    .is_some_and(|r| r.of_person() || r == RoleClass::Body)
                    }))
        {
            k += 1;
            continue;
        }
        // A gerund before an organisation's noun: "according to the tracking site
        // OutageWatch.us", "polling firm Ipsos", "the ruling party".
        if k - i < 2
            && !t.cap()
            && l.ends_with("ing")
            && toks.get(k + 1).is_some_and(|n| {
                !n.cap()
                    && (role_class(n.lower.as_ref()) == Some(RoleClass::Body)
                        || crate::lexicon::ORG_NOUNS.contains(n.lower.as_ref()))
            })
            && crate::lexicon::cue_forms(l).is_none()
        {
            k += 1;
            continue;
        }
        break;
    }
    let mut end = last_head?;
    let kind = if saw_cap && (!saw_role || toks[end - 1].cap()) {
        NpKind::Name
    } else {
        NpKind::Role
    };
    // "“…,” said McDonald's, which …": an owner's mark that ends the phrase owns nothing,
    // so it is the end of a name written with it (as `np_backward_core` reads it).
    if kind == NpKind::Name
        && end < toks.len()
        && mark_after_name(toks, end)
        && toks.get(end + 1).is_none_or(|t| t.kind == Kind::Punct)
    {
        end += 1;
    }
    let mut np = Np {
        start: i,
        end,
        kind,
    };
    // "people with knowledge of the deliberations", "a source with direct knowledge of
    // the talks": what makes the people a source.
    let knowledge = usize::from(matches!(lower(toks, end + 1), "direct" | "detailed"));
    if kind == NpKind::Role
        && lower(toks, end) == "with"
        && lower(toks, end + 1 + knowledge) == "knowledge"
        && lower(toks, end + 2 + knowledge) == "of"
        && let Some(comp) = np_forward_simple(toks, end + 3 + knowledge)
    {
        np.end = comp;
    } else if kind == NpKind::Role
        // "said the mother of five.": a count of children closes the phrase.
        && lower(toks, end) == "of"
        && toks.get(end + 1).is_some_and(|n| {
            n.kind == Kind::Number || crate::quantities::is_number_word(n.lower.as_ref())
        })
        && toks.get(end + 2).is_none_or(|n| !n.is_word())
    {
        np.end = end + 2;
    } else if kind == NpKind::Role
        // "a spokesperson for the ministry said" read forwards: "for the ministry".
        && matches!(lower(toks, end), "for" | "of" | "at" | "in" | "with")
        && let Some(comp) = np_forward_simple(toks, end + 1)
    {
        np.end = comp;
    } else if kind == NpKind::Role
        // "a press release issued by the ministry": a document of two words too.
        && role_class_ending(toks, end - 1) == Some(RoleClass::Doc)
        && let Some(comp) = author_after(toks, end)
    {
        // "according to figures from the ONS", "according to a report by Amnesty
        // International", "figures published by the Home Office": a document's author.
        np.end = comp;
    } else if kind == NpKind::Role
        && source_modifier(lower(toks, end), lower(toks, end + 1))
        && let Some(comp) = np_forward_simple(toks, end + 2)
    {
        // "a person familiar with the investigation", "sources close to the Kremlin".
        np.end = comp;
    }
    Some(np)
}

/// Whether the comma or "and" at `k`, read forwards inside a capitalised phrase, is one of
/// a list of portfolios that names one post or one body, so the phrase goes on over it:
/// - a post: "Trade, Industry and Energy Minister Yoon Seo-jin", "Health and Social Care
///   Secretary Wes Streeting". Every piece before the last ends in a portfolio
///   ([`crate::lexicon::is_portfolio`]), and the last runs into a capitalised post of a
///   person and a name;
/// - a body: "the Department of Agriculture, Fisheries and Forestry", "the Commission for
///   Refugees and Repatriation". The list opens after "of" or "for", and every piece
///   after the first holds a portfolio, so "the Bank of England, Barclays and HSBC"
///   stays three.
///
/// Pieces are one or two capitalised words.
pub(crate) fn portfolios_ahead(toks: &[Tok], k: usize) -> bool {
    /// Words in one portfolio ("Rural Affairs", "Energy Security").
    const WORDS: usize = 2;
    let cap = |m: usize| toks.get(m).is_some_and(|t| t.is_word() && t.cap());
    let portfolio = |m: usize| crate::lexicon::is_portfolio(toks[m].text);
    // The pieces before `k`, nearest first, to the list's opening.
    let mut end = k;
    let mut body = false;
    loop {
        let start = (end.saturating_sub(WORDS)..end)
            .find(|&m| (m..end).all(cap))
            .unwrap_or(end);
        if start == end {
            return false;
        }
        let before = start.checked_sub(1).map(|b| &toks[b]);
        if before.is_some_and(|b| b.is("of") || b.is("for")) && start >= 2 && cap(start - 2) {
            // The name before the list: its first piece need hold no portfolio.
            body = true;
            break;
        }
        if !portfolio(end - 1) {
            return false;
        }
        match before {
            Some(b) if b.punct(',') => end = start - 1,
            _ => break,
        }
    }
    // The pieces after `k`, to the last one after "and".
    let mut m = k;
    loop {
        if toks[m].is("and") {
            break;
        }
        // A comma: a piece, then another comma or "and" (", and").
        if toks.get(m + 1).is_some_and(|t| t.is("and")) {
            m += 1;
            break;
        }
        let n = (m + 1..(m + 1 + WORDS).min(toks.len()))
            .take_while(|&x| cap(x))
            .count();
        if n == 0 || !(m + 1..m + 1 + n).any(portfolio) {
            return false;
        }
        m += 1 + n;
        match toks.get(m) {
            Some(t) if t.punct(',') || t.is("and") => {}
            _ => return false,
        }
    }
    let last = m + 1;
    if body {
        // "… and Rural Affairs": one or two capitalised words, one a portfolio, and the
        // name ends there.
        let n = (last..(last + WORDS).min(toks.len()))
            .take_while(|&x| cap(x))
            .count();
        n > 0 && !cap(last + n) && (last..last + n).any(portfolio)
    } else {
        // "… and Net Zero Secretary Ed Miliband": capitalised words to a person's post,
        // then a name.
        (last..(last + WORDS + 1).min(toks.len()))
            .take_while(|&x| cap(x))
            .any(|x| {
                x > last
                    && role_class(toks[x].lower.as_ref()).is_some_and(|r| r.of_person())
                    && toks.get(x + 1).is_some_and(|n| n.cap() && name_word(n))
            })
    }
}

/// Whether `t` may be a lower-case word of a title the role list does not know
/// ("coordinator", "skier", "concert-industry tracker"): a word that is no function word,
/// adverb or time word, and does not read as a participle or an adverb.
fn title_word(t: &Tok) -> bool {
    let c = t.class();
    let l = t.lower.as_ref();
    t.is_word()
        && !(c.conj || c.prep || c.aux || c.det || c.pronoun || c.adverb || c.time)
        && !l.ends_with("ed")
        && !l.ends_with("ing")
        && !l.ends_with("ly")
}

/// An adjective and its preposition that make a source of the noun before them: "people
/// familiar with the matter", "sources close to the talks", "a person briefed on the plan",
/// "two people present at the meeting", "officials privy to the negotiations".
fn source_modifier(adjective: &str, preposition: &str) -> bool {
    matches!(
        (adjective, preposition),
        ("familiar", "with")
            | ("close", "to")
            | ("briefed", "on")
            | ("knowledgeable", "about")
            | ("present", "at")
            | ("privy", "to")
            // "people aware of the matter", Indian and British business copy's phrase.
            | ("aware", "of")
    )
}

fn np_forward_simple(toks: &[Tok], i: usize) -> Option<usize> {
    let mut k = i;
    if class_at(toks, k).det {
        k += 1;
        // "the investigation", "the matter": a short common-noun phrase, whose words may
        // own the next ("the employers' federation"; three words besides the mark: "the
        // city's main hospital").
        let marks = toks[k..(k + 3).min(toks.len())]
            .iter()
            .filter(|t| t.kind == Kind::Possessive)
            .count();
        let words = (k..(k + 3 + marks).min(toks.len()))
            .take_while(|&m| {
                m > k && toks[m].kind == Kind::Possessive && toks[m - 1].is_word()
                    || toks[m].is_word()
                        && !toks[m].cap()
                        && {
                            let c = toks[m].class();
                            !(c.conj || c.prep || c.aux || c.det || c.pronoun)
                        }
                        && cue_at(toks, m).is_none()
                        // "the head of the agency congratulated …": a past tense after
                        // the noun is the clause's verb.
                        && !(m > k && toks[m].lower.len() > 4 && toks[m].lower.ends_with("ed"))
            })
            .count();
        // Not ending on the owner's mark: "the employers'" alone is the employers.
        let words = words - usize::from(words > 0 && toks[k + words - 1].kind == Kind::Possessive);
        if words > 0 && !toks.get(k).is_some_and(Tok::cap) {
            return Some(k + words);
        }
    }
    let start = k;
    // "the Office for National Statistics", "the Ministry of Health and Social Care".
    while toks.get(k).is_some_and(|t| {
        t.cap() || t.kind == Kind::Possessive || k > start && name_joiner_ahead(toks, k)
    }) {
        k += 1;
    }
    if k > start {
        // "the Israeli army", "the Kenyan defence ministry": a name's adjective before a
        // role or body written in lower case.
        let mut end = k;
        for (m, t) in toks.iter().enumerate().skip(k).take(3) {
            let l = t.lower.as_ref();
            if !t.is_word() || t.cap() {
                break;
            }
            // "people in the Kessler camp", "sources in the Trump camp": the people
            // around a name.
            if role_class(l).is_some_and(|c| c != RoleClass::Doc)
                || matches!(l, "camp" | "entourage" | "circle" | "orbit")
            {
                end = m + 1;
            } else if !crate::lexicon::ROLE_MODIFIERS.contains(l) {
                break;
            }
        }
        return Some(end);
    }
    if role_class(lower(toks, k)).is_some() {
        return Some(k + 1);
    }
    None
}

/// Skip time adverbials ending at `j` (inclusive), reading leftwards: "on Thursday",
/// "late on Friday", "earlier this week". Returns the index before them.
fn skip_time_back(toks: &[Tok], mut j: isize) -> isize {
    let start = j;
    while j >= 0 {
        let t = &toks[j as usize];
        if !t.is_word() && t.kind != Kind::Number {
            break;
        }
        if t.kind == Kind::Number || t.class().time {
            j -= 1;
        } else {
            break;
        }
    }
    // Only a phrase that starts with a preposition or time word and holds a day/period
    // word counts; otherwise undo ("the president on" is not a time phrase).
    if j < start {
        let first = &toks[(j + 1) as usize];
        let fl = first.lower.as_ref();
        if !(matches!(
            fl,
            "on" | "in"
                | "at"
                | "late"
                | "early"
                | "earlier"
                | "later"
                | "last"
                | "this"
                | "yesterday"
                | "today"
                | "overnight"
                | "shortly"
        )) {
            return start;
        }
    }
    j
}

/// A lower-case word in "-ly" that is not a role noun: an adverb the adverb list does
/// not know ("reportedly", "repeatedly"); "the family said", "an ally said" are subjects.
pub(crate) fn ly_adverb(t: &Tok) -> bool {
    !t.cap() && adverb_ending(t, &["ly"])
}

/// Whether the word ends as an adverb does (one of `endings`) and is no role noun
/// ("ally", "deputy" are people).
fn adverb_ending(t: &Tok, endings: &[&str]) -> bool {
    let l = t.lower.as_ref();
    endings.iter().any(|e| l.ends_with(e)) && role_class(l).is_none()
}

fn skip_adverbs_back(toks: &[Tok], mut j: isize) -> isize {
    loop {
        let before = j;
        // "went on to say", "was quick to point out", "is said to have told": the frame
        // before the speech verb stands between it and its subject, as an adverb does.
        if let Ok(to) = usize::try_from(j)
            && let Some((start, _)) = speech_frame(toks, to)
        {
            j = start as isize - 1;
        }
        // "can be heard telling", "is seen saying": heard or seen saying it, as "was
        // heard to say" is.
        if let Ok(p) = usize::try_from(j)
            && perceived_speaking(toks, p)
        {
            // Past the form of "be" too ("be", "been" are no auxiliaries to the loop).
            j = skip_adverbs_only_back(toks, p as isize - 1) - 1;
        }
        while j >= 0 {
            let t = &toks[j as usize];
            let c = t.class();
            // "Beatrice Were said": a family name, not "were".
            if t.cap() && family_name_after_given_name(toks, j as usize) {
                break;
            }
            if t.is_word()
                && (c.aux
                    || c.adverb
                    || ly_adverb(t)
                    // "He however conceded that …"
                    || matches!(t.lower.as_ref(), "not" | "n't" | "never" | "however")
                    // "Rotich himself wrote", "The minister herself said": an intensifying
                    // pronoun after the subject.
                    || j >= 1
                        && matches!(
                            t.lower.as_ref(),
                            "himself" | "herself" | "themselves" | "itself"
                        )
                        && toks[j as usize - 1].is_word()
                    // "Campaigners have long argued …", "She has since said …": "long"
                    // and "since" after an auxiliary.
                    || (t.is("long") || t.is("since"))
                        && j >= 1
                        && (class_at(toks, j as usize - 1).aux
                            || contracted_has(toks, j as usize - 1)))
                || contracted_has(toks, j as usize)
            {
                j -= 1;
            } else {
                break;
            }
        }
        j = skip_time_back(toks, j);
        if j == before {
            return j;
        }
    }
}

/// Whether token `j` is the "’s" of "she’s told", "he's said", "the company's said":
/// "has" (or "is") between the subject and its verb, after "he", "she" or a lower-case
/// noun. ("It's said that …" names no one, and after a name the mark may be the name's
/// own: "Moody's said".)
fn contracted_has(toks: &[Tok], j: usize) -> bool {
    toks[j].kind == Kind::Possessive
        && toks[j].lower == "'s"
        && j >= 1
        && match lower(toks, j - 1) {
            "he" | "she" => true,
            // "there's", "what's", "here's" are "is" (no function-word class holds them).
            "there" | "what" | "here" => false,
            _ => plain_word(&toks[j - 1]),
        }
}

/// Past a day written between a verb and its clause at `k` ("ruled Tuesday that", "agreed
/// on Friday that", "ruled yesterday that"): where the clause may start. A day is a word
/// of time ending in "day", as [`time_at`] reads one; `time_at` itself would read the
/// "that" after it as part of the time ("that day").
fn day_after(toks: &[Tok], k: usize) -> usize {
    let m = k + usize::from(lower(toks, k) == "on");
    let day = lower(toks, m);
    if day.ends_with("day") && word_class(day).time {
        m + 1
    } else {
        k
    }
}

/// Whether one to three plain lower-case words from `k` (no function words, no
/// capitals, no numbers) close the clause: a bare noun object ("feared retaliation,
/// said", "fear reprisals."), not a clause ("fear growth will slow") nor a list of
/// modifiers ("believe hotter, drier summers …"). Closed by the end, a full stop, a
/// semicolon, a dash or a bracket, or by a comma before the speech verb of the
/// sentence.
fn bare_object_closes(toks: &[Tok], k: usize) -> bool {
    let words = toks[k.min(toks.len())..]
        .iter()
        .take(4)
        .take_while(|t| plain_word(t))
        .count();
    let close = k + words;
    (1..=3).contains(&words)
        && toks.get(close).is_none_or(|t| {
            t.punct('.')
                || t.punct(';')
                || t.punct('—')
                || t.punct(')')
                || t.punct(',') && cue_at(toks, close + 1).is_some()
        })
}

/// Where the bracket opens in "Officer-in-Charge (OC) of" before the word at `k`: a
/// capitalised post, its initials in brackets, then "of" and its unit. The run of a
/// name goes on over them to the post.
fn initials_before_of(toks: &[Tok], k: usize) -> Option<usize> {
    let open = k.checked_sub(4).filter(|&o| o >= 1)?;
    (toks[k - 1].is("of")
        && initials_closed_at(toks, k - 2)
        && toks[k - 3].text.len() <= 6
        && toks[open - 1].cap()
        && toks[k].cap())
    .then_some(open)
}

/// Whether the ")" at `close` ends an organisation's initials in brackets: "(PWD)",
/// "(PFG)".
pub(crate) fn initials_closed_at(toks: &[Tok], close: usize) -> bool {
    close >= 2
        && toks[close].punct(')')
        && toks[close - 2].punct('(')
        && crate::resolve::is_initials(toks[close - 1].text)
}

/// Whether the comma at `c` stands between a capitalised word and a company's legal
/// form ("Group Co., Ltd.", "Acme Widgets, Inc."): inside the company's name.
fn legal_form_after(toks: &[Tok], c: usize) -> bool {
    c >= 1
        && toks[c].punct(',')
        && toks[c - 1].cap()
        && toks
            .get(c + 1)
            .is_some_and(|t| t.cap() && crate::lexicon::is_legal_form(t.text))
}

/// Whether the participle of a cue after a contracted "’s" ([`contracted_has`]), its
/// words ending before `k`, is active ("she’s told reporters", "he's said that", "the
/// company's said it will"), so the "’s" is "has": not before "to" or "by" ("he's said
/// to be", "she’s told by"), nor a verb that takes its hearer as object with none after
/// it ("she’s told that …" is passive).
fn active_after_contraction(toks: &[Tok], k: usize, form: &CueForm) -> bool {
    let next = lower(toks, k);
    !matches!(next, "to" | "by")
        && !(form.obj && (next.is_empty() || next == "that" || toks[k].kind == Kind::Punct))
}

/// Whether the word at `p` is the "heard" or "seen" of a passive before an -ing speech
/// verb ("can be heard telling", "was seen saying"), a form of "be" before it.
fn perceived_speaking(toks: &[Tok], p: usize) -> bool {
    matches!(lower(toks, p), "heard" | "seen")
        && toks.get(p + 1).is_some_and(|t| t.lower.ends_with("ing"))
        && be_before(toks, p)
}

/// Whether the word at `i` follows a quotation, a comma between them or not ("“…,”
/// vowed", "‘…’, vowed").
fn after_quotation(toks: &[Tok], i: usize) -> bool {
    match i {
        0 => false,
        1 => toks[0].is_quote(),
        _ => toks[i - 1].is_quote() || toks[i - 1].punct(',') && toks[i - 2].is_quote(),
    }
}

/// What a frame before a speech verb's "to" says of the speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Frame {
    /// The speech was made: "went on to say", "was quick to point out", "was at pains to
    /// stress", "hastened to add", "went so far as to say", "took the opportunity to
    /// warn", "continued to insist", "was heard to say".
    Made,
    /// Others relay it: "is said to have told", "is reported to have said", "is
    /// understood to have told".
    Hearsay,
}

/// The frame ending with the "to" at `to` whose speech verb follows, with the index of
/// its first word. Frames of speech not made ("declined to say", "refused to", "is
/// expected to", "wants to") are none: a speech verb after them is no claim.
fn speech_frame(toks: &[Tok], to: usize) -> Option<(usize, Frame)> {
    if to == 0 || !toks.get(to)?.is("to") {
        return None;
    }
    let w = |k: usize| lower(toks, k);
    let go = |k: usize| matches!(w(k), "go" | "goes" | "went" | "gone" | "going");
    let k = to - 1;
    let start = match w(k) {
        // "went on to say"
        "on" if k >= 1 && go(k - 1) => k - 1,
        // "went so far as to say"
        "as" if k >= 2 && w(k - 1) == "far" && w(k - 2) == "so" => {
            if k >= 3 && go(k - 3) {
                k - 3
            } else {
                k - 2
            }
        }
        // "was quick to point out", "was keen to stress", "was careful to note"
        "quick" | "keen" | "careful" | "eager" | "anxious" | "swift" => k,
        // "was at pains to stress", "took pains to stress"
        "pains"
            if k >= 1
                && matches!(
                    w(k - 1),
                    "at" | "took" | "take" | "takes" | "taking" | "taken"
                ) =>
        {
            k - 1
        }
        // "hastened to add that no decision had been taken"
        "hastened" | "hastens" | "hasten" | "hastening" => k,
        // "continued to insist that the bank had acted in time"
        "continued" | "continues" | "continue" | "continuing" => k,
        // "was heard to say": heard saying it, not told of it.
        "heard" if be_before(toks, k) => k,
        // "is said to have told", "was reported to have said"
        "said" | "reported" | "understood" | "believed" | "thought" | "alleged" | "rumoured"
        | "rumored" | "claimed"
            if be_before(toks, k) =>
        {
            return Some((k, Frame::Hearsay));
        }
        // "took the opportunity to warn", "used the occasion to say"
        "opportunity" | "occasion" | "chance" | "moment"
            if k >= 2
                && class_at(toks, k - 1).det
                && matches!(
                    w(k - 2),
                    "took"
                        | "take"
                        | "takes"
                        | "taking"
                        | "taken"
                        | "used"
                        | "use"
                        | "uses"
                        | "using"
                        | "seized"
                        | "seize"
                        | "seizes"
                ) =>
        {
            k - 2
        }
        _ => return None,
    };
    Some((start, Frame::Made))
}

/// Whether a form of "be" stands before `k`, adverbs aside ("was later heard", "is
/// widely said").
fn be_before(toks: &[Tok], k: usize) -> bool {
    // As the passive participle's test in `attribution_at` reads it.
    usize::try_from(skip_adverbs_only_back(toks, k as isize - 1))
        .is_ok_and(|j| is_be(lower(toks, j)))
}

/// The frame of the speech verb at `i`: before its "to", or before "to have" ("is said
/// to have told").
fn frame_before(toks: &[Tok], i: usize) -> Option<Frame> {
    let to = match i.checked_sub(1) {
        Some(k) if lower(toks, k) == "have" => k.checked_sub(1)?,
        Some(k) => k,
        None => return None,
    };
    speech_frame(toks, to).map(|(_, f)| f)
}

// Words that open a parenthetical between a subject and its verb:
// "Ushakov, a Kremlin aide, said", "Trump, speaking to reporters, said",
// "Zelensky, who arrived on Thursday, said", "Putin, in a statement, said",
// "The minister, while addressing a rally in Mysuru, alleged".
fn opens_parenthetical(toks: &[Tok], k: usize) -> bool {
    let Some(t) = toks.get(k) else { return false };
    let l = t.lower.as_ref();
    matches!(
        l,
        "a" | "an"
            | "the"
            | "his"
            | "her"
            | "its"
            | "their"
            | "who"
            | "which"
            | "speaking"
            | "writing"
            | "in"
            | "on"
            | "at"
            | "during"
            | "after"
            | "before"
            | "asked"
            // "The Bank of England, led by Andrew Bailey, said"
            | "led"
            | "headed"
            | "chaired"
            | "responding"
            | "when"
            | "addressing"
            | "according"
            | "for"
            | "meanwhile"
            | "however"
            | "too"
            | "though"
            | "also"
            | "from"
            | "aged"
            | "one"
            | "whose"
            | "now"
            | "herself"
            | "himself"
            | "while"
            | "whilst"
            | "despite"
            | "amid"
            // "Lloyd, through a spokesman, said"
            | "through"
            // An affiliation, British style: "Paul Kerr, of the City of London Police,
            // said", "Jane Doe, of Age UK, said".
            | "of"
    ) || t.cap()
        // ", reacting to the statement,", ", citing figures,": a participle.
        || t.is_ing_form()
        // "The figures, released on Friday, showed …", "Horvat, stung by the criticism,
        // said …": a past participle's phrase.
        || t.is_word() && l.len() > 3 && is_past_participle(l)
        || t.kind == Kind::Number
        || role_class(l).is_some()
        || post_with_modifiers(toks, k).is_some()
        // "Kobina Mensah, better known as DJ Kobi, said"
        || l == "better" && lower(toks, k + 1) == "known"
        || unlisted_post_with_complement(toks, k)
}

/// A lower-case word no list knows, as a post before its complement, a gloss in brackets
/// allowed between: "ordfører of Herøy", "ordfører (mayor) of Herøy". The complement opens
/// with a capital or an article.
fn unlisted_post_with_complement(toks: &[Tok], k: usize) -> bool {
    let t = &toks[k];
    if !plain_word(t) {
        return false;
    }
    let mut p = k + 1;
    // A one-word gloss in brackets: "(mayor)".
    if toks.get(p).is_some_and(|t| t.punct('('))
        && toks.get(p + 1).is_some_and(Tok::is_word)
        && toks.get(p + 2).is_some_and(|t| t.punct(')'))
    {
        p += 3;
    }
    matches!(lower(toks, p), "of" | "at" | "for")
        && toks
            .get(p + 1)
            .is_some_and(|t| t.is_word() && (t.cap() || t.class().det))
        && crate::lexicon::cue_forms(t.lower.as_ref()).is_none()
}

/// The last token of a post that opens at token `k` with up to three lower-case words the
/// role list does not know before a role noun it does: "policy director", "senior policy
/// analyst", "communications chief". The words must be plain content words (no function
/// word, speech verb or past participle), so ", officials said" or ", elected leader"
/// are not posts here. `None` when `toks[k]` is itself a role noun or no role noun follows.
pub(crate) fn post_with_modifiers(toks: &[Tok], k: usize) -> Option<usize> {
    const MODIFIERS: usize = 3;
    for (m, t) in toks.iter().enumerate().skip(k).take(MODIFIERS + 1) {
        // "senior FX strategist", "global ESG analyst": initials modify a post as a
        // lower-case word does, after the first.
        if m > k && t.is_word() && is_acronym(t.text) {
            continue;
        }
        if !t.is_word() || t.cap() {
            return None;
        }
        let l = t.lower.as_ref();
        if m > k
            && role_class(l).is_some_and(|c| c.of_person())
            && !crate::lexicon::is_group_role(l)
        {
            return Some(m);
        }
        let c = t.class();
        if c.conj
            || c.prep
            || c.det
            || c.pronoun
            || c.aux
            || c.adverb
            || c.time
            // A body modifies the post after it ("cabinet member for environment",
            // "board member"); any other role word is a post of its own.
            || role_class(l).is_some_and(|c| c != RoleClass::Body)
            || crate::lexicon::cue_forms(l).is_some()
            || l.ends_with("ed")
        {
            return None;
        }
    }
    None
}

/// Whether a subject may start at token `k`: at the unit start, after punctuation, a
/// quotation, a conjunction, an adverb, a time phrase that opens the sentence, a
/// capitalised word shaped like an adverb that opens it ("Elsewhere the Kremlin said"),
/// or a speech verb ("Ushakov said Putin told Trump …").
fn subject_boundary(toks: &[Tok], k: usize) -> bool {
    if k == 0 {
        return true;
    }
    let p = &toks[k - 1];
    match p.kind {
        Kind::Quote(_) | Kind::Punct => true,
        Kind::Possessive | Kind::Number => false,
        Kind::Word => {
            let c = p.class();
            c.conj
                || c.adverb
                || p.is("then")
                || p.is("now")
                || cue_at(toks, k - 1).is_some()
                || c.time && time_opener_ends_at(toks, k)
                || k - 1 == opening_conjunction(toks) && adverb_shaped(p)
        }
    }
}

/// Whether capitalised `t`, opening its clause, reads as an adverb: "Elsewhere the
/// Kremlin said", "Nationally the Treasury said". The adverb lists cannot hold every one;
/// these endings are adverbs' (an organisation's first word before "the" is a verb or a
/// noun: "Save the Children").
fn adverb_shaped(t: &Tok) -> bool {
    t.cap() && t.lower.len() > 4 && adverb_ending(t, &["ly", "where", "wise"])
}

/// "Save the Children said", "Stop the War Coalition said": the subject `np`, a name
/// after "the", taken with the capitalised word before "the" when that word opens the
/// clause and is no function word, adverb (in shape too), common opener ("Meanwhile",
/// "Yesterday"), month or speech verb ("Said the minister"). Asked only of a speech
/// verb's subject: before any other capitalised run "Inside the White House" is a place.
fn name_with_the(toks: &[Tok], np: &Np) -> Option<Np> {
    let w = np.start.checked_sub(1)?;
    let t = &toks[w];
    let c = t.class();
    let first_word = np.kind == NpKind::Name
        && toks[np.start].text == "the"
        && np.end > np.start + 1
        && t.is_word()
        && t.cap()
        && !(c.aux || c.adverb || c.conj || c.det || c.pronoun || c.prep || c.time)
        && !c.negation
        && !c.modal
        && !adverb_shaped(t)
        && !crate::lexicon::SENTENCE_STARTERS.contains(t.text)
        && !crate::lexicon::is_month(t.text)
        && cue_at(toks, w).is_none();
    if !first_word {
        return None;
    }
    if subject_boundary(toks, w) {
        return Some(Np { start: w, ..*np });
    }
    // "The charity Save the Children said", "Aid group Save the Children said": a
    // describing phrase before the name, itself opening the clause (after its article).
    let d = extend_title_left(toks, w);
    let d = if d > 0 && class_at(toks, d - 1).det && !toks[d - 1].is("that") {
        d - 1
    } else {
        d
    };
    (d < w && subject_boundary(toks, d)).then_some(Np { start: d, ..*np })
}

/// Whether a time phrase opens the sentence (after a conjunction, if any) and ends at
/// token `k`: "On Monday the minister said", "But last week the council denied".
fn time_opener_ends_at(toks: &[Tok], k: usize) -> bool {
    let start = opening_conjunction(toks);
    start < k && time_at(toks, start) == Some(k)
}

/// 1 when a conjunction opens the unit and no comma follows it ("But Rahman hit back",
/// "And on Monday the council …"), else 0: where the sentence proper starts.
fn opening_conjunction(toks: &[Tok]) -> usize {
    usize::from(
        toks.first().is_some_and(|t| t.class().conj) && toks.get(1).is_some_and(|t| !t.punct(',')),
    )
}

/// The subject of a verb at token `i`: skip adverbs, time phrases and one parenthetical
/// (", a Kremlin aide,", "— Putin’s best pal in the EU —") leftwards, then take a speaker
/// phrase that starts at a clause boundary. "Hungary’s prime minister, Viktor Orbán, said"
/// gives the name in the parenthetical rather than the role before it.
pub(crate) fn subject_before(toks: &[Tok], i: usize) -> Option<Np> {
    subject_and_start(toks, i).map(|(np, _)| np)
}

/// The holder named between commas after "whose" and a post, the comma before the verb
/// at `j`: "the union, whose general secretary, Mick Lane, said", "Acme, whose chief
/// executive, Jo Hart, told". The relative clause's subject speaks, from its post.
fn whose_holder(toks: &[Tok], j: isize) -> Option<(Np, usize)> {
    let close = usize::try_from(j).ok()?;
    if !toks[close].punct(',') {
        return None;
    }
    // "whose" first, a few words before the name's comma (most subjects have none).
    let whose = (close.saturating_sub(12)..close)
        .rev()
        .find(|&w| toks[w].is("whose"))?;
    let name = np_backward_core(toks, close.checked_sub(1)?)?;
    let open = name.start.checked_sub(1)?;
    if name.kind != NpKind::Name || !toks[open].punct(',') || whose >= open || open - whose > 5 {
        return None;
    }
    let post = whose + 1..open;
    (!post.is_empty()
        && toks[post.clone()]
            .iter()
            .all(|t| t.is_word() && !t.class().det)
        && role_class(lower(toks, open - 1)).is_some_and(|c| c.of_person()))
    .then_some((name, post.start))
}

/// [`subject_before`], with where the attribution phrase starts: at the role of
/// "Eriksen's lawyer, Maria Costa, told", whose subject is the name.
fn subject_and_start(toks: &[Tok], i: usize) -> Option<(Np, usize)> {
    let mut j = skip_adverbs_back(toks, i as isize - 1);
    // A quantifier floated after the subject: "Trump and Putin both said", "They all said".
    if let Ok(ju) = usize::try_from(j)
        && ju >= 1
        && (toks[ju].is("both") || toks[ju].is("all"))
        && toks[ju - 1].is_word()
    {
        j = skip_adverbs_back(toks, ju as isize - 1);
    }
    if let Some(found) = whose_holder(toks, j) {
        return Some(found);
    }
    let mut appositive_name: Option<Np> = None;
    // "The report, published by the World Bank on Tuesday, said": the author named in a
    // parenthetical after a document.
    let mut parenthetical_author: Option<Np> = None;
    for _ in 0..4 {
        let ju = usize::try_from(j).ok()?;
        let t = &toks[ju];
        // A label of the name before it (an age, a class year, a party and state).
        if let Some(name_end) = before_name_label(toks, ju) {
            j = name_end as isize;
            continue;
        }
        // "Rep. Tom Hadley, R-Calif., said": an abbreviation's period closes a short
        // parenthetical.
        if t.punct('.')
            && ju >= 2
            && let Some(k) = (ju.saturating_sub(4)..ju)
                .rev()
                .find(|&k| toks[k].punct(','))
            && k >= 1
        {
            j = skip_adverbs_back(toks, k as isize - 1);
            continue;
        }
        let open = match t.text {
            "," => Some(','),
            "—" => Some('—'),
            "–" => Some('–'),
            ")" => Some('('),
            _ => None,
        };
        if let Some(open) = open {
            // The mark that opens the parenthetical closing at `end`, at most `span`
            // tokens before it, with no quotation or semicolon between. A comma before a
            // company's legal form is inside its name ("Xiling Railway Group Co., Ltd.,
            // said").
            // A group in brackets is passed whole: "Cllr Priya Nandakumar (Green, St
            // Wystan's), said" keeps the comma of the party and the ward inside.
            let opening = |end: usize, span: usize| {
                let lo = end.saturating_sub(span);
                let mut c = end;
                while c > lo {
                    c -= 1;
                    if open != '('
                        && toks[c].punct(')')
                        && let Some(o) = (lo..c).rev().find(|&o| toks[o].punct('('))
                    {
                        c = o;
                        continue;
                    }
                    // "Keisha Dunmore, a Columbus, Ohio, mother who …, testified": the
                    // commas around a state or a country after a town are inside.
                    if open == ','
                        && toks[c].punct(',')
                        && c >= 3
                        && c > lo + 2
                        && toks[c - 2].punct(',')
                        && toks[c - 3].cap()
                        && toks[c + 1].is_word()
                        && (crate::resolve::is_us_state(toks[c - 1].text)
                            || is_country_word(&toks[c - 1]))
                    {
                        c -= 2;
                        continue;
                    }
                    if toks[c].punct(open) && !legal_form_after(toks, c)
                        || toks[c].is_quote()
                        || toks[c].punct(';')
                    {
                        return (toks[c].punct(open) && c >= 1).then_some(c);
                    }
                }
                None
            };
            let mut k = opening(ju, 40)?;
            // "Jean-Robert Saint-Fleur, a spokesperson for the Primature, as the prime
            // minister’s office is known, said": an explanation of a name inside the
            // appositive ends it.
            if open == ','
                && lower(toks, k + 1) == "as"
                && matches!(lower(toks, ju - 1), "known" | "called")
                && let Some(before) = opening(k, 30)
            {
                k = before;
            }
            // "Dr. Esi Bonsu, a Senior Research Fellow at the Institute for Fiscal
            // Studies, a think tank in Accra, noted": a second appositive that says what
            // the body before it is belongs to the first.
            if open == ','
                && k >= 1
                && toks[k - 1].cap()
                && matches!(lower(toks, k + 1), "a" | "an")
                && (k + 2..ju.min(k + 7))
                    .any(|m| role_class_ending(toks, m) == Some(RoleClass::Body) && !toks[m].cap())
                && let Some(before) = opening(k, 30)
                && opens_parenthetical(toks, before + 1)
            {
                k = before;
            }
            // "his counterpart, Economy, Trade and Industry Minister Fujimura Takeshi,
            // said": the commas of a list of portfolios are inside the appositive.
            while k >= 2
                && crate::lexicon::is_portfolio(toks[k - 1].text)
                && toks
                    .get(k + 1)
                    .is_some_and(|t| crate::lexicon::is_portfolio(t.text))
                && let Some(before) = (k.saturating_sub(4)..k - 1)
                    .rev()
                    .find(|&c| toks[c].punct(','))
            {
                k = before;
            }
            // "The company, based in Austin, Texas, said": the comma between a place and
            // its state or country is inside the parenthetical.
            if open == ','
                && ju - k <= 3
                && toks[k + 1..ju]
                    .iter()
                    .all(|t| t.is_word() && t.cap() || t.punct('.'))
                && place_after_preposition(toks, k)
                // Far enough back for a long post before the place: "Tomás Aguirre, a
                // modeller at the Patagonian Centre for Climate Research in Puerto
                // Madryn, Argentina, argues" (thirteen tokens).
                && let Some(before) = opening(k, 24)
            {
                k = before;
            }
            // "Marie Odile, a planter in Ambodiangezoka, near Andapa, explained": a place
            // after "near" (or "outside") between commas goes on the appositive before it.
            if open == ','
                && (3..=5).contains(&(ju - k))
                && matches!(lower(toks, k + 1), "near" | "outside")
                && toks[k + 2..ju].iter().all(|t| t.is_word() && t.cap())
                && let Some(before) = opening(k, 24)
            {
                k = before;
            }
            // "Olmedo, whose side are second, four points behind leaders Castlegate City,
            // said": a relative clause holds the commas inside it; the parenthetical
            // opens at the comma before its pronoun.
            // Its commas may be several: "Maureen Gaskell, 79, who lives with husband
            // Derek, 82, in Gateshead, said".
            // Only short asides are passed over, an age, a name or a place ("82", "Mr
            // Mpho Molefhe", "in Gateshead"), so that "Hinodeya Co., which runs 280
            // stores, plans to sell …, Emi Nakabayashi, an executive officer at the
            // chain, said" and "Gov. Marian Keough, who made …, supports the bill, her
            // spokesperson, Devin Oyama, said" are not read as one clause.
            if open == ',' && !matches!(lower(toks, k + 1), "who" | "whose" | "which") {
                let mut c = k;
                for _ in 0..3 {
                    let Some(o) = opening(c, 30 - (k - c).min(30)) else {
                        break;
                    };
                    if matches!(lower(toks, o + 1), "who" | "whose" | "which") {
                        k = o;
                        break;
                    }
                    let aside = &toks[o + 1..c];
                    let named = |t: &Tok| t.cap() || t.kind == Kind::Number || t.punct('.');
                    let short_aside = aside.len() <= 6
                        && match aside {
                            [first, rest @ ..] if first.is_word() && first.class().prep => {
                                !rest.is_empty() && rest.iter().all(named)
                            }
                            _ => !aside.is_empty() && aside.iter().all(named),
                        };
                    if !short_aside {
                        break;
                    }
                    c = o;
                }
            }
            // "Representative Curtis Bramwell, Republican of Kansas, who leads …, said":
            // a party and state between the name and its relative clause are the name's
            // too (an age there was read already).
            if open == ','
                && matches!(lower(toks, k + 1), "who" | "whose")
                && let Some(o) = opening(k, 8)
                && o >= 1
                && toks[o - 1].cap()
                && party_of_state(&toks[o + 1..k])
            {
                k = o;
            }
            // A pair of dashes holds any parenthetical: "Simon Bridges — not to be
            // confused with the former MP — said".
            if open == ',' && !opens_parenthetical(toks, k + 1) {
                return None;
            }
            if open == ',' && authored_by(lower(toks, k + 1)) && lower(toks, k + 2) == "by" {
                parenthetical_author =
                    np_forward(toks, k + 3).filter(|a| a.kind != NpKind::Pronoun && a.end <= ju);
            }
            // "…, Alhaji (Dr) Umar Faruk Danjuma, said": a courtesy title in brackets
            // may stand between the comma and the name.
            // The name's end, before a group in brackets after it ("(Lib Dem,
            // Abbeyfield)").
            let name_end = if open == ','
                && ju >= 2
                && toks[ju - 1].punct(')')
                && let Some(o) = (k + 1..ju - 1).rev().find(|&o| toks[o].punct('('))
            {
                o
            } else {
                ju
            };
            if name_end >= 1
                && let Some(np) = np_backward(toks, name_end - 1)
                && np.kind == NpKind::Name
                && (np.start == k + 1
                    || portfolio_list_before(toks, np.start) == Some(k)
                    || np.start <= k + 5
                        && toks[k + 1..np.start].iter().any(|t| t.punct('('))
                        && toks[k + 1..np.start]
                            .iter()
                            .all(|t| t.punct('(') || t.punct(')') || t.is_word() && t.cap()))
                // "The DCP (South) said", "the SP (Rural)": an area or a branch in
                // brackets qualifies the post before it and is no one's name; nor are an
                // organisation's initials ("… Association (APS), Luís Filipe Carvalho da
                // Costa, has warned": the name after them stays the appositive's), nor
                // an organisation's short form after its name ("An official at the
                // Ministry of Energy and Mines (Minem), who asked …, said").
                && !(open == '('
                    && np.end == np.start + 1
                    && (is_area_qualifier(toks[np.start].text)
                        || appositive_name.is_some()
                            && crate::resolve::is_initials(toks[np.start].text)
                        || k >= 1 && toks[k - 1].cap() && org_name_before(toks, k)))
            {
                appositive_name = Some(np);
            } else if open == ','
                // "One of the nominees, Judge Agnieszka Kruk of the District Court in
                // Łódź, said", "A second witness, Maria Costa from the Harbour
                // Authority, told": the name opens the appositive, its employer after it.
                && let Some(np) = np_forward(toks, k + 1)
                && np.kind == NpKind::Name
                && np.end + 1 < ju
                && matches!(lower(toks, np.end), "of" | "from" | "at")
                && toks[np.end + 1..ju].iter().all(|t| {
                    t.is_word() && (t.cap() || t.class().det || t.class().prep)
                })
                && toks[ju - 1].cap()
            {
                appositive_name = Some(np);
            }
            j = skip_adverbs_back(toks, k as isize - 1);
            continue;
        }
        // "The Presidency, in a statement signed by its spokesman, Mr Kayode Ademuyiwa,
        // said": the name closes the signer's phrase; the subject is before the statement
        // (the signer is its relay, `signer_of`).
        if appositive_name.is_some()
            && let Some(k) = (ju.saturating_sub(25)..ju)
                .rev()
                .find(|&k| toks[k].punct(','))
            && k >= 1
            && relay_phrase(toks, k + 1).is_some_and(|r| r.start <= ju)
        {
            appositive_name = None;
            j = skip_adverbs_back(toks, k as isize - 1);
            continue;
        }
        let direct = np_backward(toks, ju).and_then(|np| {
            if subject_boundary(toks, np.start) {
                Some(np)
            } else {
                name_with_the(toks, &np)
            }
        });
        // "Lucía Ferrand-Diallo, Under-Secretary-General for Humanitarian Affairs and
        // Emergency Relief Coordinator, briefed the Council, saying …": reached past the
        // participle's clause, the phrase closes an appositive of posts; their holder
        // before them speaks, not each post.
        let direct = direct.map(|d| holder_of_posts(toks, &d).unwrap_or(d));
        // The attribution phrase takes the description: "“…,” a stunned Anna Ramirez
        // told" follows the quotation as "“…,” Anna Ramirez told" does.
        if direct.is_none()
            && appositive_name.is_none()
            && let Some(described) =
                described_name(toks, ju).or_else(|| role_with_participle(toks, ju))
        {
            return Some(described);
        }
        let found = direct
            .or_else(|| subject_with_modifier(toks, ju))
            .or_else(|| subject_with_participle(toks, ju))
            .or_else(|| role_with_ing_phrase(toks, ju))
            .or_else(|| generic_np_before(toks, ju))
            .or_else(|| appositive_name.and_then(|_| possessive_phrase(toks, ju)))
            .or_else(|| appositive_name.and_then(|_| long_post_before(toks, ju)))
            // "The senator representing Kogi West, Sani Oyizah, said": a role and the
            // place or client its participle takes, then the holder's name.
            .or_else(|| {
                appositive_name.and_then(|_| role_with_participle(toks, ju).map(|(r, _)| r))
            })?;
        if let Some(author) = parenthetical_author
            && found.kind == NpKind::Role
            && is_evidence_source(lower(toks, found.end - 1))
        {
            return Some((author, found.start));
        }
        // A role before an appositive name ("The Police Public Relations Officer in the
        // state, Mr Othman Abubakar, confirmed") gives the name, a post over a list of
        // portfolios too ("The Minister of Agriculture, Fisheries, Water and Forestry,
        // Dr …, told": the subject is read whole here, before the name is taken).
        let found = match appositive_name {
            Some(_) => listed_name(toks, &found).unwrap_or(found),
            None => found,
        };
        if let Some(name) = appositive_name
            && (found.kind == NpKind::Role || title_only(toks, &found))
        {
            // "…, Shri Dhiraj Kalita, Chief Public Relations Officer, Northeast Frontier
            // Railway, said": the body after a one person's post between commas is the
            // post's employer; the name before the post holds it and speaks.
            if !ends_with_person_name(toks, &name)
                && !toks[name.start..name.end].iter().any(|t| t.punct('('))
                && role_class(lower(toks, found.end - 1)).is_some_and(|c| c == RoleClass::Role)
                && found.start >= 2
                && toks[found.start - 1].punct(',')
                && let Some(holder) = np_backward(toks, found.start - 2)
                && holder.kind == NpKind::Name
                && ends_with_person_name(toks, &holder)
                && subject_boundary(toks, holder.start)
            {
                return Some((holder, holder.start));
            }
            return Some((name, found.start));
        }
        // "The Executive Director, Finance and Administration, Mr Musa Gwarzo, said": a
        // remit in capitals between commas after a post, before the holder's name, is the
        // post's; the holder speaks.
        let remit_word = |t: &Tok| t.is_word() && (t.cap() || t.is("and")) || t.punct('&');
        if let Some(name) = appositive_name
            && found.kind == NpKind::Name
            && let remit = (found.start.saturating_sub(4)..found.start)
                .rev()
                .take_while(|&r| remit_word(&toks[r]))
                .last()
                .unwrap_or(found.start)
            && remit >= 2
            && toks[remit - 1].punct(',')
            && toks[remit..found.end].iter().all(remit_word)
            // A remit of one portfolio needs a courtesy title before the name: "The apex
            // bank’s Acting Director, Corporate Communications, Mrs Hauwa Bello-Adewunmi,
            // said".
            && (toks[remit..found.end]
                .iter()
                .any(|t| t.is("and") || t.punct('&'))
                || crate::lexicon::listed_role(toks[name.start].text) == Some(&RoleClass::Honor))
            && toks[remit - 2].cap()
            && crate::lexicon::one_person_post(toks[remit - 2].lower.as_ref())
            && let Some(post) = np_backward(toks, remit - 2)
            && subject_boundary(toks, post.start)
        {
            return Some((name, post.start));
        }
        // "Majed Al-Ansari, spokesman of the ministry said": a name before a role phrase
        // whose closing comma is missing. Not a role with an article right before the
        // verb: "… between Kurla and Thane, a railway spokesperson said." and "Speaking
        // to PTI, a senior official said" are the role speaking after a clause (with a
        // comma before the verb or a "who" clause, "Emily Brandt, a mother of three …
        // who testified …, said" is the name's appositive). A post over a body read as a
        // name is one too, when a second appositive follows it ("Khalid Mahrouqi,
        // Chairman of Noor Holding, one of SEDCO's shareholders, told").
        if found.start >= 2
            && toks[found.start - 1].punct(',')
            && (found.kind == NpKind::Role || title_only(toks, &found))
            && (!class_at(toks, found.start).det
                || toks[found.end - 1].is("who")
                || found.end > i
                || toks[found.end..i]
                    .iter()
                    .any(|t| !t.class().adverb))
            // An organisation ("…, Olumide Akpata, the party said") is no one's post, and
            // nor is a group ("… dead in Kestria, officials said"): asked of the phrase's
            // head, before its complement ("spokesman for the … Party, which …, said").
            && let head = lower(toks, role_head_end(toks, &found) - 1)
            && role_class(head) != Some(RoleClass::Body)
            && !crate::lexicon::is_group_role(head)
            && let Some(name) = np_backward_core(toks, found.start - 2)
            && name.kind == NpKind::Name
            && !title_only(toks, &name)
            && subject_boundary(toks, name.start)
        {
            return Some((name, name.start));
        }
        return Some((found, found.start));
    }
    None
}

/// Whether the capitalised words ending right before `k` (with "of", "and" and "the"
/// between them, at most eight tokens, no title among them) name an organisation: one
/// of them is an organisation's head ("the Ministry of Energy and Mines").
fn org_name_before(toks: &[Tok], k: usize) -> bool {
    (k.saturating_sub(8)..k)
        .rev()
        // Not past a title: "Member of Parliament Ms Towela Nyirenda (PF)" is a person's.
        .take_while(|&m| {
            toks[m].cap() && !TITLES.contains(toks[m].text)
                || toks[m].is("of")
                || toks[m].is("and")
                || toks[m].is("the")
        })
        .any(|m| toks[m].cap() && crate::lexicon::is_org_head(toks[m].text))
}

/// A long post ending at `end` before an appositive name, read back to where the clause
/// opens: "Senior Minister in the Office of the President with responsibility for
/// Finance, Dr Vishnu Ramsaroop, told …". Words only (an owner's mark among them), at
/// most [`LONG_POST`] of them, opening with a capitalised post (after "the" or not) at a
/// subject's boundary.
fn long_post_before(toks: &[Tok], end: usize) -> Option<Np> {
    let lowest = end.saturating_sub(LONG_POST);
    let mut s = end;
    let mut found = None;
    loop {
        let t = &toks[s];
        if !(t.is_word() || t.kind == Kind::Possessive) {
            break;
        }
        let head = if t.is("the") {
            toks.get(s + 1)
        } else {
            Some(t)
        };
        if head.is_some_and(|h| {
            h.cap()
                && (TITLES.contains(h.text) || crate::lexicon::one_person_post(h.lower.as_ref()))
        }) && subject_boundary(toks, s)
        {
            found = Some(s);
        }
        if s == 0 || s == lowest {
            break;
        }
        s -= 1;
    }
    found.map(|start| Np {
        start,
        end: end + 1,
        kind: NpKind::Role,
    })
}

/// Words a long post before an appositive name may run to ([`long_post_before`]).
const LONG_POST: usize = 16;

/// Where the head of the role phrase `np` ends: before the first preposition after its
/// first word ("spokesman | for the party", "a judge | at the court"), or at its end.
fn role_head_end(toks: &[Tok], np: &Np) -> usize {
    (np.start + 1..np.end)
        .find(|&k| toks[k].class().prep)
        .unwrap_or(np.end)
}

/// Where the subject starts when the "and" (or "and the") before the name phrase `np`
/// joins the portfolios of one post, no speakers: "Minister for Sustainability and the
/// Environment Koh Wei Ming" (`np` "Environment Koh Wei Ming", the registry's reading
/// of the name) is one person, titled with the whole post.
pub(crate) fn post_over_joined_portfolios(toks: &[Tok], np: &Np) -> Option<usize> {
    let start = np
        .start
        .checked_sub(1)
        .filter(|&t| toks[t].is("the"))
        .unwrap_or(np.start);
    let (listed, s) = conjunct_before(toks, &Np { start, ..*np })?;
    listed.is_empty().then_some(s)
}

/// The speakers coordinated before the subject `np`, in the order named ("Trump and Putin
/// said", "Mayor Jana Horvat and her deputy said", "Both Trump and Putin said", "Trump,
/// Putin(,) and Xi said"), and where the whole subject starts. The first speaker must open
/// a clause as a subject does: in "Police arrested the driver and witnesses said" the
/// driver is an object. Names listed with commas before the last two must each open a
/// clause too, so "In Moscow, Putin and Xi said" lists two.
fn conjunct_before(toks: &[Tok], np: &Np) -> Option<(Vec<Np>, usize)> {
    /// A list longer than this is not a list of speakers.
    const MAX_LISTED: usize = 8;
    let and = np.start.checked_sub(1)?;
    if !toks[and].is("and") || modifiers_joined(toks, and, np) {
        return None;
    }
    // "Trump, Putin, and Xi": a serial comma before "and".
    let before_and = if and >= 1 && toks[and - 1].punct(',') {
        and - 1
    } else {
        and
    };
    let mut listed = vec![np_backward(toks, before_and.checked_sub(1)?)?];
    while listed.len() < MAX_LISTED {
        let head = &listed[0];
        let Some(comma) = head.start.checked_sub(1).filter(|&c| toks[c].punct(',')) else {
            break;
        };
        let Some(prev) = comma
            .checked_sub(1)
            .and_then(|j| np_backward(toks, j))
            .filter(|p| {
                p.kind == NpKind::Name
                    && head.kind == NpKind::Name
                    && subject_boundary(toks, p.start)
            })
        else {
            break;
        };
        listed.insert(0, prev);
    }
    // Without the serial comma a list needs three: "Trump, Putin and Xi".
    if before_and != and && listed.len() < 2 {
        return None;
    }
    let start = match listed[0].start.checked_sub(1) {
        Some(b) if toks[b].is("both") => b,
        _ => listed[0].start,
    };
    // "Trade, Industry and Energy Minister Yoon Seo-jin": the portfolios of one post,
    // which the attribution spans; no one else speaks.
    // "Minister of State for Masvingo Provincial Affairs and Devolution Cde …": the post
    // before "and" ends in a portfolio, its words capitalised or "of" and "for".
    let portfolio = |k: usize| crate::lexicon::is_portfolio(toks[k].text);
    // "Minister for Sustainability and the Environment Grace Fu": the last portfolio may
    // take "the".
    let last = np.start + usize::from(toks[np.start].is("the"));
    if last < np.end
        && portfolio(last)
        && listed.iter().all(|p| {
            portfolio(p.end - 1)
                && (p.end == p.start + 1
                    || toks[p.start..p.end].iter().all(|t| {
                        t.cap() || t.is("of") || t.is("for") || t.is("on") || t.punct('&')
                    }))
        })
    {
        listed.clear();
    }
    subject_boundary(toks, start).then_some((listed, start))
}

/// Whether the "and" at `and` joins two modifiers of the post that opens the subject `np`,
/// not two speakers: "BNPB data and information center head Rahmat Hidayat", "Research
/// and development director Ana Lindqvist", "Data and analytics firm Kpler". Both words
/// are lower case (the first may be capitalised for opening its sentence), the subject
/// ends in a name, and the word before "and" names no one (a document word such as
/// "data" may stand there): a role, a group or a body there is a speaker of its own ("The
/// mayor and city officials", "Police and fire officials", "The ministry and health
/// officials").
fn modifiers_joined(toks: &[Tok], and: usize, np: &Np) -> bool {
    let (Some(before), Some(after)) = (and.checked_sub(1).map(|k| &toks[k]), toks.get(np.start))
    else {
        return false;
    };
    let opens = toks[..and - 1].iter().all(|t| t.kind == Kind::Punct);
    let lower = before.lower.as_ref();
    np.kind == NpKind::Name
        && after.is_word()
        && !after.cap()
        && !after.class().det
        && before.is_word()
        && (!before.cap() || opens)
        && !crate::lexicon::is_group_role(lower)
        && role_class(lower).is_none_or(|c| c == RoleClass::Doc)
        && !crate::lexicon::is_org_head(lower)
}

/// The comma that opens a list of portfolios ending before the post that starts at
/// `start`: ", Economy, Trade and" before "Industry Minister Fujimura Takeshi".
pub(crate) fn portfolio_list_before(toks: &[Tok], start: usize) -> Option<usize> {
    let and = start.checked_sub(1).filter(|&a| toks[a].is("and"))?;
    if !crate::lexicon::is_portfolio(toks[start].text) {
        return None;
    }
    let mut m = and
        .checked_sub(1)
        .filter(|&m| crate::lexicon::is_portfolio(toks[m].text))?;
    loop {
        let comma = m.checked_sub(1).filter(|&c| toks[c].punct(','))?;
        match comma.checked_sub(1) {
            Some(p) if crate::lexicon::is_portfolio(toks[p].text) => m = p,
            _ => return Some(comma),
        }
    }
}

/// The whole name of an organisation over a list of portfolios, when the subject `np` is
/// the list's last word: "the Ministry of Trade, Industry and Energy" (Korean and
/// Japanese ministries, "Department for Environment, Food and Rural Affairs"). The list
/// opens with a name ending "of" or "for" and a capitalised word; the words after its
/// commas are one or two capitalised words each. The "of" makes the shape safe, so any
/// capitalised words will do ("Rural Affairs"); a list before a post has no such anchor
/// and its words must be [`crate::lexicon::is_portfolio`] ones (`portfolio_list_before`).
fn portfolio_name(toks: &[Tok], np: &Np) -> Option<Np> {
    /// Words in one portfolio ("Rural Affairs").
    const WORDS: usize = 2;
    // "Information & Broadcasting": an ampersand joins the words of one portfolio.
    let capital = |r: std::ops::Range<usize>| {
        toks[r]
            .iter()
            .all(|t| t.is_word() && t.cap() || t.punct('&'))
    };
    // The last portfolio may run into the post holder's name ("Minister of Trade, Industry
    // and Energy Bhim Karki", "… and Civil Aviation Bhim Bahadur Karki"): a longer phrase
    // opens with a portfolio word.
    let opens_with_portfolio = |last: usize| {
        (last..(last + WORDS).min(np.end)).any(|k| crate::lexicon::is_portfolio(toks[k].text))
    };
    // (The "and" before it first: most names have none.) The subject may have taken the
    // last two portfolios as one name ("…, the Environment and Water").
    let (and, last) = match np.start.checked_sub(1).filter(|&a| toks[a].is("and")) {
        Some(a) => (a, np.start),
        None if np.kind == NpKind::Name && np.end - np.start >= 3 => {
            let a = (np.start + 1..np.end - 1).find(|&a| toks[a].is("and"))?;
            (a, a + 1)
        }
        None => return None,
    };
    if np.kind != NpKind::Name
        || np.end - last > WORDS && !opens_with_portfolio(last)
        || !capital(last..np.end)
    {
        return None;
    }
    // Back over ", Portfolio" pieces to the comma after "… of Portfolio".
    let mut end = and;
    loop {
        // (Two words, or two joined by an ampersand.)
        let comma = (end.saturating_sub(WORDS + 2)..end)
            .rev()
            .find(|&c| toks[c].punct(','))?;
        // "…, Energy, the Environment and Water": a portfolio may take "the".
        let piece = comma + 1 + usize::from(toks[comma + 1].is("the"));
        if piece >= end || !capital(piece..end) {
            return None;
        }
        // "… of Trade," / "… for Environment," / "… of Mineral Resources,": the name
        // before the list, its first portfolio of one or two words.
        // "… Committee on Lands, …": "on" after a body's head opens its remit too.
        let on_remit = |of: usize| {
            toks[of].is("on")
                && of >= 1
                && toks[of - 1].cap()
                && crate::lexicon::is_org_head(toks[of - 1].text)
        };
        let opens_list = |of: usize| {
            (toks[of].is("of") || toks[of].is("for") || on_remit(of)) && capital(of + 1..comma)
        };
        let of = comma.checked_sub(2)?;
        let of = if !opens_list(of)
            && of >= 1
            && crate::lexicon::is_portfolio(toks[comma - 1].text)
            && opens_list(of - 1)
        {
            of - 1
        } else {
            of
        };
        if opens_list(of) {
            // "Undersecretary of the Ministry of Electricity, …": a post over the body,
            // written in capitals, reads back as a role; it opens the name as a title does.
            // A post in lower case ("The chairperson of the Department of Agriculture,
            // Fisheries and Forestry") is a role over the whole list.
            let first = np_backward(toks, comma - 1)
                .filter(|p| matches!(p.kind, NpKind::Name | NpKind::Role))?;
            let capitals = toks[first.start..comma]
                .iter()
                .all(|t| t.cap() || t.is("of") || t.is("the") || t.is("for"));
            let kind = match first.kind {
                NpKind::Role if !capitals => NpKind::Role,
                _ => NpKind::Name,
            };
            return (first.start < of).then_some(Np {
                start: first.start,
                end: np.end,
                kind,
            });
        }
        end = comma;
    }
}

/// The whole name of an organisation written with a list inside it, when the subject
/// `np` ends the list: over portfolios after "of" or "for" (`portfolio_name`), or a list
/// of single words before its head (`listed_org_name`). Attribution and the registry of
/// names both read names through this, so a short form in brackets after the name is
/// the whole name's.
pub(crate) fn listed_name(toks: &[Tok], np: &Np) -> Option<Np> {
    portfolio_name(toks, np).or_else(|| listed_org_name(toks, np))
}

/// The whole name of an organisation that opens with a list of single capitalised words,
/// when the subject `np` is the list's end and the organisation's head: "The
/// Meteorology, Climatology and Geophysics Agency said", "the Food, Drug and Cosmetics
/// Authority". The list opens after an article ("In Medan, Riau and Jambi, officials"
/// has none, and no organisation's head).
fn listed_org_name(toks: &[Tok], np: &Np) -> Option<Np> {
    if np.kind != NpKind::Name
        || np.end - np.start < 3
        || !np.start.checked_sub(1).is_some_and(|c| toks[c].punct(','))
        || !toks[np.start..np.end].iter().any(|t| t.is("and"))
        || !crate::lexicon::is_org_head(toks[np.end - 1].text)
    {
        return None;
    }
    let single = |k: usize| toks[k].is_word() && toks[k].cap();
    let mut k = np.start;
    loop {
        let comma = k.checked_sub(1).filter(|&c| toks[c].punct(','))?;
        let w = comma.checked_sub(1).filter(|&w| single(w))?;
        match w.checked_sub(1) {
            Some(a) if toks[a].is("the") => {
                return Some(Np {
                    start: w,
                    end: np.end,
                    kind: NpKind::Name,
                });
            }
            Some(c) if toks[c].punct(',') => k = w,
            _ => return None,
        }
    }
}

/// A second name after an inverted attribution's name phrase `np`: "said Reed and Ana
/// Costa". Both must be names, and the second must end the attribution (punctuation or
/// the end of the sentence follows), so that "said Reed and Costa Rica's envoy …" or a
/// clause after "and" is not read as a speaker.
fn conjunct_after(toks: &[Tok], np: &Np) -> Option<Np> {
    if np.kind != NpKind::Name || !toks.get(np.end)?.is("and") {
        return None;
    }
    let second = np_forward(toks, np.end + 1)?;
    let ends = toks
        .get(second.end)
        .is_none_or(|t| !t.is_word() && t.kind != Kind::Number && t.kind != Kind::Possessive);
    (second.kind == NpKind::Name && ends).then_some(second)
}

/// Whether `first` and `second`, joined by "and", are two posts of one person:
/// "Deputy Prime Minister and Foreign Minister Ishaq Dar", "Tánaiste and Minister for
/// Foreign Affairs Micheál Martin". The first is a post alone written as a title
/// (capitalised, no article or owner before it: "The minister and Foreign Secretary David
/// Lammy" are two); the second opens with a post and ends in a name.
fn two_posts_of_one(toks: &[Tok], first: &Np, second: &Np) -> bool {
    let post = |t: &Tok| {
        TITLES.contains(t.text) || role_class(t.lower.as_ref()).is_some_and(|r| r.of_person())
    };
    let determined = first
        .start
        .checked_sub(1)
        .is_some_and(|b| toks[b].is_word() && toks[b].class().det);
    // "Halden chairman and chief executive Anna Berg", "Sahyadri Speciality Chemicals MD
    // and CEO N. Venkatesh", "Tarang managing director and CEO Gopal Venkataraman": an
    // employer's name and a post (its words in lower case before its head, "managing
    // director"), then a second post right after "and".
    let employer = |t: &Tok| t.cap() && !t.class().det || t.kind == Kind::Possessive;
    let post_word = |t: &Tok| {
        !t.cap() && (crate::lexicon::ROLE_MODIFIERS.contains(t.lower.as_ref()) || post(t))
    };
    let head = first.end - 1;
    let post_from = (first.start + 1..=head)
        .rev()
        .take_while(|&k| k == head || post_word(&toks[k]))
        .last()
        .unwrap_or(head);
    let employer_and_post = first.end - first.start >= 2
        && post(&toks[head])
        && post_from > first.start
        && toks[first.start..post_from].iter().all(employer)
        && post(&toks[second.start]);
    !determined
        && toks[first.start].cap()
        && (employer_and_post
            || toks[first.start..first.end].iter().all(|t| {
                t.cap()
                    || t.kind == Kind::Possessive
                    || matches!(t.lower.as_ref(), "of" | "for" | "at" | "the" | "on")
            }) && title_only(toks, first))
        && second.kind == NpKind::Name
        // The second post may follow its party or body: "Vice-Chancellor and SPÖ leader
        // Andreas Moosbrugger".
        && (second.start..(second.start + 3).min(second.end - 1)).any(|k| post(&toks[k]))
        && !post(&toks[second.end - 1])
}

/// Whether `aside`, between commas after a name, is a party and the state a lawmaker is
/// of, as American papers write it ("Republican of Kansas", "Democrat of New Mexico").
fn party_of_state(aside: &[Tok]) -> bool {
    matches!(aside, [party, of, state @ ..]
        if matches!(party.text, "Republican" | "Democrat" | "Independent" | "independent")
            && of.is("of")
            && (1..=3).contains(&state.len())
            && state.iter().all(|t| t.is_word() && t.cap()))
}

/// The subject of a verb at token `i` that a relative clause without commas separates
/// from it: "Officials who spoke on condition of anonymity said …", "A man who witnessed
/// the crash told …". The clause runs from "who"/"whom" to the verb, up to twenty words
/// with no punctuation or quotation mark; the phrase before it must open a clause. A clause
/// with a speaker of its own ("the man who police said was armed") is not this: there
/// `subject_before` finds that speaker, and `attribution_at` drops it as background.
fn subject_before_relative(toks: &[Tok], i: usize) -> Option<Np> {
    const CLAUSE: usize = 20;
    let mut w = i.checked_sub(2)?;
    let lowest = i.saturating_sub(CLAUSE + 1);
    loop {
        let t = &toks[w];
        if !(t.is_word() || t.kind == Kind::Number) {
            return None;
        }
        if t.is("who") || t.is("whom") {
            break;
        }
        if w <= lowest {
            return None;
        }
        w -= 1;
    }
    let end = w.checked_sub(1)?;
    np_backward(toks, end)
        .filter(|np| np.kind != NpKind::Pronoun && subject_boundary(toks, np.start))
        .or_else(|| generic_np_before(toks, end))
}

/// The phrase a subject relative clause hangs on: "Arun Mehta, who last week said …",
/// "…, said Arun Mehta, who added that …". "who" must be the verb's subject (only
/// adverbs and time phrases between them) and follow a comma after a name or a role;
/// "the man who police said was armed" has a subject of its own. A clause closed by a
/// comma before the main verb is a parenthetical, not speech: "One of the officials,
/// who asked not to be named …, said" (the main verb's attribution reads past it).
fn subject_of_who(toks: &[Tok], i: usize) -> Option<(Np, usize)> {
    let j = usize::try_from(skip_adverbs_back(toks, i as isize - 1)).ok()?;
    // "Stratus Cloud, which said …", "the union, which said …": an organisation's or a
    // document's clause, as a person's is with "who".
    let which = toks[j].is("which");
    if !((toks[j].is("who") || which) && j >= 2 && toks[j - 1].punct(',')) {
        return None;
    }
    let parenthetical = toks[i..]
        .iter()
        .position(|t| t.punct(',') || t.is_quote())
        .is_some_and(|c| {
            toks[i + c].punct(',') && cue_at(toks, skip_adverbs_forward(toks, i + c + 1)).is_some()
        });
    if parenthetical {
        return None;
    }
    // "Sen. Colt Harwell, R-Texas, who co-signed the letter, said": the clause hangs on
    // the name before a label of it.
    let end = before_name_label(toks, j - 2).unwrap_or(j - 2);
    // "… by Marisa Delaurier, Minister of Emergency Management and Climate Readiness, who
    // said": the clause hangs on the name before the post in apposition, not on the
    // post's last words.
    if let Some(post) = long_post_before(toks, end)
        && post.start >= 2
        && toks[post.start - 1].punct(',')
        && let Some(name) = np_backward(toks, post.start - 2)
            .filter(|n| n.kind == NpKind::Name && n.end == post.start - 1)
    {
        return Some((name, name.start));
    }
    np_backward(toks, end)
        .filter(|np| match np.kind {
            NpKind::Name => true,
            // "which" after a role noun only for a body or a document: "the plan, which
            // said" is no one's.
            NpKind::Role => {
                !which
                    || matches!(
                        role_class(lower(toks, role_head_end(toks, np) - 1)),
                        Some(RoleClass::Body | RoleClass::Doc)
                    )
            }
            NpKind::Pronoun => false,
        })
        .map(|np| (np, np.start))
}

/// Whether the phrase starting at `start` is the subject of an inverted speech verb right
/// before it ("…,” said Arun Mehta"), or ends an appositive to one ("…,” contended Ruth
/// Alvarez, a portfolio manager at Fenwick Capital").
fn follows_inverted_cue(toks: &[Tok], start: usize) -> bool {
    // A cue of one to three words ("said", "pointed out") that ends where `s` starts.
    let cue_ends_at = |s: usize| {
        (1..=3).any(|n| s >= n && cue_at(toks, s - n).is_some_and(|(_, len)| s - n + len == s))
    };
    if cue_ends_at(start) {
        return true;
    }
    // The appositive's comma: words only between it and `start`, at most a dozen.
    let Some(comma) = (start.saturating_sub(12)..start)
        .rev()
        .take_while(|&k| toks[k].is_word() || toks[k].punct(','))
        .find(|&k| toks[k].punct(','))
    else {
        return false;
    };
    comma >= 1
        && np_backward(toks, comma - 1)
            .is_some_and(|np| np.end == comma && np.kind == NpKind::Name && cue_ends_at(np.start))
}

/// A possessive determiner, or an owner with "’s", and one to three plain lower-case
/// words ending at `end`, at a clause boundary: "His former sous-chef" in "His former
/// sous-chef, Hana Kowalczyk, said", "The port’s operator" in "The port’s operator,
/// Solonets Sea Trade Port, said". Only before an appositive name: alone, "his false
/// claim" is no speaker.
fn possessive_phrase(toks: &[Tok], end: usize) -> Option<Np> {
    let mut k = end;
    for _ in 0..3 {
        let t = &toks[k];
        let c = t.class();
        // A post in capitals is a post still: "its Chief Executive, Dr. Kwame Addo-Boateng,
        // has disclosed".
        let post = t.cap() && role_class(t.lower.as_ref()).is_some();
        if !t.is_word()
            || t.cap() && !post
            || c.conj
            || c.prep
            || c.aux
            || c.det
            || c.pronoun
            || cue_at(toks, k).is_some()
        {
            return None;
        }
        let d = k.checked_sub(1)?;
        // The owner: a determiner ("Its operator"), or a noun with "’s" and its article
        // ("The port’s operator").
        let owner = if is_possessive_determiner(toks[d].lower.as_ref()) {
            Some(d)
        } else if toks[d].kind == Kind::Possessive && d >= 1 && toks[d - 1].is_word() {
            Some(if d >= 2 && toks[d - 2].is("the") {
                d - 2
            } else {
                d - 1
            })
        } else {
            None
        };
        if let Some(start) = owner {
            return subject_boundary(toks, start).then_some(Np {
                start,
                end: end + 1,
                kind: NpKind::Role,
            });
        }
        k = d;
    }
    None
}

/// A plain noun phrase with a determiner ending at `end`, for nouns the role list does not
/// know: "said a guard had told her", "the singer screamed". Only at a clause boundary.
fn generic_np_before(toks: &[Tok], end: usize) -> Option<Np> {
    // "One of the survivors told …": "one of" + a plural phrase.
    if let Some(of) = (end.saturating_sub(5)..end)
        .rev()
        .find(|&m| toks[m].is("of"))
        && of >= 1
        && toks[of - 1].is("one")
        && subject_boundary(toks, of - 1)
        && toks[of + 1..=end]
            .iter()
            .all(|t| t.is_word() && !t.class().prep)
    {
        return Some(Np {
            start: of - 1,
            end: end + 1,
            kind: NpKind::Role,
        });
    }
    // "… although rebels said …", "…, investigators said.": a bare plural noun right after
    // a clause boundary.
    let t = &toks[end];
    if plain_plural(t) && end > 0 && subject_boundary(toks, end) {
        return Some(Np {
            start: end,
            end: end + 1,
            kind: NpKind::Role,
        });
    }
    if let Some(np) = plural_phrase(toks, end) {
        return Some(np);
    }
    let mut k = end;
    // Where one "of" joins a complement to the head: "The chamber of commerce said".
    let mut of_at = None;
    loop {
        let t = &toks[k];
        let c = t.class();
        // Not a measure ("The number of people confirmed dead rose …"): it never speaks.
        if t.is("of")
            && k != end
            && k >= 2
            && of_at.is_none()
            && (!MEASURE_NOUNS.contains(&toks[k - 1].lower.as_ref()) || quantifier_of(toks, k))
        {
            of_at = Some(k);
            k -= 1;
            continue;
        }
        // An age as a noun: "the 34-year-old said".
        let age = k == end && t.lower.ends_with("-year-old");
        // A past tense ends a clause, not a noun phrase: "when the deck dropped told".
        if k == end && t.lower.len() > 4 && t.lower.ends_with("ed") {
            return None;
        }
        // The article opening the sentence: "The cyclist said …".
        let opening_article =
            k == 0 && k != end && matches!(t.lower.as_ref(), "a" | "an" | "the" | "another");
        if !(t.is_word() || age)
            || t.cap() && k != end && !is_country_word(t) && !opening_article
            || c.conj
            || c.prep
            || c.aux
            || c.pronoun
            || c.adverb
        {
            return None;
        }
        // Only articles open such a phrase: "his false claim" is not a speaker.
        if c.det && matches!(t.lower.as_ref(), "a" | "an" | "the" | "one" | "another") {
            break;
        }
        if c.det {
            return None;
        }
        // Up to three words, or three on each side of the "of".
        let longest = if of_at.is_some() { 6 } else { 3 };
        // "The detailed report says", "A leaked memo said" ("detailed" and "leaked" are
        // speech verbs' forms).
        let describing = k != end && participle_after_article(toks, k);
        if cue_at(toks, k).is_some() && !describing || end - k >= longest || k == 0 {
            return None;
        }
        k -= 1;
    }
    (k < end && subject_boundary(toks, k) && !compound_cue_after(toks, end)).then_some(Np {
        start: k,
        end: end + 1,
        kind: NpKind::Role,
    })
}

/// A lower-case plural content word: "rebels", "lines", "bakeries" (not "across", and no
/// function word).
fn plain_plural(t: &Tok) -> bool {
    t.is_word()
        && !t.cap()
        && t.lower.ends_with('s')
        && !t.lower.ends_with("ss")
        && t.lower.len() > 3
        && {
            let c = t.class();
            !(c.conj || c.prep || c.aux || c.det || c.pronoun || c.adverb || c.time)
        }
}

/// A plural noun phrase of up to four words without an article, opening its clause and
/// ending at `end`: "Shipping lines warned …", "Several shipping lines said …", "…,
/// ferry operators said". Its head need be no listed role noun (no list holds every kind
/// of business or group). A capital is the sentence's own on its first word only, or a
/// country's ("Dutch exporters"); a quantifier ("several", "many") can open it.
fn plural_phrase(toks: &[Tok], end: usize) -> Option<Np> {
    if !plain_plural(&toks[end]) {
        return None;
    }
    let mut start = None;
    for s in (end.saturating_sub(3)..end).rev() {
        let t = &toks[s];
        let c = t.class();
        let quantifier = c.det
            && matches!(
                t.lower.as_ref(),
                "several" | "some" | "many" | "most" | "few" | "other"
            );
        if !t.is_word()
            || c.conj
            || c.prep
            || c.aux
            || c.pronoun
            || c.adverb
            || c.time
            || c.det && !quantifier
            || t.cap() && s != 0 && !is_country_word(t)
            || cue_at(toks, s).is_some()
        {
            break;
        }
        if subject_boundary(toks, s) {
            start = Some(s);
        }
        if quantifier {
            break;
        }
    }
    let start = start?;
    (!compound_cue_after(toks, end)).then_some(Np {
        start,
        end: end + 1,
        kind: NpKind::Role,
    })
}

/// Whether the "of" at `of` closes a quantifier of several words: "a number of
/// residents", "a large number of traders" (where "the number of people" is a measure).
fn quantifier_of(toks: &[Tok], of: usize) -> bool {
    let head = of - 1;
    if !crate::lexicon::QUANTIFIER_NOUNS.contains(&toks[head].lower.as_ref()) {
        return false;
    }
    // "a number", or "a large number" with one adjective between.
    let article = |i: usize| {
        toks.get(i)
            .is_some_and(|t| matches!(t.lower.as_ref(), "a" | "an"))
    };
    head >= 1
        && (article(head - 1)
            || head >= 2
                && !toks[head - 1].class().det
                && toks[head - 1].is_word()
                && article(head - 2))
}

/// Nouns of amount before "of" ("the number of people", "the cost of living"): the
/// phrase is a quantity, not someone who speaks.
const MEASURE_NOUNS: &[&str] = &[
    "number",
    "total",
    "count",
    "toll",
    "tally",
    "rest",
    "share",
    "proportion",
    "percentage",
    "amount",
    "level",
    "rate",
    "price",
    "cost",
    "value",
    "size",
];

/// Whether the verb after a noun phrase ending at `end` is rather a plural noun in a
/// compound: "A federal appeals court upheld …", "the state claims office". An "-s"
/// form followed by a plain lower-case word (no function word or name) reads so; "the
/// cyclist says police …" is lost with it.
fn compound_cue_after(toks: &[Tok], end: usize) -> bool {
    let v = skip_adverbs_forward(toks, end + 1);
    let Some((_, len)) = cue_at(toks, v) else {
        return false;
    };
    let next = toks.get(v + len);
    toks[v + len - 1].lower.ends_with('s')
        && next.is_some_and(|t| {
            let c = t.class();
            t.is_word()
                && !t.cap()
                && !(c.det || c.pronoun || c.prep || c.conj || c.adverb || c.aux || c.time)
                && !t.is("that")
        })
}

/// A capitalised phrase made only of title and role words ("The Police Public Relations
/// Officer"): it names a post, not a person.
pub(crate) fn title_only(toks: &[Tok], np: &Np) -> bool {
    let post = |t: &Tok| {
        TITLES.contains(t.text)
            || role_class(t.lower.as_ref()).is_some_and(|r| r != RoleClass::Body)
    };
    let words = &toks[np.start..np.end];
    words.last().is_some_and(post)
        // "The Mayor of London", "The Emir of Kagarawa", "The Minister for Health": a
        // post of a place or body, or for a portfolio.
        || words
            .iter()
            .position(|t| t.is("of") || t.is("for"))
            .is_some_and(|of| of > 0 && post(&words[of - 1]))
}

/// A subject followed by a prepositional modifier that ends right before the verb:
/// "Petra Valenta of the Civic Alliance said", "residents of several districts said",
/// "a mother from Varda said". The phrase runs from the subject to `end` (inclusive).
/// A name ending at `end` described by an article and one to three lower-case words
/// before it: "A visibly shaken Mark Ellis said", "“…,” a stunned Anna Ramirez told her
/// twin", "The embattled Boris Johnson insisted". The name is the subject, without the
/// description; the attribution phrase starts at the article (the second value). A role noun among the words heads a phrase of its own
/// ("The judge sentencing Anna Ramirez said" is the judge), and a function word or a
/// speech verb among them ends the search ("a man who met Anna Ramirez").
fn described_name(toks: &[Tok], end: usize) -> Option<(Np, usize)> {
    let mut np = np_backward(toks, end).filter(|np| np.kind == NpKind::Name)?;
    if title_only(toks, &np) {
        return None;
    }
    // The title rule may have taken the adjective as a title word ("tearful Anna
    // Ramirez"): the name starts at its first capital.
    let first_cap = (np.start..np.end).find(|&k| toks[k].cap())?;
    let taken = first_cap - np.start;
    np.start = first_cap;
    let mut k = first_cap;
    for words in taken..=3 {
        let p = &toks[k.checked_sub(1)?];
        let pl = p.lower.as_ref();
        let c = p.class();
        if matches!(pl, "a" | "an" | "the") {
            return (words > 0 && subject_boundary(toks, k - 1)).then_some((np, k - 1));
        }
        if words == 3
            || !p.is_word()
            || p.cap()
            || c.conj
            || c.prep
            || c.aux
            || c.pronoun
            || c.det
            || role_class(pl).is_some()
            || cue_at(toks, k - 1).is_some()
            // A participle after a noun takes the name as its object: "The judge
            // sentencing Anna Ramirez said", "the lawyer representing …"; right after the
            // article it describes ("a grieving Anna Ramirez").
            || pl.ends_with("ing") && !(k >= 2 && matches!(lower(toks, k - 2), "a" | "an" | "the"))
        {
            return None;
        }
        k -= 1;
    }
    None
}

/// A role phrase whose participle takes the name ending at `end` as its object: "The
/// lawyer representing Mark Ellis said", "the judge sentencing Anna Ramirez said". The
/// role speaks, not the person named after it.
fn role_with_participle(toks: &[Tok], end: usize) -> Option<(Np, usize)> {
    let name = np_backward_core(toks, end).filter(|np| np.kind == NpKind::Name)?;
    let ing = name.start.checked_sub(1)?;
    let t = &toks[ing];
    if !t.is_ing_form() || t.cap() {
        return None;
    }
    let role = np_backward_core(toks, ing.checked_sub(1)?)?;
    (role.kind == NpKind::Role && subject_boundary(toks, role.start)).then_some((role, role.start))
}

/// A role or document described by a participle right before the verb, once the time
/// phrase after it is skipped: "A study published on Monday said", "Officials reached
/// late on Sunday said". The noun phrase without the participle speaks.
fn subject_with_participle(toks: &[Tok], end: usize) -> Option<Np> {
    let p = &toks[end];
    if !(end >= 1
        && p.is_word()
        && !p.cap()
        && is_past_participle(p.lower.as_ref())
        && role_class(p.lower.as_ref()).is_none())
    {
        return None;
    }
    np_backward_core(toks, end - 1)
        .filter(|np| np.kind == NpKind::Role && subject_boundary(toks, np.start))
}

/// A role phrase and an -ing phrase describing it, ending at `end` before the verb: "A
/// resident living in Glebe Close said", "A man working at the plant told". The -ing word
/// is no speech verb and the words after it a short phrase of a preposition and its noun
/// phrase, without punctuation.
fn role_with_ing_phrase(toks: &[Tok], end: usize) -> Option<Np> {
    let lo = end.saturating_sub(8);
    let k = (lo..end)
        .rev()
        .find(|&k| toks[k].is_ing_form() && !toks[k].cap())?;
    if k == 0
        || cue_at(toks, k).is_some()
        || !toks
            .get(k + 1)
            .is_some_and(|t| t.is_word() && (t.class().prep || ing_object(toks, k + 1, end)))
        || !toks[k + 1..=end].iter().all(|t| t.is_word())
    {
        return None;
    }
    np_backward_core(toks, k - 1)
        .filter(|np| np.kind == NpKind::Role && np.end == k && subject_boundary(toks, np.start))
        .map(|np| Np { end: end + 1, ..np })
}

/// Whether a document noun (lower case) takes the group it asked after "of": "a survey
/// of 1,200 members", "a poll of 2,000 voters" (who was asked, not who wrote it).
pub(crate) fn asks_a_group(w: &str) -> bool {
    matches!(w, "survey" | "poll" | "study" | "analysis")
}

/// Whether `toks[from..=end]` is a plain noun phrase that an -ing word before it takes as
/// its object: "representing *the families*", "examining *the wreckage*", "running *its
/// ferry service*". It opens with an article or an owner's word and holds no verb of its
/// own, no clause and no list: "Police arrested a man carrying a knife" has no role
/// before the participle, and "the firm running the site that collapsed" a clause.
fn ing_object(toks: &[Tok], from: usize, end: usize) -> bool {
    let first = &toks[from];
    end > from
        && end - from <= 5
        && (first.class().det || is_possessive_determiner(first.lower.as_ref()))
        && !first.class().prep
        && (from + 1..=end).all(|i| {
            let c = toks[i].class();
            !(c.aux || c.conj || c.pronoun || c.prep || c.det) && cue_at(toks, i).is_none()
        })
}

/// Whether the word at `k` is an -ed or -ing form right after an article, describing the
/// noun after it rather than a verb: "the detailed report", "a leaked memo", "the
/// forecasting center".
fn participle_after_article(toks: &[Tok], k: usize) -> bool {
    let w = toks[k].lower.as_ref();
    k > 0
        && (w.ends_with("ed") || w.ends_with("ing"))
        && matches!(lower(toks, k - 1), "a" | "an" | "the")
}

/// An age as a noun ending at `end`, its article before it: "the 25-year-old" (of "The
/// 25-year-old from Hyderabad said").
fn age_noun(toks: &[Tok], end: usize) -> Option<Np> {
    let a = end.checked_sub(1)?;
    (toks[end].lower.ends_with("-year-old") && matches!(lower(toks, a), "a" | "an" | "the"))
        .then_some(Np {
            start: a,
            end: end + 1,
            kind: NpKind::Role,
        })
}

fn subject_with_modifier(toks: &[Tok], end: usize) -> Option<Np> {
    // No modifier ends in a conjunction: "The head of state congratulated the workers and
    // stated …" is a clause and a second verb of its subject (`clause_subject`).
    if toks[end].class().conj {
        return None;
    }
    // Six words back, and up to ten over an organisation's name ("of the National
    // University of Temasek’s Department of Economics").
    // Three words before a long name ("Councillor for welfare Datuk Wan Noraini binti
    // Wan Ismail"): the capitalised words and particles that end the phrase, at most
    // seven.
    let mut name_start = end;
    while name_start > 0 && end - name_start < 7 && {
        let t = &toks[name_start - 1];
        t.cap() || t.text.len() <= 5 && t.is_word() && crate::lexicon::is_name_particle(t.text)
    } {
        name_start -= 1;
    }
    // An organisation's initials in brackets are part of its name: "The commander of the
    // Petroleum Facilities Guard (PFG) at the field, Colonel …, told".
    let initials = |k: usize| {
        initials_closed_at(toks, k) || k + 2 < toks.len() && initials_closed_at(toks, k + 2)
    };
    // A partitive inside the complement takes two more ("A source at one of the company's
    // joint ventures").
    let partitive = (end.saturating_sub(7)..end)
        .any(|k| toks[k].is("of") && k >= 1 && is_partitive(toks[k - 1].lower.as_ref()));
    let back = if partitive { 8 } else { 6 };
    let mut lo = end.saturating_sub(back).min(name_start.saturating_sub(3));
    while lo > end.saturating_sub(10) && {
        let t = &toks[lo - 1];
        t.cap() || t.is("of") || t.is("the") || t.kind == Kind::Possessive || initials(lo - 1)
    } {
        lo -= 1;
    }
    for k in (lo..end).rev() {
        let t = &toks[k];
        if initials(k) {
            continue;
        }
        // "an official at the ministry who requested anonymity said": a relative clause
        // is no modifier (`subject_before_relative` reads the subject before it).
        if !(t.is_word() || t.kind == Kind::Number || t.kind == Kind::Possessive)
            || t.is("who")
            || t.is("whom")
        {
            return None;
        }
        // "people familiar with the matter", "sources close to the talks", "a person
        // briefed on the plan": the adjective and its preposition, as `np_forward` reads
        // them after the verb.
        let familiar = k >= 2 && source_modifier(lower(toks, k - 1), t.lower.as_ref());
        if !familiar
            && !matches!(
                t.lower.as_ref(),
                "of" | "from"
                    // "Norway’s ambassador to Brazil, Ingrid Aas, said"
                    | "to"
                    | "in"
                    | "at"
                    | "with"
                    | "for"
                    | "by"
                    | "on"
                    | "near"
                    | "across"
                    | "around"
                    | "inside"
                    // "Sources within the ruling party said"
                    | "within"
                    | "outside"
                    | "throughout"
            )
            || k == 0
        {
            continue;
        }
        // "economists polled by the Journal", "a study published on Monday", "officials
        // based in London": a participle before the preposition describes the noun
        // before it. A document and its author: "a study by Oxford University found", "a
        // report by the UN said".
        let p = &toks[k - 1];
        let participle = k >= 2
            && p.is_word()
            && !p.cap()
            && is_past_participle(p.lower.as_ref())
            && role_class(p.lower.as_ref()).is_none();
        // "An exporter based in Antalaha said", "a planter in Andapa told": a noun of an
        // agent after its article, though no list holds it.
        let agent = |j: usize| {
            let w = &toks[j];
            (j >= 1
                && w.is_word()
                && !w.cap()
                && w.lower.len() > 4
                && matches!(lower(toks, j - 1), "a" | "an" | "the")
                && cue_at(toks, j).is_none()
                && crate::resolve::unlisted_agent_noun(w.lower.as_ref()))
            .then_some(Np {
                start: j - 1,
                end: j + 1,
                kind: NpKind::Role,
            })
        };
        let head = if familiar {
            np_backward_core(toks, k - 2)
        } else if t.is("by") {
            if participle {
                np_backward_core(toks, k - 2)
            } else if let Some(b) = participle_past_time(toks, k).filter(|&b| b >= 1) {
                np_backward_core(toks, b - 1)
            } else if p.is_word() && role_class(p.lower.as_ref()) == Some(RoleClass::Doc) {
                np_backward_core(toks, k - 1)
            } else {
                continue;
            }
        } else if participle {
            np_backward_core(toks, k - 2)
                .or_else(|| np_backward_core(toks, k - 1))
                .or_else(|| agent(k - 2))
        } else {
            np_backward_core(toks, k - 1)
                .or_else(|| age_noun(toks, k - 1))
                .or_else(|| agent(k - 1))
        };
        // "two officials with knowledge of the negotiations said": the nearest
        // preposition may belong to a modifier's own noun ("knowledge of …"), so an
        // earlier one is tried.
        let Some(head) = head else {
            continue;
        };
        if head.kind == NpKind::Pronoun {
            return None;
        }
        if !subject_boundary(toks, head.start) {
            continue;
        }
        // "Head of research Tom Lee", "chief of staff Susie Wiles": a post whose
        // complement is a lower-case word, then a person's name, is that person's title.
        if head.kind == NpKind::Role
            && let Some((post, prep)) = post_before_name(toks, end)
            && prep == k
        {
            return Some(Np {
                start: head.start.min(post),
                end: end + 1,
                kind: NpKind::Name,
            });
        }
        // A person is named by the head alone; a role phrase keeps its modifier
        // ("residents of several districts"), but not who obtained or saw a document
        // ("Internal emails obtained by The Tribune show", "Documents seen by Reuters"):
        // the finder is no part of the source.
        let access = t.is("by")
            && participle
            && matches!(
                p.lower.as_ref(),
                "obtained" | "seen" | "reviewed" | "viewed" | "examined" | "acquired"
            );
        // "Chairman of the Board of Directors of the company Mehmet Ali Yildirim said": a
        // post's "of the company" and the holder's name after it are the post's title
        // and its holder, read whole.
        if head.kind == NpKind::Name
            && let Some(holder) = np_backward_core(toks, end)
            && holder.kind == NpKind::Name
            && holder.start == k + 1
            && lower(toks, k + 1) == "the"
            && toks
                .get(k + 2)
                .is_some_and(|n| !n.cap() && crate::lexicon::ORG_NOUNS.contains(n.lower.as_ref()))
            && end >= k + 4
        {
            return Some(Np {
                start: head.start,
                end: end + 1,
                kind: NpKind::Name,
            });
        }
        return Some(if head.kind == NpKind::Name {
            head
        } else {
            Np {
                start: head.start,
                end: if access { k - 1 } else { end + 1 },
                kind: head.kind,
            }
        });
    }
    None
}

/// A post, its complement and a person's name ending at `end` that make one title and
/// name: "Head of research Tom Lee", "White House chief of staff Susie Wiles", "Deputy
/// head of mission Anna Berg". Gives where the post starts and where its "of" or "for"
/// is. The post is one person's ("head", "chief", "director", not "residents"); the
/// complement is one or two lower-case words, so "The lawyer for Mark Ellis", whose
/// complement is the name itself, is no such phrase; the name is two or three
/// capitalised words that are no title, organisation word, country or role noun, after
/// any titles ("Head of research Dr Tom Lee") and with any particles between them ("Dr
/// Ana de la Cruz").
pub(crate) fn post_before_name(toks: &[Tok], end: usize) -> Option<(usize, usize)> {
    // The capitalised words that end the phrase, at most three, after any titles and
    // with any particles inside ("Dr Tom Lee", "Dr Ana de la Cruz").
    // Asked of every name phrase: the tests that need no look-up come first.
    const RUN: usize = 7;
    let mut name_start = end + 1;
    let mut caps = 0;
    while name_start > 0 && end + 1 - name_start < RUN {
        let t = &toks[name_start - 1];
        if t.cap() {
            caps += 1;
        } else if !(
            // A particle is a short word after a capitalised word or another particle
            // ("Ana de la Cruz"): asked only then.
            name_start <= end
                && name_start >= 2
                && t.text.len() <= 5
                && (toks[name_start - 2].cap() || toks[name_start - 2].text.len() <= 5)
                && t.is_word()
                && crate::lexicon::is_name_particle(t.text)
        ) {
            break;
        }
        name_start -= 1;
    }
    while name_start <= end && !toks[name_start].cap() {
        name_start += 1;
    }
    // One word only when it is a whole name of its own ("L.Munkhbayar").
    let initialled = caps == 1 && crate::resolve::is_initialled_name(toks[end].text);
    if caps < 2 && !initialled {
        return None;
    }
    // One to three lower-case words before the name, after "of" or "for", or a list of
    // them with commas ("for welfare, women and family development").
    let prep = (name_start.saturating_sub(10)..name_start.saturating_sub(1))
        .rev()
        .find(|&p| toks[p].is("of") || toks[p].is("for"))?;
    // After the titles that open the run, or after a title further in that leaves two
    // words or more: "Lok Chumteav Tith Sreymom", where the first of two courtesy words
    // is not listed.
    let first = (name_start..end.saturating_sub(1))
        .rev()
        .find(|&k| TITLES.contains(toks[k].text))
        .map_or_else(
            || {
                (name_start..=end)
                    .find(|&k| !TITLES.contains(toks[k].text))
                    .unwrap_or(end + 1)
            },
            |k| k + 1,
        );
    // Three capitalised words, or four with a particle among them ("Wan Noraini binti
    // Wan Ismail": a Malay name with the father's).
    let name_caps = (first..=end).filter(|&k| toks[k].cap()).count();
    if end + 1 - first < 2 && !initialled
        || name_caps > 3 && (name_caps > 4 || end + 1 - first == name_caps)
    {
        return None;
    }
    // "mayoral committee member (MMC) for water": the post's abbreviation in brackets
    // before its complement.
    let head = match prep.checked_sub(4) {
        Some(h) if toks[prep - 1].punct(')') && toks[h + 1].punct('(') => h,
        _ => prep.checked_sub(1)?,
    };
    let complement = &toks[prep + 1..name_start];
    // "Chairman of the parliamentary majority faction Mamuka Beridze": the complement
    // may open with "the".
    let after_the = match complement {
        [the, rest @ ..] if the.is("the") && !rest.is_empty() => rest,
        _ => complement,
    };
    let complement_ok = lower_complement(after_the) || place_and_division(complement);
    let name_like = || {
        toks[first..=end].iter().all(|t| {
            t.is_word() && (person_name_word(t) || crate::lexicon::is_name_particle(t.text))
        })
    };
    if !(complement_ok && crate::lexicon::one_person_post(lower(toks, head)) && name_like()) {
        return None;
    }
    let start = np_backward_simple_role(toks, head)?;
    // "mayoral committee member (MMC) for water …" after a comma: the post's lower-case
    // modifiers, when they open the phrase.
    let ext = extend_title_left(toks, start);
    if ext < start && (subject_boundary(toks, ext) || ext > 0 && class_at(toks, ext - 1).det) {
        return Some((ext, prep));
    }
    Some((start, prep))
}

/// A post with a lower-case complement ending at `end`: "The head of marketing" (before
/// ", Tom Lee,"), "the director of communications", which a role phrase read backwards
/// misses when the complement ends in no role noun. The post is one person's and the
/// complement one to three lower-case words after "of", "for" or "at".
pub(crate) fn post_with_lower_complement(toks: &[Tok], end: usize) -> Option<Np> {
    let prep = (end.saturating_sub(3)..end)
        .rev()
        .find(|&p| toks[p].is("of") || toks[p].is("for") || toks[p].is("at"))?;
    let head = prep.checked_sub(1)?;
    if !(lower_complement(&toks[prep + 1..=end])
        && crate::lexicon::one_person_post(lower(toks, head)))
    {
        return None;
    }
    Some(Np {
        start: np_backward_simple_role(toks, head)?,
        end: end + 1,
        kind: NpKind::Role,
    })
}

/// Whether `words` are a place and its division in lower case, as a regional post's
/// complement is: "Kostanay region", "the Belgorod region", "Kherson oblast".
fn place_and_division(words: &[Tok]) -> bool {
    let words = match words {
        [the, rest @ ..] if the.is("the") => rest,
        _ => words,
    };
    match words {
        [place @ .., division] if (1..=2).contains(&place.len()) => {
            division.is_word()
                && !division.cap()
                && crate::resolve::is_division(division.text)
                && place.iter().all(|t| t.cap() && name_word(t))
        }
        _ => false,
    }
}

/// Whether `words` are all lower-case words that are no function words, as a post's
/// complement is ("research", "staff", "foreign affairs"), or two such words joined by
/// "and" ("water and sanitation").
fn lower_complement(words: &[Tok]) -> bool {
    let plain = |t: &Tok| {
        let c = t.class();
        t.is_word() && !t.cap() && !(c.det || c.prep || c.conj || c.aux || c.pronoun)
    };
    match words {
        [] => true,
        [a, and, b] if and.is("and") => plain(a) && plain(b),
        _ if words.len() <= 3 => words.iter().all(plain),
        // "welfare, women and family development": items of one or two words, commas
        // between them and "and" (after a comma or not) before the last.
        _ => {
            let mut items = words.split(|t| t.punct(',') || t.is("and"));
            let and_last = words.iter().rposition(|t| t.is("and"));
            and_last.is_some_and(|a| words[a + 1..].iter().all(plain))
                && words.iter().filter(|t| t.is("and")).count() == 1
                && items.all(|item| item.len() <= 2 && item.iter().all(plain))
        }
    }
}

/// A noun for something said, which a relative clause without its pronoun can follow:
/// "a charge Ukraine denied", "a figure the ministry disputes", "an account police
/// confirmed".
fn is_said_noun(w: &str) -> bool {
    matches!(
        w,
        "charge"
            | "claim"
            | "allegation"
            | "accusation"
            | "assertion"
            | "figure"
            | "account"
            | "version"
            | "estimate"
            | "description"
            | "characterisation"
            | "characterization"
            | "suggestion"
    )
}

/// A word that reads as an adjective describing a person by its ending ("tearful",
/// "furious", "heartless"), or one of the common ones without such an ending
/// ("emotional", "angry", "defiant"): not a title before a name. ("-al" is no such
/// ending: "her nearest rival R. Meenakshi", "the principal".)
fn is_describing_adjective(w: &str) -> bool {
    w.len() > 4 && (w.ends_with("ful") || w.ends_with("ous") || w.ends_with("less"))
        || matches!(
            w,
            "emotional"
                | "angry"
                | "defiant"
                | "jubilant"
                | "upset"
                | "happy"
                | "proud"
                | "sad"
                | "weary"
        )
}

/// Whether a word reads as a past participle before "by": the regular "-ed" and "-en"
/// forms ("polled by", "bitten by") and the common irregular ones of accident and crime
/// reports ("a man hit by a car", "a swimmer caught by the current", "a boy stung by a
/// jellyfish").
fn is_past_participle(w: &str) -> bool {
    w.ends_with("ed") || w.ends_with("en") || is_irregular_participle(w)
}

/// The irregular past participles [`is_past_participle`] knows ("hit", "held", "sent").
pub(crate) fn is_irregular_participle(w: &str) -> bool {
    matches!(
        w,
        "hit"
            | "caught"
            | "struck"
            | "stung"
            | "shot"
            | "held"
            | "led"
            | "kept"
            | "left"
            | "hurt"
            | "cut"
            | "thrown"
            | "swept"
            | "brought"
            | "sought"
            | "taught"
            | "fought"
            | "bought"
            | "sent"
            | "run"
            | "met"
            | "fed"
            | "told"
            | "found"
            | "known"
            | "shown"
            // Participles spelt as their base form or past tense: "The statement, read
            // out on state television, said …", "a message broadcast on Monday".
            | "read"
            | "broadcast"
            | "spread"
            | "set"
            | "made"
            | "heard"
            | "won"
            | "lost"
            | "paid"
            | "built"
    )
}

/// Whether the object of a verb, starting at token `k`, is counted: a number first or
/// after up to four words ("add 1,200 homes", "welcomed 11.5 lakh foreign visitors",
/// "add a further 2 percent"). "that", punctuation or a quotation ends the look.
fn counted_object(toks: &[Tok], k: usize) -> bool {
    toks.get(k).is_some_and(|t| t.kind == Kind::Number)
        || (k..(k + 4).min(toks.len()))
            .take_while(|&w| toks[w].is_word() && !toks[w].is("that"))
            .any(|w| toks.get(w + 1).is_some_and(|t| t.kind == Kind::Number))
}

/// Whether the words from `k` are a thing added, not what was said: words, then within a
/// few (a range "10 to 14" among them) "to" before an article or an owner ("adds 10 to
/// 14 days to a voyage", "The agency added carboplatin to its drug shortage list"); or a
/// count that ends without a verb of its own ("Marcus Whitfield added 17 points and
/// eight assists"). A verb, "that", a colon or a quotation after them makes them what was
/// said ("added 3 people were taken to hospital", "added that …").
fn thing_added(toks: &[Tok], k: usize) -> bool {
    /// Words from the object to its "to".
    const REACH: usize = 6;
    let Some(first) = toks.get(k) else {
        return false;
    };
    if first.is("that") || first.is("to") {
        return false;
    }
    for m in k..(k + REACH).min(toks.len()) {
        let t = &toks[m];
        if t.class().aux || t.is("that") || t.is_quote() || t.punct(':') {
            return false;
        }
        if !(t.is_word() || t.kind == Kind::Number) {
            break;
        }
        if m > k
            && t.is("to")
            && toks[m - 1].kind != Kind::Number
            && matches!(
                lower(toks, m + 1),
                "the" | "a" | "an" | "its" | "his" | "her" | "their" | "our" | "each" | "every"
            )
        {
            return true;
        }
    }
    first.kind == Kind::Number || crate::quantities::is_number_word(first.lower.as_ref())
}

/// Whether `w` (lower case) after "by" is the means by which something was said: "said
/// by phone", "told by email", "said by video link".
fn means_of_speech(w: &str) -> bool {
    matches!(
        w,
        "phone" | "telephone" | "email" | "e-mail" | "text" | "letter" | "video" | "videolink"
    )
}

/// "Four deaths had been confirmed by state officials", "The closure was announced by
/// the ministry": a speech verb's past participle after a form of "be" (adverbs between)
/// and "by" with its agent, read as "according to" the agent with the verb's lemma and
/// stance. Asked only of a unit with no other attribution; not of evaluations ("was
/// praised by"), whose subject is what was judged.
fn passive_with_agent(toks: &[Tok]) -> Option<Attr> {
    (1..toks.len().saturating_sub(2)).find_map(|i| {
        if !toks[i + 1].is("by") {
            return None;
        }
        let (form, 1) = cue_at(toks, i)? else {
            return None;
        };
        // "The protest was called by the association": convened, not said.
        if !form.participle || form.noun || form.eval || form.lemma == "call" {
            return None;
        }
        let be = usize::try_from(skip_adverbs_only_back(toks, i as isize - 1)).ok()?;
        if !is_be(lower(toks, be)) {
            return None;
        }
        let np = np_forward(toks, i + 2)?;
        let mut a = Attr::neutral(np, i..i + 1, form.lemma, Pattern::According, i..np.end);
        a.stance = form.stance;
        Some(a)
    })
}

pub(crate) fn is_be(l: &str) -> bool {
    matches!(
        l,
        "is" | "was" | "were" | "are" | "be" | "been" | "being" | "'s" | "am"
    )
}

/// Find every attribution in `toks` (the tests' shorthand for [`find_into`]).
#[cfg(test)]
pub(crate) fn find(toks: &[Tok]) -> Vec<Attr> {
    let mut out = Vec::new();
    find_into(toks, &mut out);
    out
}

/// "As emphasized by the President, …", "as noted by the minister": a speech verb's
/// participle between "as" and "by" at the edge of a clause, its agent the speaker of
/// the clause, with the verb's own lemma and stance ("as cited by", "as reported by"
/// are "according to", read before this).
fn as_done_by(toks: &[Tok], i: usize, form: &CueForm, len: usize) -> Option<Attr> {
    let at_edge = i == 1 || toks[i - 2].punct(',') || toks[i - 2].punct(';');
    if !toks[i].lower.ends_with("ed") || !at_edge {
        return None;
    }
    // "As expected by analysts, …" reports what came true, not what they said.
    if form.eval || form.stance == Stance::Cognition || lower(toks, i + len) != "by" {
        return None;
    }
    let np = np_forward(toks, i + len + 1)?;
    // The agent ends the clause: a comma, or the sentence's end after it.
    if !toks.get(np.end).is_none_or(|t| t.kind == Kind::Punct) {
        return None;
    }
    Some(Attr {
        stance: form.stance,
        ..Attr::neutral(
            np,
            i..i + len,
            form.lemma,
            Pattern::According,
            i - 1..np.end,
        )
    })
}

/// The attributions of a unit's tokens, in `out` (cleared first: the units of a document
/// reuse one vector).
pub(crate) fn find_into(toks: &[Tok], out: &mut Vec<Attr>) {
    out.clear();
    let n = toks.len();
    let mut i = 0;
    while i < n {
        // according to S
        // "according to S", and the Indian English "as per S".
        let per = lower(toks, i) == "as" && lower(toks, i + 1) == "per";
        // American copy's "per" at the edge of a clause: "Per a report in the Post, …",
        // "…, per two people familiar with the talks." Inside a phrase it is a rate ("$5
        // per person"), and its source must be a whole noun phrase.
        let bare_per =
            lower(toks, i) == "per" && (i == 0 || toks[i - 1].punct(',') || toks[i - 1].punct('('));
        let np = if bare_per {
            np_forward(toks, i + 1)
        } else if lower(toks, i) == "according" && lower(toks, i + 1) == "to" || per {
            np_forward(toks, i + 2)
                .or_else(|| bare_np(toks, i + 2))
                .filter(|np| !names_a_manner(toks, np))
                .map(|np| {
                    name_in_apposition(toks, np)
                        .or_else(|| signer_of_document(toks, np))
                        .unwrap_or(np)
                })
        } else {
            None
        };
        if let Some(np) = np {
            let cue_len = if bare_per { 1 } else { 2 };
            out.push(Attr::neutral(
                np,
                i..i + cue_len,
                if per { "as per" } else { "according to" },
                Pattern::According,
                i..np.end,
            ));
            i = np.end;
            continue;
        }
        // "…, as cited by state media", "quoted by TASS", "as reported by RIA".
        if matches!(lower(toks, i), "cited" | "quoted" | "reported")
            && lower(toks, i + 1) == "by"
            && (i == 0 || toks[i - 1].punct(',') || lower(toks, i - 1) == "as")
            && let Some(np) = np_forward(toks, i + 2)
        {
            let start = if i > 0 && lower(toks, i - 1) == "as" {
                i - 1
            } else {
                i
            };
            out.push(Attr::neutral(
                np,
                start..i + 2,
                "according to",
                Pattern::According,
                start..np.end,
            ));
            i = np.end;
            continue;
        }
        if let Some(a) = verbless_attribution(toks, i)
            .or_else(|| message_for(toks, i))
            .or_else(|| reply_from(toks, i))
            .or_else(|| how_put(toks, i))
        {
            i = a.region.end.max(i + 1);
            out.push(a);
            continue;
        }
        let Some((form, len)) = cue_at(toks, i) else {
            i += 1;
            continue;
        };
        if i > 0
            && toks[i - 1].is("as")
            && let Some(a) = as_done_by(toks, i, form, len)
        {
            i = a.region.end;
            out.push(a);
            continue;
        }
        if let Some(mut a) = attribution_at(toks, i, form, len, out) {
            channel_before_verb(toks, &mut a);
            // "Tallis Copper rejected the proposal, saying it undervalued the company":
            // what "saying" opens is the content, the verb before it an act the speech
            // comments on; the attribution is the one "saying" makes with this subject.
            // (`chain` sets such a verb aside when its object reads whole as one; a
            // longer object, "an unsolicited A$7.3 billion ($4.8 billion) takeover
            // proposal from …", kept the verb's lemma.)
            if a.pattern == Pattern::Pre
                && !a.borrowed
                && !matches!(a.lemma, "say" | "tell")
                // "urged MPs to pass the bill quickly, saying …": a call is speech of its
                // own, which "saying" gives a reason for; so is a warning, an assurance or
                // a charge made to someone, whom the verb takes as its object ("warned
                // officials against …, saying", "accused the board of …, saying"). Not a
                // neutral one: "briefed the Council, saying …" is the saying's.
                // "blasted the pay rise, saying …": a loaded verb frames the speech
                // "saying" gives, and stays to say how (`loaded_frame`).
                && form.stance != Stance::Directive
                && !(form.loaded || form.obj && form.stance != Stance::Neutral)
                && object_then_saying(toks, a.cue.end)
            {
                i += len;
                continue;
            }
            relay_cited(toks, &mut a);
            i = a.region.end.max(i + len);
            out.push(a);
            continue;
        }
        i += 1;
    }
    if out.is_empty()
        && let Some(a) = passive_with_agent(toks).or_else(|| characterised(toks))
    {
        out.push(a);
    } else if let Some(a) = out
        .iter()
        .filter(|a| a.pattern == Pattern::Pre)
        .find_map(|a| passive_relay(toks, a.content.first()?.start))
    {
        out.push(a);
    }
}

/// The name in apposition after a one person's post read forwards, where the clause
/// ends after it: "according to his adviser, Tom Berg." (the post is the person's role;
/// see the registry's appositive). Not after a group or a body ("According to the
/// police, Smith had fled").
fn name_in_apposition(toks: &[Tok], np: Np) -> Option<Np> {
    // "said the MP for East Makira constituency, Hon. Stanley Hunu": a post "for" or
    // "of" a place reads as a name; its division word in lower case may close it.
    let post_of_place = np.kind == NpKind::Name
        && toks[np.start].is("the")
        && crate::lexicon::one_person_post(lower(toks, np.start + 1))
        && matches!(lower(toks, np.start + 2), "for" | "of");
    let mut end = np.end;
    if post_of_place
        && toks.get(end).is_some_and(|t| {
            t.is_word() && !t.cap() && (t.is("constituency") || crate::resolve::is_division(t.text))
        })
    {
        end += 1;
    }
    if !(np.kind == NpKind::Role || post_of_place) || !toks.get(end)?.punct(',') {
        return None;
    }
    let head = lower(toks, role_head_end(toks, &np) - 1);
    // "according to the regulator, the Régie de l'énergie,": a body and its name in
    // apposition, as a post and its holder.
    let body = np.kind == NpKind::Role && role_class(head) == Some(RoleClass::Body);
    if !post_of_place && !body && !crate::lexicon::one_person_post(head) {
        return None;
    }
    let name = np_forward(toks, end + 1).filter(|n| n.kind == NpKind::Name)?;
    toks.get(name.end)
        .is_none_or(|t| t.punct('.') || t.punct(','))
        .then_some(name)
}

/// Who signed the document a source phrase names, read forwards: "according to a
/// statement signed by the council’s General Manager, Public Affairs, Mrs Ifeoma
/// Ezenwa-Bakare, …" gives the name that closes the appositives after the signer's post
/// (a portfolio may stand between), else the signer's phrase. A statement speaks for
/// whoever signed it.
fn signer_of_document(toks: &[Tok], np: Np) -> Option<Np> {
    if np.kind != NpKind::Role
        || !toks.get(np.end)?.is("signed")
        || lower(toks, np.end + 1) != "by"
        || role_class(lower(toks, role_head_end(toks, &np) - 1)) != Some(RoleClass::Doc)
    {
        return None;
    }
    let signer = np_forward(toks, np.end + 2)?;
    // A person named: the signer. A post ("its spokesman", "the council’s General
    // Manager"): the last name of up to two appositives each closed by a comma.
    if !crate::lexicon::one_person_post(lower(toks, signer.end - 1)) {
        return Some(signer);
    }
    let mut found = None;
    let mut k = signer.end;
    for _ in 0..2 {
        if !toks.get(k).is_some_and(|t| t.punct(',')) {
            break;
        }
        let Some(n) = np_forward(toks, k + 1)
            .filter(|n| n.kind == NpKind::Name && toks.get(n.end).is_some_and(|t| t.punct(',')))
        else {
            break;
        };
        found = Some(n);
        k = n.end;
    }
    Some(found.unwrap_or(signer))
}

/// Whether `lower` is a personal pronoun in the subject's case: "he", "she", "they",
/// "we", "I".
pub(crate) fn is_subject_pronoun(lower: &str) -> bool {
    matches!(lower, "he" | "she" | "they" | "i" | "we")
}

/// Speech relayed in the passive at the start of a speaker's content `at`: "Smith said
/// [he had been informed by police officials] that …", "… [she was told by the
/// minister] that …". The agent is the source relayed, as "police officials had
/// informed him that …" makes them; the hearer, a pronoun, is the addressee (placed
/// before the subject, which only this attribution does: `mod.rs` keys the relay by it).
/// Only a verb of telling someone, and only before "that" or a colon: "said four deaths
/// had been confirmed by officials" is the speaker's own content.
fn passive_relay(toks: &[Tok], at: usize) -> Option<Attr> {
    let hearer = (at..toks.len().min(at + 2)).find(|&k| !toks[k].is("that"))?;
    if !is_subject_pronoun(lower(toks, hearer)) {
        return None;
    }
    // "had been", "has been", "was", "were", with adverbs between: three words at most.
    let i = (hearer + 1..toks.len().min(hearer + 5)).find(|&k| {
        !(is_be(lower(toks, k))
            || matches!(lower(toks, k), "had" | "has" | "have")
            || ly_adverb(&toks[k]))
    })?;
    if i == hearer + 1 || lower(toks, i + 1) != "by" {
        return None;
    }
    let (form, 1) = cue_at(toks, i)? else {
        return None;
    };
    if !(form.participle
        && matches!(
            form.lemma,
            "tell" | "inform" | "assure" | "advise" | "warn" | "brief" | "notify" | "reassure"
        ))
    {
        return None;
    }
    let np = np_forward(toks, i + 2)?;
    if !(toks
        .get(np.end)
        .is_some_and(|t| t.is("that") || t.punct(':')))
    {
        return None;
    }
    let mut a = Attr::neutral(np, i..i + 1, form.lemma, Pattern::Pre, hearer..np.end);
    a.stance = form.stance;
    a.content = Content::one(np.end..toks.len());
    a.addressee = Some(Np {
        start: hearer,
        end: hearer + 1,
        kind: NpKind::Pronoun,
    });
    Some(a)
}

/// Whether the verb ending at `k` takes a plain object that a comma and "saying" follow
/// ("rejected the offer, saying …", "canceled the tour, saying …"): no clause, quotation
/// or colon of its own before that comma.
fn object_then_saying(toks: &[Tok], k: usize) -> bool {
    let Some(comma) = (k..toks.len().min(k + 30)).find(|&m| {
        toks[m].punct(',') || toks[m].is_quote() || toks[m].punct(':') || toks[m].is("that")
    }) else {
        return false;
    };
    comma > k
        && toks[comma].punct(',')
        // "Aldana rejected both points, writing that …": a judge's or a writer's
        // "writing" opens the content as "saying" does.
        && matches!(lower(toks, comma + 1), "saying" | "writing")
}

/// A quotation its source's words characterise inside a relative clause: "The decision,
/// which Lloyd described as “painful but necessary”, will cost …", "…, in what he called
/// “the only responsible choice”". The sentence is the reporter's, the quoted words the
/// source's: a partial quote whose content is the whole unit. Asked only of a unit with
/// no other attribution.
fn characterised(toks: &[Tok]) -> Option<Attr> {
    (1..toks.len().saturating_sub(2)).find_map(|i| {
        if !matches!(lower(toks, i - 1), "what" | "which") {
            return None;
        }
        let np = np_forward(toks, i)?;
        let v = np.end;
        let (lemma, len) = match lower(toks, v) {
            "called" | "calls" | "call" => ("call", 1),
            "termed" | "terms" => ("term", 1),
            "dubbed" | "dubs" => ("dub", 1),
            "described" | "describes" if lower(toks, v + 1) == "as" => ("describe", 2),
            // The lemma `how_put` gives the same verb.
            "characterised" | "characterized" if lower(toks, v + 1) == "as" => ("characterise", 2),
            _ => return None,
        };
        // The quotation right after the verb ("called “…”", "described as a “…”").
        let q = v + len + usize::from(class_at(toks, v + len).det);
        if !toks.get(q).is_some_and(Tok::is_quote) {
            return None;
        }
        let mut a = Attr::neutral(np, v..v + len, lemma, Pattern::Post, i - 1..q);
        a.content = Content::one(0..toks.len());
        Some(a)
    })
}

/// A quotation given to a speaker without a verb, at token `i` (a colon or a dash):
/// "Opposition leader Tom Grey: “This budget is a fraud.”", the speaker phrase alone
/// before the colon; "“Nobody will lose their job” – Amy Ward, council leader.", a name
/// alone after the dash (then only a comma and a role may follow). The speaker phrase
/// must be a name of two words or more, or a role ("Warning: “…”" is no speaker).
fn verbless_attribution(toks: &[Tok], i: usize) -> Option<Attr> {
    let t = &toks[i];
    // Asked at every token of every unit: words leave at once.
    if t.kind != Kind::Punct || i == 0 {
        return None;
    }
    let attr = |subject, pattern, region| Attr::neutral(subject, i..i + 1, "say", pattern, region);
    let speaker =
        |np: &Np| np.kind == NpKind::Role || np.kind == NpKind::Name && np.end - np.start >= 2;
    if t.punct(':') && toks.get(i + 1).is_some_and(Tok::is_quote) {
        let np = np_backward_core(toks, i - 1)?;
        return (np.start == 0 && np.end == i && speaker(&np)).then(|| Attr {
            content: Content::one(i + 1..toks.len()),
            ..attr(np, Pattern::Pre, 0..i + 1)
        });
    }
    if (t.punct('–') || t.punct('—') || t.punct('-')) && toks[i - 1].is_quote() {
        let np = np_forward(toks, i + 1)?;
        let rest = &toks[np.end..];
        let ends = rest.iter().all(|r| r.kind == Kind::Punct)
            || rest.first().is_some_and(|r| r.punct(','))
                && rest[1..]
                    .iter()
                    .all(|r| r.is_word() || r.kind == Kind::Punct);
        return (np.kind == NpKind::Name && speaker(&np) && ends)
            .then(|| attr(np, Pattern::Inverted, i..toks.len()));
    }
    None
}

/// A quotation given as the message a subject had, at token `i` (the colon before it):
/// "Lloyd had a simple message for the board: “…”", "Reed had a warning for rivals:
/// “…”", "Reed had this to say: “…”". The subject opens the unit.
fn message_for(toks: &[Tok], i: usize) -> Option<Attr> {
    if !toks[i].punct(':') || !toks.get(i + 1).is_some_and(Tok::is_quote) {
        return None;
    }
    let had = (1..i).find(|&k| matches!(lower(toks, k), "had" | "has"))?;
    let np = np_backward_core(toks, had - 1).filter(|np| np.start == 0 && np.end == had)?;
    let rest = &toks[had + 1..i];
    let lemma = if rest.len() == 3 && rest[0].is("this") && rest[1].is("to") && rest[2].is("say") {
        "say"
    } else {
        // "a (simple | blunt | stark) message / warning / word (for the board)".
        let noun = rest
            .iter()
            .position(|t| !t.is_word() || t.class().prep || !t.class().det && t.cap())
            .unwrap_or(rest.len());
        let noun = rest[..noun].iter().rposition(|t| {
            matches!(
                t.lower.as_ref(),
                "message"
                    | "warning"
                    | "words"
                    | "word"
                    | "advice"
                    | "plea"
                    | "reply"
                    | "answer"
                    | "verdict"
            )
        })?;
        if !rest[0].class().det || noun > 3 {
            return None;
        }
        // What may follow the noun: its addressee ("for the board", "to rivals").
        let tail = &rest[noun + 1..];
        if !(tail.is_empty() || matches!(tail[0].lower.as_ref(), "for" | "to") && tail.len() <= 5) {
            return None;
        }
        match rest[noun].lower.as_ref() {
            "warning" => "warn",
            "advice" => "advise",
            "plea" => "plead",
            "reply" | "answer" => "reply",
            _ => "say",
        }
    };
    Some(Attr {
        content: Content::one(i + 1..toks.len()),
        ..Attr::neutral(np, had..i, lemma, Pattern::Pre, 0..i + 1)
    })
}

/// A reply given as a noun after a quotation, its speaker after "from": "“…,” came the
/// reply from Ruth Morgan", "“…,” was the response from the ministry". With no one named
/// ("came the reply.") there is no attribution.
fn reply_from(toks: &[Tok], i: usize) -> Option<Attr> {
    if !matches!(lower(toks, i), "came" | "comes" | "was" | "is") || !after_quotation(toks, i) {
        return None;
    }
    if lower(toks, i + 1) != "the" || lower(toks, i + 3) != "from" {
        return None;
    }
    let lemma = match lower(toks, i + 2) {
        "reply" => "reply",
        "response" => "respond",
        "answer" => "answer",
        "retort" => "retort",
        "rejoinder" => "reply",
        "warning" => "warn",
        _ => return None,
    };
    let np = np_forward(toks, i + 4)?;
    Some(Attr::neutral(
        np,
        i..i + 4,
        lemma,
        Pattern::Inverted,
        i..np.end,
    ))
}

/// A quotation and then "was how" its speaker put it: "“…” was how one skipper put it",
/// "“…” is how Lloyd described the plan", "“…” was how the union summed it up". The
/// attribution follows the quotation, as "…,” he said" does.
fn how_put(toks: &[Tok], i: usize) -> Option<Attr> {
    if !toks.get(i)?.is("how")
        || i < 2
        || !is_be(lower(toks, i - 1))
        || !after_quotation(toks, i - 1)
    {
        return None;
    }
    let np = np_forward(toks, i + 1)?;
    let v = np.end;
    let (lemma, len) = match lower(toks, v) {
        "put" | "puts" => ("put", 1),
        "summed" | "sums" if lower(toks, v + 1) == "up" => ("sum up", 2),
        "summed" | "sums" if lower(toks, v + 2) == "up" => ("sum up", 1),
        "described" | "describes" => ("describe", 1),
        "characterised" | "characterized" | "characterises" | "characterizes" => {
            ("characterise", 1)
        }
        "summarised" | "summarized" | "summarises" | "summarizes" => ("summarise", 1),
        "phrased" | "phrases" => ("phrase", 1),
        _ => return None,
    };
    // The object ("it", "the plan", "the day's events", "it up") and nothing more: a few
    // words, then only the sentence's final punctuation.
    let from = v + len;
    let words = toks[from.min(toks.len())..]
        .iter()
        .take_while(|t| t.is_word() || t.kind == Kind::Possessive)
        .count();
    let end = from + words;
    if words > 5 || toks[end..].iter().any(|t| t.kind != Kind::Punct) {
        return None;
    }
    Some(Attr::neutral(
        np,
        v..v + len,
        lemma,
        Pattern::Pre,
        i - 1..end,
    ))
}

/// "TASS, citing a source in the defence ministry, reported that …", "The agency said,
/// citing two officials, that …", "Citing police sources, the paper said …": the source
/// cited speaks and the reporter relays it, as with "quoted by". Data or a document cited
/// ("citing preliminary data", "citing a report") is the reporter's basis, not a source.
fn relay_cited(toks: &[Tok], a: &mut Attr) {
    if a.quoted_by.is_some() || a.borrowed || a.subject.kind == NpKind::Pronoun {
        return;
    }
    // "citing" between commas after the subject or after the verb, or opening the
    // sentence before the subject.
    let citing_after =
        |k: usize| toks.get(k).is_some_and(|t| t.punct(',')) && lower(toks, k + 1) == "citing";
    // "…, the Daily reported on Tuesday, citing …": past the verb's time and channel
    // (read only when "citing" follows within their reach: a scan to the unit's end for
    // each attribution made a unit of thousands of them quadratic).
    let mut after_verb = a.cue.end;
    let reach = a.cue.end.min(toks.len())..(a.cue.end + 16).min(toks.len());
    if toks[reach].iter().any(|t| t.is("citing")) {
        while let Some(end) = time_at(toks, after_verb).or_else(|| channel_at(toks, after_verb)) {
            after_verb = end;
        }
    }
    let at = if citing_after(a.subject.end) {
        a.subject.end + 1
    } else if citing_after(after_verb) {
        after_verb + 1
    } else if lower(toks, a.cue.end) == "citing" && a.subject.end <= a.cue.start {
        // "…, RIA reported citing Peskov."
        a.cue.end
    } else if a.subject.start >= 3 && lower(toks, 0) == "citing" {
        0
    } else {
        return;
    };
    let Some(np) = np_forward(toks, at + 1).or_else(|| bare_np(toks, at + 1)) else {
        return;
    };
    // The source ends the sentence: "…, the agency said, citing a diplomatic source."
    let ends_unit = at > a.cue.start && toks[np.end..].iter().all(|t| t.kind == Kind::Punct);
    let closed = ends_unit
        || toks.get(np.end).is_some_and(|t| t.punct(','))
            && (at > 0 || np.end + 1 == a.subject.start);
    // The source's head: its first role word, or a name.
    let speaks = np.kind == NpKind::Name
        || np.kind == NpKind::Role
            && (np.start..np.end)
                .find_map(|k| role_class(lower(toks, k)))
                .is_some_and(|c| !matches!(c, RoleClass::Doc | RoleClass::Honor))
            && names_a_source(toks, &np, a.lemma);
    if !closed || !speaks {
        return;
    }
    a.quoted_by = Some(a.subject);
    a.subject = np;
    a.region = a.region.start.min(at)..a.region.end.max(np.end + 1);
}

fn attribution_at(
    toks: &[Tok],
    i: usize,
    form: &'static CueForm,
    len: usize,
    found: &[Attr],
) -> Option<Attr> {
    let prev = if i > 0 { lower(toks, i - 1) } else { "" };
    let frame = frame_before(toks, i);
    // "declined to comment", "is expected to", "refused to say": not speech. "went on to
    // say" is (`speech_frame`).
    if prev == "to" && frame.is_none() {
        return None;
    }
    // The cue as a noun: "his claims", "the report", "a warning", and after an article
    // and a modifier: "the annual report", "a 12-page report" ("the banks report" and
    // "the officials report" are verbs after a plural or a role; "the inquiry showed"
    // and "the firm reports" are verbs in form).
    if form.noun
        && (word_class(prev).det
            || toks
                .get(i.wrapping_sub(1))
                .is_some_and(|t| t.kind == Kind::Possessive)
            || !toks[i].lower.ends_with("ed")
                && !toks[i].lower.ends_with('s')
                && modified_after_determiner(toks, i))
    {
        return None;
    }
    // "written" (never a past tense) before a plain lower-case word is an adjective:
    // "Gross written premiums reached B$298 million", "written answers" ("had written
    // the company", "written off", "written by" have a function word after it). A form in
    // "-ed" may be the past tense with its object ("warned residents").
    if toks[i].lower == "written"
        && toks.get(i + len).is_some_and(|n| {
            n.is_word()
                && !n.cap()
                && n.class() == WordClasses::default()
                && cue_at(toks, i + len).is_none()
        })
        && !be_before(toks, i)
    {
        return None;
    }
    // A verb form right after an article is an adjective: "the detailed report", "a
    // revised plan". So is a past participle between an owner and a plain noun:
    // "Abernathy’s proposed budget", "the company’s stated aim", "its revised forecast"
    // ("Smith’s said he …" and "She’s told reporters" are "has"; so is the mark before a
    // verb whose object is its hearer, "the firm’s warned customers").
    if matches!(prev, "the" | "a" | "an")
        || form.participle
            && !form.obj
            && i >= 2
            && (toks[i - 1].kind == Kind::Possessive && !matches!(lower(toks, i - 2), "he" | "she")
                || is_possessive_determiner(prev))
            && toks.get(i + len).is_some_and(|n| {
                let c = n.class();
                n.is_word()
                    && !n.cap()
                    && !(c.det || c.pronoun || c.prep || c.conj || c.aux || c.adverb)
                    && !n.lower.ends_with("ly")
            })
    {
        return None;
    }
    // "the complaint states …", "…, the report states.": a form that is also a plural
    // noun is speech only after a document or before "that", a colon or the sentence's
    // end ("member states", "the Gulf states say" are countries).
    if form.after_doc
        && !(role_class(prev) == Some(RoleClass::Doc)
            || toks
                .get(i + 1)
                .is_none_or(|t| t.is("that") || t.punct(':') || t.punct('.')))
    {
        return None;
    }
    // "X is quoted (by V) as saying …", "Interfax cited a source as saying …": citing is
    // speech only with "as saying" (the report "cited rising costs").
    if matches!(form.lemma, "quote" | "cite") {
        return quoted_as_saying(toks, i);
    }
    // Passive participles: "is expected to", "was told", "were warned".
    // ("Moody's said", "McDonald's said": the mark after a name is the name's, not "is".)
    if form.participle && i > 0 {
        let j = skip_adverbs_only_back(toks, i as isize - 1);
        if j >= 0
            && is_be(lower(toks, j as usize))
            && !mark_after_name(toks, j as usize)
            // "Beatrice Were said": a family name, no "were".
            && !family_name_after_given_name(toks, j as usize)
            && !(contracted_has(toks, j as usize) && active_after_contraction(toks, i + len, form))
        {
            return None;
        }
    }
    // "a figure disputed by farmers", "a claim denied by the ministry": a participle
    // before its agent is passive, and the noun before it is what was disputed, not who.
    // "said by phone", "told by email": "by" and a means of speaking is how it was said.
    if form.participle && lower(toks, i + len) == "by" && !means_of_speech(lower(toks, i + len + 1))
    {
        return None;
    }
    // "hope/expect/fear" need a clause: "hopes to" or a bare noun object is not a claim,
    // and neither is "of" ("a man suspected of starting the fire", "thought of leaving").
    // "The club dismissed the coach", "dismissed Reed": a person dismissed is sacked, not
    // contradicted ("dismissed the claims" is speech).
    if form.lemma == "dismiss"
        && let Some(np) = np_forward(toks, i + len)
        && toks.get(np.end).is_none_or(|t| t.kind != Kind::Possessive)
        && match np.kind {
            NpKind::Name => true,
            NpKind::Role => role_class(lower(toks, np.end - 1)).is_some_and(|c| c.of_person()),
            NpKind::Pronoun => matches!(lower(toks, np.start), "him" | "her" | "them"),
        }
    {
        return None;
    }
    // Writing to someone and adding a thing are no speech unless what was said is given:
    // "The union had written the company three times without a reply", "…, adding a
    // 90-minute drive to the journey", "The economy added 3,000 jobs". ("He added the
    // plan would cost $5m" has a clause, "added that …", "wrote:" and a quotation beside
    // the verb give what was said; "…, added the economist." is inverted.) Maintaining
    // a thing is keeping it: "Halvorsen illegally maintained a monopoly over the market"
    // ("maintained the plant was safe" has its clause).
    if matches!(form.lemma, "write" | "add" | "maintain") && names_only_a_thing(toks, i, len, form)
    {
        return None;
    }
    // "markets had read Tsurumi's remarks as dovish", "read the data as a sign": reading
    // something as something is an interpretation, not speech ("…, the statement read"
    // is inverted; "the sign read: …" has its colon).
    if form.lemma == "read"
        && !toks
            .get(i.wrapping_sub(1))
            .is_some_and(|t| t.punct(',') || t.is_quote())
        && toks[i + len..]
            .iter()
            .skip(1)
            .take(6)
            .take_while(|t| (t.is_word() && !t.is("that")) || t.kind == Kind::Possessive)
            .any(|t| t.is("as"))
    {
        return None;
    }
    // "Croatia has welcomed more tourists than ever", "Nepal welcomed 11.5 lakh foreign
    // visitors": a place welcomes its visitors, a number of them; "welcomed the decision"
    // is a reaction reported.
    if form.lemma == "welcome" && welcomes_visitors(toks, i + len) {
        return None;
    }
    // "It expects to book charges of $150 million": a source's own forecast, active, is
    // reported as "expects that" is; "is expected to" (passive) stays no claim.
    let forecast_to = form.lemma == "expect" && lower(toks, i + len) == "to" && !be_before(toks, i);
    if form.stance == Stance::Cognition
        && matches!(lower(toks, i + len), "to" | "for" | "of")
        && !forecast_to
    {
        return None;
    }
    // "because she feared retaliation, said …": a thought whose object is a bare noun
    // phrase, closed by punctuation, holds no content.
    if form.stance == Stance::Cognition && bare_object_closes(toks, i + len) {
        return None;
    }
    // "continued to fight", "added to the pressure"; but "reported to the head of state
    // that …" tells someone a clause.
    if form.noto
        && lower(toks, i + len) == "to"
        && !np_forward(toks, i + len + 1)
            .is_some_and(|np| matches!(lower(toks, np.end), "that" | ":"))
    {
        return None;
    }
    // "He continued: “…”", "“…,” she went on", "went on that …", "“…,” she sobbed":
    // continuing, and speaking in a manner (`manner` cues), is speech beside the words
    // it reports. "The meeting continued until midnight", "He sighed and left the room"
    // are events.
    if (form.manner || form.clause)
        && !matches!(lower(toks, day_after(toks, i + len)), ":" | "that")
        && !toks.iter().any(Tok::is_quote)
    {
        return None;
    }
    // Commitments are speech with a clause or an infinitive ("pledged to rebuild",
    // "promised Zelensky that …", "vowed the barriers will be rebuilt"); with a bare
    // object they are acts: "the EU pledged €12m in aid". After the quotation they
    // report ("“…,” vowed Morgan") they are speech inverted.
    if matches!(form.lemma, "pledge" | "promise" | "vow" | "threaten") && !after_quotation(toks, i)
    {
        let mut k = i + len;
        if let Some(end) = np_forward(toks, k)
            .map(|np| np.end)
            .or_else(|| np_forward_simple(toks, k))
            && (form.obj || toks.get(end).is_some_and(|t| t.is_word() && t.class().aux))
        {
            k = end;
        }
        let t = toks.get(k);
        // "promised the government would spend £40m": an auxiliary after the noun phrase
        // makes it the subject of a clause without "that".
        let clause = k > i + len && t.is_some_and(|t| t.is_word() && t.class().aux);
        if !clause
            && !t.is_some_and(|t| {
                t.is("to") || t.is("that") || t.punct(':') || t.punct(',') || t.is_quote()
            })
        {
            return None;
        }
    }
    // "The agency puts the death toll at 41", "Insurers put the bill at more than $2
    // billion": an estimate is put at a number. Putting anything else is an act ("put the
    // plan on hold", "put 300 sandbags along the river at dawn").
    if form.lemma == "put" {
        let rest = toks.get(i + len..).unwrap_or_default();
        let clause = &rest[..rest
            .iter()
            .position(|t| t.punct(',') || t.punct(';') || t.punct('.') || t.is_quote())
            .unwrap_or(rest.len())];
        let at_number = clause.iter().enumerate().any(|(k, t)| {
            // A number, "1.2bn" and "40m" among them.
            t.is("at")
                && clause[k + 1..].iter().take(4).any(|t| {
                    t.kind == Kind::Number || t.text.starts_with(|c: char| c.is_ascii_digit())
                })
        });
        // "Reed put it bluntly: “…”", "As Reed put it, “…”", "put it this way: …": words
        // put, beside the quotation or colon that gives them.
        let put_it = lower(toks, i + len) == "it"
            && clause.len() <= 4
            && (rest.get(clause.len()).is_some_and(Tok::is_quote)
                || rest.get(clause.len()).is_some_and(|t| t.punct(','))
                    && rest.get(clause.len() + 1).is_some_and(Tok::is_quote)
                || toks[i + len..].iter().take(6).any(|t| t.punct(':'))
                    && toks.iter().any(Tok::is_quote)
                // "“…,” as one fan put it.", "…, as Reed put it so well.": the quotation
                // before, and after "it" only an adverb or two ("put it on the table" is
                // an act).
                || rest[clause.len()..].iter().all(|t| t.kind == Kind::Punct)
                    && clause[1..].iter().all(|t| t.is_word() && !t.class().prep)
                    && toks[..i].iter().any(Tok::is_quote));
        if !at_number && !put_it {
            return None;
        }
    }
    // "pleaded guilty to …", "pleaded not guilty": a plea entered is an act of record, not
    // speech ("pleaded with officials to …" is).
    if form.lemma == "plead"
        && (matches!(lower(toks, i + len), "guilty" | "innocent")
            || lower(toks, i + len) == "not" && lower(toks, i + len + 1) == "guilty"
            || lower(toks, i + len) == "no" && lower(toks, i + len + 1) == "contest")
    {
        return None;
    }
    // "did not respond to a request for comment", "did not reply to emails": no content.
    if matches!(
        form.lemma,
        "respond" | "reply" | "comment" | "answer" | "return"
    ) {
        let negated =
            (i.saturating_sub(3)..i).any(|k| matches!(lower(toks, k), "not" | "n't" | "never"));
        let request = lower(toks, i + len) == "to"
            && (i + len + 1..(i + len + 4).min(toks.len())).any(|k| {
                matches!(
                    lower(toks, k),
                    "request"
                        | "requests"
                        | "email"
                        | "emails"
                        | "calls"
                        | "messages"
                        | "inquiries"
                        | "queries"
                )
            });
        if negated || request {
            return None;
        }
    }
    // "did not say whether …", "would not say when …": a refusal, not a claim.
    if (i.saturating_sub(3)..i).any(|k| matches!(lower(toks, k), "not" | "n't" | "never"))
        && (i + len..(i + len + 3).min(toks.len())).any(|k| {
            matches!(
                lower(toks, k),
                "whether" | "if" | "when" | "what" | "how" | "why" | "where" | "who"
            )
        })
    {
        return None;
    }
    let next = lower(toks, i + len);
    // "a person briefed on the plan said": briefed is a participle (informed), not speech.
    if form.lemma == "brief" && matches!(next, "on" | "about") {
        return None;
    }
    // "Nepal welcomed 11.5 lakh foreign visitors": a count of people received, not a
    // welcome said ("welcomed the decision" is).
    if form.lemma == "welcome" && counted_object(toks, i + len) {
        return None;
    }
    // "MacCoinnich showed no emotion as he was led down": a court report's account of
    // the accused, not a finding shown.
    if form.lemma == "show" && {
        let object = if matches!(next, "no" | "little") {
            lower(toks, i + len + 1)
        } else {
            next
        };
        matches!(object, "emotion" | "remorse")
    } {
        return None;
    }
    // "The minister said the ministry would announce the results on Monday": a speech
    // act to come, after a modal (and "not" or an adverb), inside another's speech is
    // what that speech says, not a source it relays. Alone it is speech ("The ministry
    // will announce …"). (A modal first: most cues have none before them.)
    if let Some(m) = (i.saturating_sub(2)..i)
        .rev()
        .find(|&k| toks[k].is_word() && toks[k].class().modal)
        && (m + 1..i).all(|k| lower(toks, k) == "not" || ly_adverb(&toks[k]))
        && (0..m).any(|k| cue_at(toks, k).is_some_and(|(f, _)| !f.noun))
    {
        return None;
    }
    // "the city would add 1,200 homes", "the plan will add 2 percent to rents": "add"
    // after a modal (or "to") with a counted object adds things; with "that", a colon, a
    // quotation or a comma after it ("would add only that …") it is speech.
    if form.lemma == "add"
        && i >= 1
        && (class_at(toks, i - 1).modal || toks[i - 1].is("to"))
        && counted_object(toks, i + len)
    {
        return None;
    }
    // "The detour adds 10 to 14 days to a voyage", "the line added 300 jobs to the
    // region", "added 17 points and eight assists", "added carboplatin to its drug
    // shortage list": a thing added is an act, not speech ("added 10 people had died"
    // says it).
    if form.lemma == "add" && thing_added(toks, i + len) {
        return None;
    }
    // "Earlier, SteppeInform reported on the launch of a terminal": a report about
    // something, with nothing said ("reported on Monday that …" says it).
    if form.lemma == "report"
        && next == "on"
        && matches!(
            lower(toks, i + len + 1),
            "the" | "a" | "an" | "its" | "his" | "her" | "their"
        )
        && !toks[i + len..]
            .iter()
            .any(|t| t.is("that") || t.is_quote() || t.punct(':'))
    {
        return None;
    }
    // "Tempers flared as motorists argued with pump attendants": whom they argued with,
    // and nothing argued ("argued with officials that the fee was too high" argues it).
    if form.lemma == "argue"
        && next == "with"
        && !toks[i + len..]
            .iter()
            .any(|t| t.is("that") || t.is_quote() || t.punct(':'))
    {
        return None;
    }
    // "the King's Fund think tank found …": a think tank is a noun, not thought.
    if form.lemma == "think" && matches!(next, "tank" | "tanks" | "piece" | "pieces") {
        return None;
    }
    // "…, the court heard.", "The inquest heard that …": court reports attribute the
    // evidence given to the court that heard it; so do "…, an inquest has heard." and
    // "the court had heard". Anyone else hears a thing ("Residents heard a bang"), and
    // "heard from three witnesses" names no content.
    let hearer = |k: usize| {
        k > 0
            && (is_evidence_source(lower(toks, k - 1))
                || k > 1
                    && matches!(lower(toks, k - 1), "has" | "have" | "had")
                    && is_evidence_source(lower(toks, k - 2)))
    };
    if form.lemma == "hear" && (next == "from" || !hearer(i)) {
        return None;
    }
    // "…,” said one resident, who asked not to be named.", "asked to remain anonymous":
    // a request for anonymity (or to do something), not speech with content.
    if form.lemma == "ask" && matches!(next, "not" | "to") {
        return None;
    }
    // "reported a net loss of €312 million", "reported record first-half profits", "…,
    // which is majority-owned by overseas pension funds, posted a $412 million net
    // profit": a company's results are filed, an act of record; "reported a rise in
    // burglaries", "reported that …" and a clause without "that" ("reported retail sales
    // fell 2 percent": a verb after the noun) are speech.
    if matches!(form.lemma, "report" | "post")
        && !matches!(next, "that" | ":")
        && (i + len..(i + len + 8).min(toks.len()))
            // Words and amounts: "a $412 million", "€312 million", "12%".
            .take_while(|&k| {
                let t = &toks[k];
                t.is_word()
                    || t.kind == Kind::Number
                    || ['%', '$', '€', '£', '¥'].iter().any(|&c| t.punct(c))
            })
            .any(|k| {
                // After the result: punctuation, a preposition, a conjunction, a
                // determiner or a time ("a $412 million net profit last financial year").
                toks.get(k + 1).is_none_or(|n| {
                    !n.is_word()
                        || {
                            let c = n.class();
                            c.prep || c.conj || c.det || c.time
                        }
                        || matches!(n.lower.as_ref(), "last" | "this" | "next")
                }) && matches!(
                    toks[k].lower.as_ref(),
                    "loss"
                        | "losses"
                        | "profit"
                        | "profits"
                        | "deficit"
                        | "surplus"
                        | "revenue"
                        | "revenues"
                        | "sales"
                        | "earnings"
                        | "income"
                        | "turnover"
                        | "ebitda"
                        // Average revenue per user, telecoms' figure of the quarter.
                        | "arpu"
                )
            })
    {
        return None;
    }
    // "declared a state of emergency": an act. "declared that …" is speech.
    if form.lemma == "declare" && matches!(next, "a" | "an") {
        return None;
    }
    // "wrote a letter to the mayor", "posted a video on Monday", "wrote 212 checks to
    // himself": writing or posting a thing is an act. Speech has a clause, a colon or a
    // quotation after it ("wrote that …", "wrote a letter saying …"), or follows the
    // quotation it reports ("“…,” wrote one reader").
    if matches!(form.lemma, "write" | "post" | "tweet")
        && toks.get(i + len).is_some_and(|t| {
            let l = t.lower.as_ref();
            t.kind == Kind::Number
                || is_possessive_determiner(l)
                || matches!(
                    l,
                    "a" | "an"
                        | "your"
                        | "several"
                        | "dozens"
                        | "hundreds"
                        | "thousands"
                        | "two"
                        | "three"
                        | "four"
                        | "five"
                )
        })
        && !(i > 0 && (toks[i - 1].is_quote() || toks[i - 1].punct(',')))
        && !toks[i + len..].iter().any(|t| {
            t.is_quote()
                || t.punct(':')
                || matches!(
                    t.lower.as_ref(),
                    "that" | "saying" | "says" | "asking" | "telling" | "urging" | "warning"
                )
        })
    {
        return None;
    }
    // "Police found the body in the river", "the video showed the moment the wall gave
    // way": finding or showing a thing is an act. A finding is reported as a clause: after
    // "that", a colon or a quotation, or with a verb after its subject ("found 40% of
    // homes lacked cover", "showed the wall was unsafe"). The clause ends at a comma
    // ("…, which took the toll to nine"). A document or an inquiry finds only findings:
    // "The inquiry found no evidence of wrongdoing".
    if matches!(form.lemma, "find" | "show")
        && !(i > 0 && (toks[i - 1].is_quote() || toks[i - 1].punct(',')))
        && !word_before_verb(toks, i)
            .is_some_and(|j| is_evidence_source(lower(toks, subject_head(toks, j))))
        && !toks[i + len..]
            .iter()
            .take_while(|t| !t.punct(','))
            .any(|t| {
                let l = t.lower.as_ref();
                t.is_quote()
                    || t.punct(':')
                    || l == "that"
                    || t.class().aux
                    || l.len() > 4 && l.ends_with("ed") && !t.cap()
            })
    {
        return None;
    }
    // "rejected a two-year offer", "dismissed the appeal": acts on a thing, not speech.
    // But what the thing is called in quotes is speech: "rejected the plan as “out of
    // the question”".
    if matches!(form.lemma, "reject" | "dismiss" | "accept") && word_class(next).det {
        let after = i + len + 1..(i + len + 5).min(toks.len());
        let noun = after
            .clone()
            .map(|k| lower(toks, k))
            .find(|w| crate::lexicon::ACT_NOUNS.contains(w));
        let called = after
            .clone()
            .find(|&k| toks[k].is("as"))
            .is_some_and(|k| toks.get(k + 1).is_some_and(Tok::is_quote));
        if noun.is_some() && !called {
            return None;
        }
    }
    // "called the decision “a win for every parent”", "branded the situation “a total
    // shambles”", "termed the walkout “political point-scoring”": naming something in
    // quotes is speech; "called Putin" (phoned), "the call" and "branded goods" are not.
    // The thing named may take a few words ("called the coalition’s handling of the law
    // “a farce …”"), within its clause.
    if matches!(form.lemma, "call" | "brand" | "term") {
        let quoted = (i + len..(i + len + 12).min(toks.len()))
            .take_while(|&k| !toks[k].punct(',') && !toks[k].punct('.') && !toks[k].punct(';'))
            .any(|k| toks[k].is_quote());
        if !quoted {
            return None;
        }
    }
    let cue = i..i + len;
    // "is said to have told": the reporter relays others' account of it.
    let stance = if frame == Some(Frame::Hearsay) {
        Stance::Distancing
    } else {
        form.stance
    };
    // ", with one branding the rise “daylight robbery”", ", with many saying …": one of
    // the clause's subject speaks, as with ", saying …" (the borrowed subject below). An
    // evaluation says nothing of its own there: "…, with some praising the plan and
    // others questioning it" describes the clause's subject.
    let with_some = form.ing
        && !form.eval
        && i >= 3
        && toks[i - 3].punct(',')
        && lower(toks, i - 2) == "with"
        && matches!(
            lower(toks, i - 1),
            "one" | "some" | "many" | "others" | "several" | "most" | "another" | "both" | "all"
        );
    // ", with analysts saying the outlook had darkened", ", with traders saying …": the
    // noun after "with" is the subject of its own clause and speaks.
    // (A phrase is read back only when "with" stands a few words before the cue: most
    // "saying" forms have none.)
    let with_subject = (form.ing
        && !form.eval
        && !with_some
        && i >= 3
        && toks[i.saturating_sub(8)..i - 1]
            .iter()
            .any(|t| t.is("with")))
    .then(|| np_backward(toks, i - 1))
    .flatten()
    .filter(|np| {
        np.end == i
            && np.kind != NpKind::Pronoun
            && np.start >= 2
            && lower(toks, np.start - 1) == "with"
            && toks[np.start - 2].punct(',')
    });
    let subject = with_subject
        .map(|np| (np, np.start))
        .or_else(|| (!with_some).then(|| subject_and_start(toks, i)).flatten())
        .or_else(|| subject_before_relative(toks, i).map(|np| (np, np.start)))
        .filter(|(np, _)| {
            // "…, which the PM says could be a short delay", "buildings where police believe
            // survivors are trapped": an attribution inside a relative clause is background.
            let relative = np.start > 0
                && matches!(
                    lower(toks, np.start - 1),
                    "which" | "who" | "whom" | "where" | "whose"
                )
                // "…, a charge Ukraine denied", "…, a figure the ministry disputes": a
                // relative clause without its pronoun, after a noun for what was said.
                || np.start >= 2
                    && matches!(lower(toks, np.start - 2), "a" | "an" | "the")
                    && is_said_noun(lower(toks, np.start - 1));
            // "I can reveal …": the writer, not a source.
            let writer = np.kind == NpKind::Pronoun && matches!(lower(toks, np.start), "i" | "we");
            !relative && !writer
        });
    // "“…,” said Arun Mehta, who added that …": a relative clause on the speaker of an
    // inverted attribution goes on with that speaker, as ", adding that …" does; its
    // subject is borrowed, so the quotation before stays the claim.
    let mut continues_inverted = false;
    let subject = subject.or_else(|| {
        let found = subject_of_who(toks, i);
        continues_inverted = found
            .as_ref()
            .is_some_and(|(np, _)| follows_inverted_cue(toks, np.start));
        found
    });

    // "reports claiming 50 people had died", "a letter saying the libraries would shut":
    // an -ing form right after its noun (adverbs aside) modifies the noun, a relative
    // clause cut short; the progressive has its auxiliary ("officials are saying").
    if form.ing
        && with_subject.is_none()
        && let Some((np, _)) = &subject
        && toks[np.end.min(i)..i]
            .iter()
            .all(|t| t.is_word() && t.class().adverb && !t.class().aux)
    {
        return None;
    }
    // "Economists polled by the central bank now see inflation closing the year at 24.5
    // percent", "Analysts see two more rate cuts": "see" reports the forecast of those
    // whose trade is forecasting, of something named ("Analysts see it differently" is
    // a view of nothing the story can compare); anyone else sees with their eyes.
    // An organisation or anyone named forecasts too ("The IMF sees global growth at 3.2
    // percent", "The company sees revenue of $4 billion", "Capital Economics sees
    // inflation at 4 percent"), of a named thing with a figure after it; a
    // count right after the verb is what a place sees ("The airport sees 40,000
    // passengers a day").
    if form.forecaster
        && !(subject.as_ref().is_some_and(|(np, _)| {
            forecasters(toks, np)
                || (np.kind == NpKind::Name || organisation_phrase(toks, np))
                    && toks[i + len..]
                        .iter()
                        .take_while(|t| !t.punct('.') && !t.punct(';'))
                        .any(|t| t.kind == Kind::Number)
        }) && toks
            .get(i + len)
            .is_some_and(|t| t.is_word() && !t.class().pronoun))
    {
        return None;
    }
    // "Unconfirmed reports also stated …": a noun-like cue followed by a verb is the noun.
    // Not before a noun-like cue that an auxiliary follows: that is the content's subject
    // ("Aviva estimated claims could top £300m").
    if form.noun {
        let k = skip_adverbs_forward(toks, i + len);
        let verb_after = cue_at(toks, k).is_some_and(|(next, n)| {
            !(next.noun && toks.get(k + n).is_some_and(|t| t.class().aux))
        });
        if verb_after || toks.get(k).is_some_and(|t| t.class().aux) {
            return None;
        }
    }
    // "… was at pains to stress that no carrier had told the association …", "Nobody
    // said …": speech no one made is no source's.
    // ("No 10 denied …" is Downing Street.)
    if let Some((np, _)) = &subject
        && match lower(toks, np.start) {
            "no" => toks.get(np.start + 1).is_some_and(Tok::is_word),
            w => matches!(w, "nobody" | "none" | "neither"),
        }
    {
        return None;
    }
    if let Some((mut np, mut start)) = subject {
        // "the Ministry of Trade, Industry and Energy said": one name over its list of
        // portfolios.
        if start == np.start
            && let Some(whole) = listed_name(toks, &np)
        {
            np = whole;
            start = whole.start;
        }
        // "“…,” as Reed put it.", "“…,” as one skipper said.": the attribution opens with
        // "as" after the quotation, which is its content.
        if start == np.start
            && start >= 1
            && toks[start - 1].is("as")
            && after_quotation(toks, start - 1)
        {
            start -= 1;
        }
        // "Deputy Prime Minister and Foreign Minister Ishaq Dar said": one person's two
        // posts, the subject over both.
        // (The second post may stand before the name phrase: "Minister for Foreign
        // Affairs Micheál Martin".)
        if let Some(first) = start
            .checked_sub(2)
            .filter(|&b| toks[b + 1].is("and"))
            .and_then(|b| np_backward(toks, b))
            .filter(|f| {
                two_posts_of_one(toks, f, &Np { start, ..np }) && subject_boundary(toks, f.start)
            })
        {
            if start == np.start {
                np.start = first.start;
            }
            start = first.start;
        }
        let mut also = Vec::new();
        if start == np.start
            && let Some((before, s)) = conjunct_before(toks, &np)
        {
            // No one listed: the "and" joined the portfolios of one post, which the
            // subject spans ("Minister for Sustainability and the Environment Koh Wei
            // Ming"), so that the name is read after the post's last portfolio.
            if before.is_empty() {
                np.start = s;
            }
            also = before;
            start = s;
        }
        // "“…,” said Ana Ruiz, the chamber president, adding that …": a participle after
        // an inverted speaker and its appositive borrows that speaker, as ", adding"
        // right after the name does; the appositive is no subject of its own.
        let borrowed =
            continues_inverted || form.ing && np.start > 0 && follows_inverted_cue(toks, np.start);
        let mut a = Attr {
            subject: np,
            borrowed,
            cue: cue.clone(),
            lemma: form.lemma,
            stance,
            pattern: Pattern::Pre,
            region: start..cue.end,
            content: Content::default(),
            addressee: None,
            channel: None,
            quoted_by: None,
            eval: form.eval,
            also,
        };
        // "Lloyd, through a spokesman, denied …"
        if toks.get(np.end).is_some_and(|t| t.punct(','))
            && let Some(r) = through_representative(toks, np.end + 1)
            && r.end < cue.start
            && toks[r.end].punct(',')
        {
            a.quoted_by = Some(r);
        }
        signer_of(toks, &mut a);
        extend_after_cue(toks, form, &mut a);
        fronted_channel(toks, &mut a);
        return Some(a);
    }
    // Inverted: "…,” said Ushakov." / "…, said the Kremlin aide." The phrase ends the
    // attribution: a verb after it ("…, said the government had failed") makes it the
    // subject of content, not a speaker.
    if form.inv
        && !form.ing
        && (i == 0 || toks[i - 1].punct(',') || toks[i - 1].is_quote() || toks[i - 1].punct(':'))
        && let Some(np) = np_forward(toks, i + len)
        && !toks
            .get(np.end)
            .is_some_and(|t| t.is_word() && t.class().aux)
    {
        // "“…,” said Anna Berg's lawyer, Tom Reed.": a one-person post with its holder
        // in apposition is that person (the registry notes the post as the holder's).
        let mut np = name_in_apposition(toks, np).unwrap_or(np);
        // "…,” said engineers Tom Reed and Ana Costa." / "reply Burton and Nick": two
        // names joined by "and" that end the attribution both speak. The first is the
        // subject and the second its conjunct, which (as in "Reed and Costa said") speaks
        // only when it resolves to a person or an organisation: "said Marks and Spencer"
        // stays one company.
        let mut second = conjunct_after(toks, &np);
        // "…, said Deputy Prime Minister and Foreign Minister Ishaq Dar": one person's two
        // posts.
        if let Some(s) = second.filter(|s| two_posts_of_one(toks, &np, s)) {
            np.end = s.end;
            np.kind = NpKind::Name;
            second = None;
        }
        let mut a = Attr {
            subject: np,
            borrowed: false,
            cue: cue.clone(),
            lemma: form.lemma,
            stance,
            pattern: Pattern::Inverted,
            region: cue.start..second.map_or(np.end, |s| s.end),
            content: Content::default(),
            addressee: None,
            channel: None,
            quoted_by: None,
            eval: form.eval,
            also: second.into_iter().collect(),
        };
        extend_channel(toks, &mut a);
        return Some(a);
    }
    // Borrowed subject: ", saying …" or "… and insisted …": the clause's subject.
    let k = if with_some {
        i as isize - 3
    } else {
        skip_adverbs_back(toks, i as isize - 1)
    };
    // "… opened the hearing by noting that …": a participle after "by" is the clause
    // subject's speech, as one after a comma is.
    let after_comma =
        k >= 0 && (toks[k as usize].punct(',') || toks[k as usize].is("by")) && form.ing;
    let after_and = k >= 0 && matches!(lower(toks, k as usize), "and" | "but") && !form.ing;
    if after_comma || after_and {
        let np = clause_subject(toks, k as usize, found)?;
        let mut a = Attr {
            subject: np,
            borrowed: true,
            cue: cue.clone(),
            lemma: form.lemma,
            stance,
            pattern: Pattern::Pre,
            region: cue.clone(),
            content: Content::default(),
            addressee: None,
            channel: None,
            quoted_by: None,
            eval: form.eval,
            also: Vec::new(),
        };
        extend_after_cue(toks, form, &mut a);
        return Some(a);
    }
    None
}

/// "Speaking to PTI, a senior official said …", "Writing on X, the senator claimed …",
/// "In a statement, the club said …": a phrase that opens the sentence and ends at the
/// comma before the subject names the addressee or the channel, as it does after the
/// verb ("told PTI", "claimed on X", "said in a statement"). A place ("In Kyiv, …") is
/// neither.
fn fronted_channel(toks: &[Tok], a: &mut Attr) {
    let s = opening_conjunction(toks);
    let start = a.region.start;
    if start < s + 3 || !toks[start - 1].punct(',') {
        return;
    }
    // The phrase ends at the comma before the subject, or before a participle clause
    // that stands between ("In her resignation letter, posted on X, she wrote").
    let comma = match toks[s..start - 1]
        .iter()
        .position(|t| t.punct(',') || t.is_quote())
        .map(|p| s + p)
    {
        None => start - 1,
        Some(c)
            if toks[c].punct(',')
                && toks.get(c + 1).is_some_and(past_participle)
                && !toks[c + 1..start - 1]
                    .iter()
                    .any(|t| t.punct(',') || t.is_quote()) =>
        {
            c
        }
        // "In a statement signed by its spokesperson, Mrs Folasade Ibikunle, on Tuesday,
        // the board said": the signer's name and a time may follow between commas.
        Some(c)
            if toks[c].punct(',')
                && toks[s..c]
                    .iter()
                    .any(|t| t.is("signed") || t.is("issued") || t.is("by")) =>
        {
            c
        }
        Some(_) => return,
    };
    let participle = matches!(
        lower(toks, s),
        "speaking" | "talking" | "writing" | "posting"
    );
    let k = s + usize::from(participle);
    if participle && lower(toks, k) == "to" {
        if a.addressee.is_none()
            && let Some(np) = np_forward(toks, k + 1)
            && np.end <= comma
        {
            a.addressee = Some(np);
        }
        return;
    }
    if a.channel.is_none()
        && let Some(end) = channel_at(toks, k)
        && end <= comma
    {
        a.channel = Some(k..end);
        // "In remarks carried by MENA, the minister said": the medium relays, as after
        // the verb (`carried_by`).
        if a.quoted_by.is_none()
            && let Some(r) = carried_by(toks, end).filter(|r| r.end <= comma)
        {
            a.quoted_by = Some(r);
        }
    }
}

/// The person named before an appositive of posts joined by "and" that `np` (a post)
/// ends, the appositive closed by a comma: "Jane Doe" of "Jane Doe, Under-Secretary-General
/// for Humanitarian Affairs and Emergency Relief Coordinator,". A list of people ("Reed,
/// Costa and Brown,") ends in no post.
fn holder_of_posts(toks: &[Tok], np: &Np) -> Option<Np> {
    if np.kind != NpKind::Name || !toks.get(np.end).is_some_and(|t| t.punct(',')) {
        return None;
    }
    let post = |k: usize| role_class(toks[k].lower.as_ref()).is_some();
    if !post(np.end - 1) {
        return None;
    }
    let mut c = np.start;
    let mut joined = false;
    while c > 0 && np.start - c < 16 {
        let t = &toks[c - 1];
        if t.punct(',') {
            break;
        }
        if !(t.is_word() && (t.cap() || matches!(t.lower.as_ref(), "and" | "for" | "of" | "the"))) {
            return None;
        }
        joined |= t.is("and");
        c -= 1;
    }
    if !joined || c < 2 || !toks[c - 1].punct(',') {
        return None;
    }
    np_backward(toks, c - 2).filter(|h| {
        h.kind == NpKind::Name
            && h.end == c - 1
            && !post(h.end - 1)
            && subject_boundary(toks, h.start)
    })
}

/// Whether a place's name of up to three capitalised words ends before token `k`, after
/// a preposition: "in Austin" of "based in Austin, Texas", "of Los Angeles".
fn place_after_preposition(toks: &[Tok], k: usize) -> bool {
    let words = toks[..k]
        .iter()
        .rev()
        .take(3)
        .take_while(|t| t.is_word() && t.cap())
        .count();
    words > 0 && k > words && toks[k - words - 1].is_word() && toks[k - words - 1].class().prep
}

/// Whether the role phrase `np` names people who forecast for a living ("economists
/// polled by the central bank", "analysts at Bernstein", "traders"), by its words before
/// any complement.
fn forecasters(toks: &[Tok], np: &Np) -> bool {
    np.kind == NpKind::Role
        && toks[np.start..np.end]
            .iter()
            .take_while(|t| t.is_word() && !t.class().prep)
            .any(|t| {
                matches!(
                    t.lower.as_ref(),
                    "economist"
                        | "economists"
                        | "analyst"
                        | "analysts"
                        | "forecaster"
                        | "forecasters"
                        | "strategist"
                        | "strategists"
                        | "traders"
                        | "investors"
                        | "markets"
                        | "pollsters"
                )
            })
}

/// Whether the subject `np` reads as an organisation by its last word: initials ("The
/// IMF", "the OECD"), an organisation's word ("the World Bank") or a body's role noun
/// ("the company", "the bank"). (A firm named by neither, "Capital Economics", is not
/// known so: the forecast rule takes any name besides.)
fn organisation_phrase(toks: &[Tok], np: &Np) -> bool {
    let last = &toks[np.end - 1];
    np.kind != NpKind::Pronoun
        && (last.cap() && (is_acronym(last.text) || crate::lexicon::is_org_head(last.text))
            || !last.cap() && role_class(last.lower.as_ref()) == Some(RoleClass::Body))
}

/// Whether `w` names an area or a branch that qualifies a post in brackets: "South" and
/// "South-East" of "DCP (South-East)", "Rural" of "SP (Rural)", "Traffic" of "ACP
/// (Traffic)".
fn is_area_qualifier(w: &str) -> bool {
    w.split('-').all(|part| {
        matches!(
            part,
            "North"
                | "South"
                | "East"
                | "West"
                | "Northeast"
                | "Northwest"
                | "Southeast"
                | "Southwest"
                | "Central"
                | "Outer"
                | "Rural"
                | "Urban"
                | "City"
                | "Metro"
                | "Traffic"
                | "Crime"
                | "Operations"
        )
    })
}

/// A lower-case past participle opening a clause: "posted", "published", "seen",
/// "written".
fn past_participle(t: &Tok) -> bool {
    let l = t.lower.as_ref();
    !t.cap() && (l.len() > 4 && l.ends_with("ed") || matches!(l, "seen" | "sent" | "written"))
}

fn skip_adverbs_forward(toks: &[Tok], mut k: usize) -> usize {
    while toks.get(k).is_some_and(|t| t.is_word() && t.class().adverb) {
        k += 1;
    }
    k
}

/// Whether a participle names who wrote a document before "by": "figures published by
/// the Home Office", "a report commissioned by the council", "figures provided by the
/// HSE".
pub(crate) fn authored_by(w: &str) -> bool {
    matches!(
        w,
        "published"
            | "released"
            | "compiled"
            | "issued"
            | "produced"
            | "commissioned"
            | "provided"
            | "supplied"
            | "prepared"
    )
}

/// How many words of a time stand between an authoring participle and its "by", given
/// the two lower-case words after the participle: "issued yesterday by" (one), "issued on
/// Monday by", "published this month by" (two), else none. Both the attribution's
/// author phrase and the registry's document author read past them; read leftwards from
/// the "by", [`participle_past_time`].
pub(crate) fn time_before_by(first: &str, second: &str) -> usize {
    let time = |w: &str| crate::lexicon::word_class(w).time;
    if time(first) {
        1 + usize::from(time(second))
    } else {
        0
    }
}

/// The authoring participle before the "by" at `by`, past a time phrase between them:
/// "published" of "a report published this month by …" ([`time_before_by`] read
/// leftwards). `None` when no time phrase stands there or no authoring participle
/// before it.
fn participle_past_time(toks: &[Tok], by: usize) -> Option<usize> {
    usize::try_from(skip_time_back(toks, by as isize - 1))
        .ok()
        .filter(|&b| b + 1 < by)
        .filter(|&b| {
            let p = &toks[b];
            p.is_word() && !p.cap() && authored_by(p.lower.as_ref())
        })
}

/// Whether `w` (in lower case) says who has a document rather than who wrote it:
/// "documents *seen* by Reuters", "a memo *obtained* by the paper", "figures *tabled* at
/// the inquiry". The phrase with its holder is the source, unnamed ([`author_after`]).
pub(crate) fn held_by(w: &str) -> bool {
    matches!(
        w,
        "seen" | "obtained" | "reviewed" | "viewed" | "tabled" | "leaked" | "examined"
    )
}

/// The end of the author phrase after a document ending before token `end`: "from
/// Eurostat", "by Amnesty International", "published by the Home Office"; or of the
/// document's holder ("seen by Reuters", "tabled at the inquiry", [`held_by`]).
fn author_after(toks: &[Tok], end: usize) -> Option<usize> {
    if held_by(lower(toks, end)) && matches!(lower(toks, end + 1), "by" | "at" | "to") {
        return np_forward_simple(toks, end + 2);
    }
    let mut by = end + usize::from(authored_by(lower(toks, end)));
    // "a statement issued yesterday by …": a time between.
    if by > end {
        by += time_before_by(lower(toks, by), lower(toks, by + 1));
    }
    let at = if lower(toks, end) == "from" {
        end + 1
    } else if lower(toks, by) == "by" {
        by + 1
    } else {
        return None;
    };
    // "by the ministry's public relations officer": the short reading stops inside the
    // post; lower-case words on to a person's role noun end it.
    let simple = np_forward_simple(toks, at).map(|e| {
        (e..(e + 3).min(toks.len()))
            .take_while(|&k| {
                let t = &toks[k];
                let c = t.class();
                t.is_word() && !t.cap() && !(c.conj || c.prep || c.aux || c.det || c.pronoun)
            })
            .filter(|&k| role_class(lower(toks, k)).is_some_and(|r| r.of_person()))
            .last()
            .map_or(e, |k| k + 1)
    });
    // "estimates by concert-industry tracker Boxline Data": a name after a title of
    // lower-case words, read as after a speech verb, when the short reading stops before.
    // Only an author that opens with such a word is read twice.
    if !toks.get(at).is_some_and(|t| !t.cap() && title_word(t)) {
        return simple;
    }
    np_forward(toks, at)
        .filter(|np| np.kind == NpKind::Name && simple.is_none_or(|e| np.end > e))
        .map(|np| np.end)
        .or(simple)
}

/// The head of a subject whose last word is token `j`: before "from" or "by" and the
/// author's name ("data from Eurostat", "a report by the Home Office", "figures
/// published by the ONS"), else `j`.
fn subject_head(toks: &[Tok], j: usize) -> usize {
    // "figures released by the ONS on Wednesday": the author before a time phrase.
    let before_time = usize::try_from(skip_time_back(toks, j as isize)).unwrap_or(j);
    let j = if before_time < j { before_time } else { j };
    if !toks[j].cap() {
        return j;
    }
    let mut k = j;
    while k > 0
        && (toks[k].cap()
            || toks[k].is_word() && matches!(lower(toks, k), "the" | "of" | "for" | "and"))
    {
        k -= 1;
    }
    if k == 0 || !matches!(lower(toks, k), "from" | "by") {
        return j;
    }
    let head = if lower(toks, k) == "by" {
        participle_past_time(toks, k).unwrap_or(k - 1)
    } else {
        k - 1
    };
    if lower(toks, k) == "by" && authored_by(lower(toks, head)) && head > 0 {
        head - 1
    } else {
        head
    }
}

/// The word before the verb at `i` and its auxiliaries and adverbs: the head of its
/// subject when the subject comes first ("Data have clearly shown …" → "Data", "The
/// inquiry has found …" → "inquiry").
fn word_before_verb(toks: &[Tok], i: usize) -> Option<usize> {
    let mut j = skip_adverbs_only_back(toks, i as isize - 1);
    while j >= 0 && toks[j as usize].is_word() && toks[j as usize].class().aux {
        j = skip_adverbs_only_back(toks, j - 1);
    }
    usize::try_from(j).ok()
}

fn skip_adverbs_only_back(toks: &[Tok], mut j: isize) -> isize {
    while j >= 0 {
        let t = &toks[j as usize];
        let c = t.class();
        if t.is_word() && (c.adverb || ly_adverb(t)) && !c.aux {
            j -= 1;
        } else {
            break;
        }
    }
    j
}

/// The subject of the clause that ends before token `k`: an earlier attribution's speaker,
/// or the first speaker phrase of the unit (after a leading adverbial and its comma).
fn clause_subject(toks: &[Tok], k: usize, found: &[Attr]) -> Option<Np> {
    // An earlier attribution of the same clause lends its subject ("Trump hailed the talks,
    // saying …"), unless the sentence's own subject stands after it.
    let previous = found
        .iter()
        .rev()
        .find(|a| a.cue.end <= k)
        .map(|a| a.subject);
    let initial = sentence_subject(toks, k);
    let subject = match (previous, initial) {
        (Some(p), Some(s)) if s.start > p.start => Some(s),
        (Some(p), _) => Some(p),
        (None, s) => s,
    }?;
    // "Shares of Halden fell 4 percent after the company cut its forecast, saying …":
    // what trades on a market says nothing; the subject of the clause after it that
    // does speaks. (The noun may follow the phrase read as a name: "Oil prices".)
    if toks[subject.start..(subject.end + 1).min(k)]
        .iter()
        .any(|t| is_traded_thing(t.lower.as_ref()))
        && let Some(np) = (subject.end..k)
            .rev()
            .filter(|&c| {
                matches!(
                    lower(toks, c),
                    "after" | "as" | "when" | "because" | "since"
                )
            })
            .find_map(|c| np_forward(toks, c + 1).filter(|np| np.end < k))
    {
        return Some(np);
    }
    Some(subject)
}

/// What prices and trades rather than speaks: "shares", "prices", "the index", "bond
/// yields" (lower case).
fn is_traded_thing(lower: &str) -> bool {
    matches!(
        lower,
        "shares"
            | "stock"
            | "stocks"
            | "price"
            | "prices"
            | "index"
            | "indexes"
            | "indices"
            | "yields"
            | "bonds"
            | "futures"
            | "currency"
    )
}

/// Whether the word at `s` opens an adverbial phrase: a preposition, an adverb, a time
/// word or a conjunction ("On Monday", "Meanwhile", "When pressed"), or a participle and
/// its preposition ("Speaking at a rally in Guwahati", "Asked about the plan", "Reached
/// by phone"), but "According to", which names a source.
pub(crate) fn opens_adverbial(toks: &[Tok], s: usize) -> bool {
    let Some(t) = toks.get(s).filter(|t| t.is_word()) else {
        return false;
    };
    let c = t.class();
    let l = t.lower.as_ref();
    c.prep
        || c.adverb
        || c.time
        || c.conj
        || l.len() > 4
            && (l.ends_with("ed") || l.ends_with("ing"))
            && l != "according"
            && toks
                .get(s + 1)
                .is_some_and(|n| n.is_word() && n.class().prep)
}

/// The first speaker phrase of the sentence, after an opening adverbial and its comma,
/// if it ends before token `k`.
fn sentence_subject(toks: &[Tok], k: usize) -> Option<Np> {
    // Leading adverbial: "Since then, Trump has …" → skip to after the first comma if the
    // unit opens with a preposition or adverb.
    // A conjunction opening the unit is skipped first: "But Rahman hit back, saying …".
    let mut s = opening_conjunction(toks);
    if opens_adverbial(toks, s)
        && let Some(c) = toks[s..k].iter().position(|t| t.punct(','))
    {
        s += c + 1;
    }
    // The subject phrase: the longest speaker phrase starting at s.
    let t = toks.get(s)?;
    if t.class().pronoun {
        return Some(Np {
            start: s,
            end: s + 1,
            kind: NpKind::Pronoun,
        });
    }
    let mut np = np_forward(toks, s)?;
    // "Kenya Medical Practitioners and Allied Workers Union (KMPAWU) secretary-general Dr
    // Daniel Ochieng Owino dismissed …, saying": the organisation's initials in brackets
    // stand inside the subject, the post and the name after them.
    if toks.get(np.end).is_some_and(|t| t.punct('('))
        && let Some(close) =
            (np.end + 2..(np.end + 5).min(toks.len())).find(|&c| toks[c].punct(')'))
        && toks[np.end + 1..close].iter().all(Tok::cap)
        && let Some(rest) =
            np_forward(toks, close + 1).filter(|r| r.kind == NpKind::Name && r.end <= k)
    {
        np.end = rest.end;
        np.kind = NpKind::Name;
    }
    // "The SPÖ social affairs spokesperson, Karin Haslinger-Wimmer, went further,
    // accusing …": a post read on past the name that opens it, and its holder in
    // apposition, who is the subject.
    if let Some(c) = (np.end..(np.end + 5).min(k)).find(|&c| toks[c].punct(','))
        && c > np.end
        && toks[np.end..c].iter().all(|t| {
            let cl = t.class();
            t.is_word() && !t.cap() && !(cl.conj || cl.prep || cl.aux || cl.det || cl.pronoun)
        })
        && crate::lexicon::one_person_post(lower(toks, c - 1))
        && let Some(name) = np_forward(toks, c + 1)
            .filter(|n| n.kind == NpKind::Name && n.end < k && toks[n.end].punct(','))
    {
        return Some(name);
    }
    (np.end <= k).then_some(np)
}

fn quoted_as_saying(toks: &[Tok], i: usize) -> Option<Attr> {
    // i is "quoted"; expect "is/was" before and "as saying" after (maybe "by V" between).
    // An adverb may stand between: "Mabunda was also quoted by ANI as saying".
    let be = usize::try_from(skip_adverbs_only_back(toks, i as isize - 1)).ok()?;
    if !is_be(lower(toks, be)) {
        return quoted_active(toks, i);
    }
    let mut k = i + 1;
    let mut quoted_by = None;
    if lower(toks, k) == "by"
        && let Some(np) = np_forward(toks, k + 1)
    {
        quoted_by = Some(np);
        k = np.end;
    }
    // "as saying" possibly after "by V".
    let as_at = (k..toks.len().min(k + 8)).find(|&m| lower(toks, m) == "as")?;
    if lower(toks, as_at + 1) != "saying" {
        return None;
    }
    let np = subject_before(toks, be)?;
    let cue = i..as_at + 2;
    let mut cue_end = as_at + 2;
    // "is quoted as saying by Russian agencies that …"
    if quoted_by.is_none()
        && lower(toks, cue_end) == "by"
        && let Some(np) = np_forward(toks, cue_end + 1)
    {
        quoted_by = Some(np);
        cue_end = np.end;
    }
    let mut a = Attr {
        quoted_by,
        ..Attr::neutral(np, cue, "say", Pattern::Pre, np.start..cue_end)
    };
    let mut k = cue_end;
    if lower(toks, k) == "that" || toks.get(k).is_some_and(|t| t.punct(':') || t.punct(',')) {
        k += 1;
    }
    a.content = Content::one(k..toks.len());
    Some(a)
}

/// "The Times of Israel quoted an Israeli official as saying …": the quoted person speaks,
/// the quoting outlet relays.
fn quoted_active(toks: &[Tok], i: usize) -> Option<Attr> {
    let relay = subject_before(toks, i)?;
    let np = np_forward(toks, i + 1).or_else(|| bare_np(toks, i + 1))?;
    // "quoted the secretary of the pardon commission, Aleh Shamko, as saying": the post's
    // holder in apposition is the person quoted.
    let (np, as_at) = match name_in_apposition(toks, np) {
        Some(name) if toks.get(name.end).is_some_and(|t| t.punct(',')) => (name, name.end + 1),
        _ => (np, np.end),
    };
    if lower(toks, as_at) != "as" || lower(toks, as_at + 1) != "saying" {
        return None;
    }
    let cue_end = as_at + 2;
    let mut k = cue_end;
    if lower(toks, k) == "that" || toks.get(k).is_some_and(|t| t.punct(':') || t.punct(',')) {
        k += 1;
    }
    Some(Attr {
        content: Content::one(k..toks.len()),
        quoted_by: Some(relay),
        ..Attr::neutral(np, i..cue_end, "say", Pattern::Pre, relay.start..k)
    })
}

/// After a pre-verbal attribution: addressee, channel and time phrases, then "that" or a
/// colon; the content runs from there.
fn extend_after_cue(toks: &[Tok], form: &CueForm, a: &mut Attr) {
    let mut k = a.cue.end;
    // "told her", but not "told her twin", where "her" is a determiner (a plain
    // lower-case word follows it): the person told is then "her twin", or no one named.
    let determiner = lower(toks, k) == "her"
        && toks.get(k + 1).is_some_and(|n| {
            let c = n.class();
            n.is_word()
                && !n.cap()
                && !(c.conj || c.prep || c.aux || c.det || c.pronoun || c.adverb || c.time)
                && n.lower != "that"
        });
    if form.obj && determiner {
        if let Some(np) = np_forward(toks, k + 1).filter(|np| np.kind == NpKind::Role) {
            a.addressee = Some(Np {
                start: k,
                end: np.end,
                kind: NpKind::Role,
            });
            k = np.end;
        } else {
            k += 2;
        }
    } else if form.obj && lower(toks, k) != "that" {
        // "told reporters", "told Trump", "warned the US", "urged Washington to",
        // "told state television".
        let np = np_forward(toks, k)
            .filter(|np| toks[np.start].is_word() && !class_at(toks, np.start).pronoun)
            .or_else(|| {
                // "told a meeting of the council", "told a hearing of the committee": a
                // channel's complement is the addressee's.
                channel_noun_at(toks, k).map(|mut ch| {
                    if toks.get(ch.end).is_some_and(|t| t.is("of"))
                        && let Some(c) =
                            np_forward(toks, ch.end + 1).filter(|c| c.kind != NpKind::Pronoun)
                    {
                        ch.end = c.end;
                    }
                    ch
                })
            });
        if let Some(mut np) = np {
            // "told RNZ banks were demanding …", "told Reuters talks would resume": an
            // outlet told is the addressee alone when the words after it end at a verb,
            // the subject and verb of a clause without "that".
            let medium = (np.start..np.end.min(np.start + 2))
                .find(|&m| crate::lexicon::NEWS_MEDIA.contains(toks[m].text))
                .filter(|&m| m == np.start || class_at(toks, np.start).det);
            if let Some(m) = medium
                && np.end > m + 1
                && toks[m + 1..np.end].iter().all(|t| t.is_word() && !t.cap())
                && toks.get(np.end).is_some_and(|t| t.class().aux)
            {
                np.end = m + 1;
            }
            // "told a meeting of Manchester City Council's health scrutiny committee": an
            // owner's mark after the name goes on to what it owns (plain words), not to
            // the content.
            while toks.get(np.end).is_some_and(|t| t.kind == Kind::Possessive) {
                let owned = toks[np.end + 1..]
                    .iter()
                    .take_while(|t| plain_word(t))
                    .count();
                if owned == 0 {
                    break;
                }
                np.end += 1 + owned;
            }
            a.addressee = Some(np);
            k = np.end;
        }
    }
    // "He told everyone, “…”": an indefinite pronoun is an addressee no one resolves to
    // (a role phrase, not a pronoun that would find a person).
    if a.addressee.is_none()
        && form.obj
        && matches!(
            lower(toks, k),
            "everyone" | "everybody" | "anyone" | "anybody"
        )
    {
        a.addressee = Some(Np {
            start: k,
            end: k + 1,
            kind: NpKind::Role,
        });
        k += 1;
    }
    if a.addressee.is_none()
        && form.obj
        && !determiner
        && matches!(lower(toks, k), "him" | "her" | "them" | "us" | "me")
    {
        a.addressee = Some(Np {
            start: k,
            end: k + 1,
            kind: NpKind::Pronoun,
        });
        k += 1;
    }
    loop {
        if let Some(end) = adverbial_after(toks, a, k) {
            k = end;
            continue;
        }
        // "told reporters in Moscow", "said in Budapest": a place after the verb.
        if matches!(lower(toks, k), "in" | "at" | "from")
            && toks.get(k + 1).is_some_and(Tok::cap)
            && !toks.get(k + 2).is_some_and(|t| t.is_word() && !t.cap())
        {
            k += 2;
            continue;
        }
        // "told reporters after the meeting that …", "told reporters aboard his plane
        // that …": a short phrase of time or place before "that" (whose clause then holds
        // any speaker it relays: "that Putin had informed him that …").
        if let Some(that) = place_or_time_before_that(toks, k) {
            k = that;
        }
        break;
    }
    // "told The Beacon outside court: ‘…’", "told Monday Night Football: "…"": words up to a
    // colon that introduces a quotation are adverbials of the attribution. Not when a
    // speech verb is among them: in "Ushakov said Putin told Trump: “…”" they are the
    // content, another speaker's attribution of the quotation.
    if let Some(colon) = (k..(k + 9).min(toks.len()))
        .take_while(|&m| !toks[m].is_quote() && !toks[m].is("that"))
        .find(|&m| toks[m].punct(':'))
        && toks.get(colon + 1).is_some_and(Tok::is_quote)
        && (k..colon).all(|m| cue_at(toks, m).is_none())
    {
        k = colon;
    }
    if matches!(lower(toks, k), "that") || toks.get(k).is_some_and(|t| t.punct(':') || t.punct(','))
    {
        k += 1;
    }
    // "…», Maître Mbuyi said (translated from French).": a remark in brackets that ends
    // the sentence is the attribution's, and says nothing.
    if toks.get(k).is_some_and(|t| t.punct('('))
        && let Some(close) = (k + 1..toks.len()).find(|&c| toks[c].punct(')'))
        && toks[close + 1..].iter().all(|t| !t.is_word())
    {
        k = close + 1;
    }
    a.region.end = a.region.end.max(k);
    a.content = Content::one(k..toks.len());
}

/// The "that" after a short phrase of time or place opening at `k` ("after the
/// meeting", "aboard his plane", "during a hearing"): a preposition of time or place, then
/// up to six words before "that" with no speech verb, auxiliary, conjunction, relative
/// word, pronoun (a possessive one aside) or punctuation. Not "in", "on" or
/// "at", which open channels ("told him in a chat that the group had demanded …").
fn place_or_time_before_that(toks: &[Tok], k: usize) -> Option<usize> {
    if !matches!(
        lower(toks, k),
        "after" | "before" | "during" | "aboard" | "outside" | "following"
    ) {
        return None;
    }
    let that = (k + 2..(k + 8).min(toks.len())).find(|&m| toks[m].is("that"))?;
    toks[k + 1..that]
        .iter()
        .enumerate()
        .all(|(m, t)| {
            let c = t.class();
            t.is_word()
                && !c.aux
                && !c.conj
                && (!c.pronoun || is_possessive_determiner(t.lower.as_ref()))
                && cue_at(toks, k + 1 + m).is_none()
                && !matches!(t.lower.as_ref(), "which" | "who" | "where")
        })
        .then_some(that)
}

/// "Mr Tunde Afolabi-Kalu, in a statement on Sunday, said …": a channel between commas
/// after the subject and before its verb is the attribution's, as after the verb ("the
/// statement added" later is his).
fn channel_before_verb(toks: &[Tok], a: &mut Attr) {
    if a.pattern != Pattern::Pre || a.channel.is_some() || a.cue.start <= a.subject.end + 2 {
        return;
    }
    if let Some(k) =
        (a.subject.end + 1..a.cue.start).find(|&k| toks[k - 1].punct(',') && toks[k].is("in"))
        && let Some(end) = channel_at(toks, k)
        && end < a.cue.start
    {
        a.channel = Some(k..end);
    }
}

/// After a post-verbal attribution ("…, Zelensky wrote on X"): the channel.
fn extend_channel(toks: &[Tok], a: &mut Attr) {
    let mut k = a.region.end;
    while let Some(end) = adverbial_after(toks, a, k) {
        k = end;
    }
    a.region.end = k;
}

/// One adverbial of an attribution starting at `k`, with its end: a representative or a
/// relaying medium ("through a spokesman", "carried by state television", recorded as the
/// relay), a channel ("in a statement", kept as the first channel) or a time ("on
/// Monday").
fn adverbial_after(toks: &[Tok], a: &mut Attr, k: usize) -> Option<usize> {
    if a.quoted_by.is_none()
        && let Some(r) = through_representative(toks, k)
            .or_else(|| a.channel.as_ref().and_then(|_| carried_by(toks, k)))
    {
        a.quoted_by = Some(r);
        return Some(r.end);
    }
    if let Some(end) = channel_at(toks, k) {
        a.channel.get_or_insert(k..end);
        return Some(end);
    }
    time_at(toks, k)
}

/// The medium that relayed a statement, after its channel: "in a statement carried by
/// state television", "in remarks relayed by the state news agency". It relays the
/// speaker's words, as "according to TASS" does.
fn carried_by(toks: &[Tok], k: usize) -> Option<Np> {
    if !is_relaying(toks, k) {
        return None;
    }
    np_forward(toks, k + 2)
}

/// "carried by", "relayed by", "broadcast by", "aired by" at `k`.
fn is_relaying(toks: &[Tok], k: usize) -> bool {
    matches!(
        lower(toks, k),
        "carried" | "relayed" | "broadcast" | "aired"
    ) && lower(toks, k + 1) == "by"
}

/// The representative a speaker spoke through, its phrase opening at `k`: "through a
/// spokesman", "through his lawyers", "via his spokesperson", "through his press
/// secretary". The representative relays
/// the words (a via); "through the night", "through the courts" or "via video link" is
/// none.
fn through_representative(toks: &[Tok], k: usize) -> Option<Np> {
    if !matches!(lower(toks, k), "through" | "via") {
        return None;
    }
    // "her lawyer": "her" read alone would be a pronoun.
    let det = usize::from(is_possessive_determiner(lower(toks, k + 1)));
    let mut np = np_forward(toks, k + 1 + det)?;
    np.start = k + 1;
    let representative = matches!(
        lower(toks, np.end - 1),
        "spokesman"
            | "spokesmen"
            | "spokeswoman"
            | "spokeswomen"
            | "spokesperson"
            | "spokespeople"
            | "lawyer"
            | "lawyers"
            | "attorney"
            | "attorneys"
            | "solicitor"
            | "solicitors"
            | "barrister"
            | "counsel"
            | "representative"
            | "representatives"
            | "publicist"
            | "agent"
            | "aide"
            | "aides"
            | "adviser"
            | "advisers"
            | "advisor"
            | "advisors"
    ) || lower(toks, np.end - 1) == "secretary"
        && np.end >= 2
        && matches!(lower(toks, np.end - 2), "press" | "media");
    (np.kind == NpKind::Role && representative).then_some(np)
}

/// A relay named between a subject and its verb, or before them ([`relay_phrase`]).
#[derive(Clone, Copy)]
struct Relay {
    /// Where the statement that carried the words ends, if one did.
    channel_end: Option<usize>,
    /// Where the relay's own phrase starts.
    start: usize,
    how: RelayHow,
}

/// How a relay phrase says who relayed the words.
#[derive(Clone, Copy, PartialEq, Eq)]
enum RelayHow {
    /// A statement signed, issued or read by someone ("in a statement signed by …"): the
    /// speaker's relay only when it is theirs ("by its spokesman").
    Statement,
    /// Words read or delivered on the speaker's behalf ("in remarks read on her behalf by").
    OnBehalf,
    /// A representative spoken through ("through his spokesman", "speaking through").
    Through,
    /// Someone who stood in for the speaker ("represented by").
    Represented,
}

/// A phrase between the subject and its verb naming who relayed the words, opening at
/// `k` after the subject's comma: a statement someone signed or issued ("The Presidency,
/// in a statement signed by the Special Adviser …, Mr Kayode Ademuyiwa, said", "The party,
/// in a statement by its spokesman, said", "…, in a statement issued by its press office,
/// said") or a representative spoken through ("Governor
/// Mairiga, who spoke through his Chief Press Secretary, Malam Haruna Gidado, said", "The
/// mayor, speaking through her spokesperson, Lwazi Cele, said").
/// Gives the channel's end (a statement), where the relay's phrase starts and how the
/// phrase names the relay.
fn relay_phrase(toks: &[Tok], k: usize) -> Option<Relay> {
    let through = |start: usize| Relay {
        channel_end: None,
        start,
        how: RelayHow::Through,
    };
    if lower(toks, k) == "who" && matches!(lower(toks, k + 1), "spoke" | "speaks") {
        return (lower(toks, k + 2) == "through").then(|| through(k + 3));
    }
    // "The mayor, speaking through her spokesperson, Lwazi Cele, said", "The minister,
    // through his spokesman Itai Gilboa, later said".
    if lower(toks, k) == "speaking" {
        return (lower(toks, k + 1) == "through").then(|| through(k + 2));
    }
    if lower(toks, k) == "through" {
        return Some(through(k + 1));
    }
    // "Alhaji Abubakar Sadiq Bichi, represented by the union's Secretary-General, Comrade
    // Oluwaseun Adeleke, said": who stood in for the speaker and read the words.
    if lower(toks, k) == "represented" {
        return (lower(toks, k + 1) == "by").then_some(Relay {
            channel_end: None,
            start: k + 2,
            how: RelayHow::Represented,
        });
    }
    let mut end = channel_at(toks, k)?;
    // "in a statement to newsrooms signed by …": the statement's addressee first.
    if lower(toks, end) == "to"
        && let Some(n) = (end + 2..(end + 4).min(toks.len()))
            .find(|&m| matches!(lower(toks, m), "signed" | "issued" | "released" | "sent"))
        && toks[end + 1..n].iter().all(|t| t.is_word())
    {
        end = n;
    }
    // "in remarks read on her behalf by …": whose behalf, before "by".
    let behalf = lower(toks, end + 1) == "on"
        && matches!(lower(toks, end + 2), "his" | "her" | "their" | "its")
        && lower(toks, end + 3) == "behalf";
    let by = match lower(toks, end) {
        "by" => end,
        "signed" | "issued" | "released" | "sent" | "posted" | "read" | "delivered" => {
            let mut by = if behalf { end + 4 } else { end + 1 };
            // "In a statement read out by its caucus leader, …".
            if lower(toks, end) == "read" && lower(toks, by) == "out" {
                by += 1;
            }
            (lower(toks, by) == "by").then_some(by)?
        }
        _ => return None,
    };
    Some(Relay {
        channel_end: Some(end),
        start: by + 1,
        how: if behalf && by != end {
            RelayHow::OnBehalf
        } else {
            RelayHow::Statement
        },
    })
}

/// The relay named between the subject and the verb ([`relay_phrase`]) is the claim's
/// via, and a statement its channel: the name in apposition that closes the phrase ("…,
/// Mr Kayode Ademuyiwa, said"), else the relay's role phrase ("…, in a statement by its
/// spokesman, said").
fn signer_of(toks: &[Tok], a: &mut Attr) {
    let np = a.subject;
    if a.quoted_by.is_none() && fronted_signer(toks, a) {
        return;
    }
    if a.quoted_by.is_some()
        || !toks.get(np.end).is_some_and(|t| t.punct(','))
        || !toks[np.end..a.cue.start.max(np.end)]
            .iter()
            .any(|t| t.is("by") || t.is("through"))
    {
        return;
    }
    let Some(Relay {
        channel_end,
        start: by,
        ..
    }) = relay_phrase(toks, np.end + 1)
    else {
        return;
    };
    // The comma that closes the parenthetical, right before the verb or its adverbs
    // ("…, later said").
    let Some(close) = usize::try_from(skip_adverbs_back(toks, a.cue.start as isize - 1))
        .ok()
        .filter(|&c| c > by && toks[c].punct(','))
    else {
        return;
    };
    let name = np_backward(toks, close - 1)
        .filter(|n| n.kind == NpKind::Name && n.start > by && toks[n.start - 1].punct(','));
    // "his Chief Press Secretary": the owner is the subject's.
    let det = usize::from(is_possessive_determiner(lower(toks, by)));
    let signer = name.or_else(|| {
        np_forward(toks, by + det)
            .filter(|n| n.end == close)
            .map(|n| Np { start: by, ..n })
    });
    if let Some(signer) = signer {
        a.quoted_by = Some(signer);
        if let Some(end) = channel_end {
            a.channel.get_or_insert(np.end + 1..end);
        }
    }
}

/// [`signer_of`] for the statement that opens the sentence: "In a statement signed by its
/// executive director, Ms Halima Wekesa, Kenya Civic Watch said …" (the name in
/// apposition, or the role phrase after "by", closed by the comma before the subject).
/// Whether a signer was found.
fn fronted_signer(toks: &[Tok], a: &mut Attr) -> bool {
    // The phrase's start: a post's portfolios before the subject are in it ("…, Minister
    // of State for Provincial Affairs and Devolution Cde Rudo Chakanyuka said").
    let Some(comma) = a
        .phrase_start()
        .checked_sub(1)
        .filter(|&c| c > 0 && toks[c].punct(','))
    else {
        return false;
    };
    // "Speaking on behalf of port chairman Winston Achong, communications manager Nicole
    // Sealy said": the one spoken for is the speaker, the one speaking relays the words.
    if let Some(principal) = spoken_for(toks, comma) {
        a.quoted_by = Some(a.subject);
        a.subject = principal;
        return true;
    }
    let Some(Relay {
        channel_end,
        start: by,
        how,
    }) = relay_phrase(toks, 0).filter(|r| r.start < comma)
    else {
        return false;
    };
    // The subject's own representative ("by its executive director", "by his
    // spokesman"): "In a statement released by the university, lead author Dr Eleanor
    // Whitlock said" is the author's, the university no relay of hers. Words read on the
    // speaker's behalf ("In a speech read on her behalf by Edmore Zinyemba, …") and a
    // representative spoken through ("Through the company's communications manager, X,
    // …") are the speaker's relay by what the phrase says.
    let owned = is_possessive_determiner(lower(toks, by));
    let behalf = how == RelayHow::OnBehalf;
    let through = how == RelayHow::Through;
    if !(owned || behalf || through) {
        return false;
    }
    // The name in apposition, or (on the speaker's behalf) the name after "by".
    let name = np_backward(toks, comma - 1).filter(|n| {
        n.kind == NpKind::Name
            && (n.start > by && toks[n.start - 1].punct(',') || behalf && n.start >= by)
    });
    // Else the role phrase after the possessive ("by its spokesman, the party said"); after
    // "through" only a representative ("Through his lawyer, …", not "Through the courts").
    let Some(signer) = name.or_else(|| {
        if through && through_representative(toks, by - 1).is_none() {
            return None;
        }
        np_forward(toks, by + usize::from(owned))
            .filter(|n| n.end == comma)
            .map(|n| Np { start: by, ..n })
    }) else {
        return false;
    };
    a.quoted_by = Some(signer);
    if let Some(end) = channel_end {
        a.channel.get_or_insert(0..end);
    }
    true
}

/// The one spoken for in an opening "(Speaking) on behalf of …," that the comma at `comma`
/// closes: a name or a role phrase, the whole of what stands before the comma, or the
/// name in apposition to it ("on behalf of the Minister of Trade, Hon. Dr Fatmata Kanu,").
/// The participle may have an object ("Reading a statement on behalf of …"), and a place
/// or an occasion may follow the one spoken for ("… on behalf of Szalontai at the
/// weekly press briefing, spokesperson X said").
fn spoken_for(toks: &[Tok], comma: usize) -> Option<Np> {
    /// Words of the participle's object ("a statement", "the minister's speech").
    const OBJECT: usize = 4;
    let participle = matches!(
        lower(toks, 0),
        "speaking" | "writing" | "reading" | "delivering" | "presenting"
    );
    let on = if participle {
        (1..=OBJECT + 1)
            .find(|&k| lower(toks, k) == "on")
            .filter(|&k| {
                toks[1..k]
                    .iter()
                    .all(|t| t.is_word() || t.kind == Kind::Possessive)
            })?
    } else {
        0
    };
    if !(lower(toks, on) == "on" && lower(toks, on + 1) == "behalf" && lower(toks, on + 2) == "of")
    {
        return None;
    }
    let person = |n: &Np| matches!(n.kind, NpKind::Name | NpKind::Role);
    // What stands between the one spoken for and the comma: nothing, or a place or an
    // occasion opened by a preposition, with no comma of its own.
    let occasion = |from: usize| {
        from == comma
            || from < comma
                && matches!(lower(toks, from), "at" | "in" | "during" | "on" | "before")
                && !toks[from..comma].iter().any(|t| t.punct(','))
    };
    let first = np_forward(toks, on + 3).filter(person);
    if let Some(n) = first {
        if occasion(n.end) {
            return Some(n);
        }
        // "on behalf of the Minister of Natural Resources, Mr Deodat Harripersaud, at a
        // briefing,": the name in apposition, closed by a comma.
        if toks.get(n.end).is_some_and(|t| t.punct(','))
            && let Some(close) = (n.end + 2..comma).find(|&k| toks[k].punct(','))
            && let Some(name) =
                np_backward(toks, close - 1).filter(|m| m.kind == NpKind::Name && m.start > n.end)
            && occasion(close + 1)
        {
            return Some(name);
        }
    }
    // "on behalf of Port Authority of Trinidad and Tobago (PATT) chairman Winston
    // Achong,": the name that ends the phrase.
    np_backward(toks, comma - 1).filter(|n| n.start >= on + 3 && person(n))
}

/// A channel phrase starting at `k`: preposition, up to five words, ending in a channel
/// head ("on his Truth Social platform", "in a statement", "to reporters", "in an interview
/// with CNN"). Returns its end.
pub(crate) fn channel_at(toks: &[Tok], k: usize) -> Option<usize> {
    if !matches!(
        lower(toks, k),
        "on" | "in" | "at" | "during" | "to" | "via" | "through" | "over"
    ) {
        return None;
    }
    let mut best = None;
    for end in k + 2..=(k + 7).min(toks.len()) {
        if !toks[k + 1..end]
            .iter()
            .all(|t| t.is_word() || t.kind == Kind::Possessive)
            // "in a statement carried by state television": the medium relays, it is
            // no part of the channel (`carried_by`).
            || is_relaying(toks, end - 1)
        {
            break;
        }
        // After a channel, only more of its noun phrase: "in a statement it would release
        // …" and "in a statement that its report …" end at "statement".
        if best.is_some() && {
            let t = &toks[end - 1];
            let c = t.class();
            c.aux
                || t.is("that")
                || c.pronoun
                    && !matches!(
                        t.lower.as_ref(),
                        "its" | "his" | "her" | "their" | "our" | "my" | "your"
                    )
        } {
            break;
        }
        for ch in crate::lexicon::channels_ending_with(toks[end - 1].lower.as_ref()) {
            let n = ch.len();
            if end >= k + 1 + n
                && ch
                    .iter()
                    .zip(&toks[end - n..end])
                    .all(|(w, t)| t.lower == w.as_str())
            {
                best = Some(end);
            }
        }
    }
    let mut end = best?;
    // "in an interview with Radio Brenna", "on Channel 4 News": a channel word written
    // with a capital starts a name, which runs on.
    if toks[end - 1].cap() {
        while toks
            .get(end)
            .is_some_and(|t| t.cap() && t.is_word() || t.kind == Kind::Number && t.text.len() <= 2)
        {
            end += 1;
        }
    }
    // "in an interview with CNN", "at a news conference in the Oval Office"
    if matches!(lower(toks, end), "with" | "by" | "in" | "for") {
        let det = usize::from(lower(toks, end + 1) == "the");
        if toks.get(end + 1 + det).is_some_and(Tok::cap) {
            end += 2 + det;
            // "with the Securities and Exchange Commission": a name over "and".
            while toks.get(end).is_some_and(Tok::cap)
                || toks.get(end).is_some_and(|t| t.is("and"))
                    && toks.get(end + 1).is_some_and(Tok::cap)
                    && toks.get(end + 2).is_some_and(Tok::cap)
            {
                end += 1;
            }
        }
    }
    Some(end)
}

/// A medium named as the addressee of "told": "state television", "local radio",
/// "the BBC" is a name and comes from [`np_forward`].
fn channel_noun_at(toks: &[Tok], k: usize) -> Option<Np> {
    for end in k + 1..=(k + 4).min(toks.len()) {
        let t = &toks[end - 1];
        if !t.is_word() {
            return None;
        }
        // A channel of one word or more ending here ("state television", "a news
        // conference", "a press briefing").
        if crate::lexicon::channels_ending_with(t.lower.as_ref())
            .iter()
            .any(|ch| {
                ch.len() <= end - k
                    && ch
                        .iter()
                        .zip(&toks[end - ch.len()..end])
                        .all(|(w, t)| t.lower == w.as_str())
            })
        {
            return Some(Np {
                start: k,
                end,
                kind: NpKind::Role,
            });
        }
        if t.class().prep || t.class().conj {
            return None;
        }
    }
    None
}

/// How many tokens from `k` a half of the day and a time zone span after a clock time
/// ("p.m. EDT", "AM", "GMT", "local time"); 0 when none stands there.
fn clock_suffix(toks: &[Tok], k: usize) -> usize {
    let mut end = k;
    while let Some(t) = toks.get(end).filter(|t| t.is_word()) {
        let words: crate::extract::Words = toks[end..(end + 2).min(toks.len())]
            .iter()
            .map(|t| t.lower.as_ref())
            .collect();
        match crate::quantities::clock_suffix_len(t.text, &words) {
            0 => break,
            n => end += n,
        }
    }
    end - k
}

/// A time phrase starting at `k` ("on Thursday", "late on Friday", "earlier this week",
/// "on Thursday evening"). Returns its end.
pub(crate) fn time_at(toks: &[Tok], k: usize) -> Option<usize> {
    let first = lower(toks, k);
    // AP style: "said Wednesday", "said Oct. 16".
    if toks.get(k).is_some_and(|t| {
        t.cap()
            && (crate::lexicon::is_month(t.text)
                || word_class(first).time && first.ends_with("day"))
    }) {
        let mut end = k + 1;
        while toks
            .get(end)
            .is_some_and(|t| t.kind == Kind::Number || t.class().time)
        {
            end += 1;
        }
        return Some(end);
    }
    if !matches!(
        first,
        "on" | "in"
            | "at"
            | "late"
            | "early"
            | "earlier"
            | "later"
            | "last"
            | "this"
            | "yesterday"
            | "today"
            | "tonight"
            | "overnight"
    ) {
        return None;
    }
    let mut end = k;
    let mut has_period_word = false;
    while let Some(t) = toks.get(end) {
        let l = t.lower.as_ref();
        let c = t.class();
        let after_number = end > k && toks[end - 1].kind == Kind::Number;
        if t.is_word() && c.time || t.kind == Kind::Number {
            has_period_word |= !matches!(
                l,
                "on" | "in" | "at" | "late" | "early" | "this" | "that" | "next"
            );
            end += 1;
        } else if after_number
            && t.punct(':')
            && toks
                .get(end + 1)
                .is_some_and(|m| m.text.starts_with(|c: char| c.is_ascii_digit()))
        {
            // "at 11:26AM ET", "at 3:40 p.m. EDT": the clock's minutes (with its half of
            // the day written against them, "26AM"), then its half of the day and its
            // zone, are the time phrase's, not content after a colon.
            let minutes = toks[end + 1].text;
            let attached = minutes.trim_start_matches(|c: char| c.is_ascii_digit());
            if !attached.is_empty()
                && crate::quantities::clock_suffix_len(attached, &[&attached.to_ascii_lowercase()])
                    == 0
            {
                break;
            }
            end += 2;
            end += clock_suffix(toks, end);
        } else if after_number && let n @ 1.. = clock_suffix(toks, end) {
            // "at 9 p.m. local time", "at 14:30 GMT".
            end += n;
        } else if t.cap() && crate::lexicon::is_month(t.text) {
            has_period_word = true;
            end += 1;
        } else {
            break;
        }
    }
    (has_period_word && end > k).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::super::tokens::{LowerView, tokenize};
    use super::*;

    fn attrs(s: &str) -> Vec<(String, &'static str, Pattern)> {
        let lower = LowerView::of(s);
        let toks = tokenize(s, &lower, 0..s.len(), &[]);
        find(&toks)
            .iter()
            .map(|a| {
                let np = &toks[a.subject.start..a.subject.end];
                let words: Vec<&str> = np.iter().map(|t| t.text).collect();
                (words.join(" "), a.lemma, a.pattern)
            })
            .collect()
    }

    /// A relative pronoun opens a clause, so it is never the first word of a speaker's
    /// title; and an attribution inside a relative clause is background, as the filter
    /// in `attribution_at` says ("…, which Trump told reporters could …"). While
    /// "which" read as an unknown title word, the phrase swallowed it, the filter did not
    /// see it, and the clause's speaker took the claim (and "which" as his role).
    #[test]
    fn relative_pronoun_is_not_part_of_the_speaker() {
        for s in [
            "The plan, which Kremlin spokesman Dmitry Peskov said was premature, drew criticism.",
            "The summit, which Peskov said would take place in Budapest, was postponed.",
            "The talks, whom officials said would resume, were called off.",
        ] {
            assert_eq!(attrs(s), [], "{s}");
        }
        assert_eq!(
            attrs(
                "Hungarian Prime Minister Viktor Orbán said that Hungary was ready to host the \
                 meeting, which Trump told reporters in the Oval Office could take place soon."
            ),
            [(
                "Hungarian Prime Minister Viktor Orbán".into(),
                "say",
                Pattern::Pre
            )]
        );
        assert_eq!(
            attrs("Mayor Anna Kovacs, who police said was not hurt, said the bridge would reopen."),
            [("Mayor Anna Kovacs".into(), "say", Pattern::Pre)]
        );
    }

    /// "Officials who spoke on condition of anonymity said …": a subject with a relative
    /// clause (no commas) before the verb.
    #[test]
    fn subject_with_a_relative_clause() {
        for (s, who, lemma) in [
            (
                "Officials who spoke on condition of anonymity said the talks had stalled.",
                "Officials",
                "say",
            ),
            (
                "A man who witnessed the crash told the BBC he heard a huge bang.",
                "A man",
                "tell",
            ),
            (
                "Two officials who were not authorised to discuss the matter publicly said the deal was close.",
                "Two officials",
                "say",
            ),
            (
                "Economist Jana Horvat, who has studied the plan, and analysts who follow the sector said costs would rise.",
                "analysts",
                "say",
            ),
        ] {
            let got = attrs(s);
            assert_eq!(got.len(), 1, "{s}: {got:?}");
            assert_eq!((got[0].0.as_str(), got[0].1), (who, lemma), "{s}");
        }
        // The relative clause's own speaker stays background, and nothing else is taken.
        for s in [
            "The man who police said was armed ran away.",
            "It is not clear who said what.",
        ] {
            assert_eq!(attrs(s), [], "{s}");
        }
    }

    #[test]
    fn pre_verbal_subjects() {
        assert_eq!(
            attrs("US President Donald Trump announced on Thursday that he would meet Putin."),
            [("US President Donald Trump".into(), "announce", Pattern::Pre)]
        );
        assert_eq!(
            attrs("Kremlin aide Yury Ushakov told reporters that the call was long."),
            [("Kremlin aide Yury Ushakov".into(), "tell", Pattern::Pre)]
        );
        assert_eq!(
            attrs("Ukraine’s president said the war must end."),
            [("Ukraine ’s president".into(), "say", Pattern::Pre)]
        );
        assert_eq!(
            attrs("A spokesperson for the ministry said talks continue."),
            [(
                "A spokesperson for the ministry".into(),
                "say",
                Pattern::Pre
            )]
        );
        assert_eq!(
            attrs("Putin, in a statement, said the war would end."),
            [("Putin".into(), "say", Pattern::Pre)]
        );
        assert_eq!(
            attrs("The war will end, Ushakov said."),
            [("Ushakov".into(), "say", Pattern::Pre)]
        );
    }

    #[test]
    fn inverted_and_according() {
        assert_eq!(
            attrs("The war will end, said Kremlin aide Yury Ushakov."),
            [("Kremlin aide Yury Ushakov".into(), "say", Pattern::Inverted)]
        );
        assert_eq!(
            attrs("According to the Kremlin, the call lasted two hours."),
            [("the Kremlin".into(), "according to", Pattern::According)]
        );
    }

    #[test]
    fn not_attributions() {
        assert!(attrs("He declined to comment on the report.").is_empty());
        assert!(attrs("Zelensky is expected to push for missiles.").is_empty());
        assert!(attrs("His claims were false.").is_empty());
    }
}
