//! Resolve: canonical speakers within a document.
//!
//! A registry of the people and organisations the document names is built from every
//! capitalised name phrase outside quotations, in reading order: "US President Donald
//! Trump" registers Donald Trump with the role "US President" and the country US; a later
//! "Trump" is the same person. Speaker phrases of claims are then mapped to it:
//! - names → the registered person (the fullest form of the name in the document);
//! - role phrases ("the Kremlin aide", "the Russian leader", "Ukraine’s president") → the
//!   most recently mentioned person whose role has that head noun and whose country fits;
//!   for leader nouns, failing that, the most recent person of unknown country and role
//!   (the seed report introduces "Vladimir Putin" bare and calls him "the Russian leader"
//!   next);
//! - pronouns → a speaker of the same sentence, else the previous claim's speaker within
//!   two paragraphs, else the most recently mentioned person, never one whose known gender
//!   contradicts the pronoun;
//! - organisations ("the Kremlin", "Russia’s foreign ministry") → the name without article;
//! - unnamed sources ("officials", "a senior US official") stay as written, unresolved.

use std::collections::HashMap;
use std::sync::LazyLock;

use unicode_normalization::UnicodeNormalization;

use crate::extract::attribution::{NpKind, np_backward};
use crate::extract::tokens::{Kind, Tok, tokenize};
use crate::extract::{RawClaim, RawNp, Speaker};
use crate::ingest::Document;
use crate::lexicon::{COUNTRIES, ROLES, RoleClass, TITLES, rows, word_class};
use crate::segment::{ParaRole, Segmentation};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    Female,
    Male,
}

static GIVEN_NAMES: LazyLock<HashMap<&'static str, Gender>> = LazyLock::new(|| {
    rows(include_str!("lexicon/given_names.tsv"))
        .filter_map(|r| {
            let g = match *r.get(1)? {
                "f" => Gender::Female,
                _ => Gender::Male,
            };
            Some((r[0], g))
        })
        .collect()
});

/// Lower-case and strip diacritics: "Orbán" → "orban".
pub fn fold(s: &str) -> String {
    s.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| if c == '’' { '\'' } else { c })
        .collect()
}

#[derive(Debug, Clone)]
struct Entity {
    canonical: String,
    words: Vec<String>,
    surname: String,
    first: Option<String>,
    role: Option<String>,
    country: Option<&'static str>,
    org: bool,
    gender: Option<Gender>,
    mentions: Vec<usize>,
}

/// A name phrase split into its title part and its name part.
struct NameParts {
    title: Vec<String>,
    name: Vec<String>,
    country: Option<&'static str>,
    org: Option<String>,
}

fn is_possessive(w: &str) -> bool {
    matches!(w, "’s" | "'s" | "’" | "'" | "’S" | "'S")
}

fn country_of(w: &str) -> Option<&'static str> {
    COUNTRIES.get(w).copied()
}

// Capitalised words that make a name phrase an organisation ("Foreign Ministry",
// "State Department", "Reuters" is not here: unknown single names stay names).
fn is_org_head(w: &str) -> bool {
    let l = w.to_lowercase();
    matches!(ROLES.get(l.as_str()), Some(RoleClass::Body))
        || matches!(
            l.as_str(),
            "house"
                | "department"
                | "ministry"
                | "office"
                | "council"
                | "agency"
                | "commission"
                | "committee"
                | "court"
                | "bank"
                | "service"
                | "services"
                | "institute"
                | "university"
                | "foundation"
                | "group"
                | "association"
                | "organisation"
                | "organization"
                | "federation"
                | "authority"
                | "bureau"
                | "forces"
                | "guard"
                | "news"
                | "times"
                | "post"
                | "press"
                | "journal"
                | "media"
                | "network"
                | "television"
                | "tv"
                | "radio"
                | "daily"
                | "herald"
                | "tribune"
                | "gazette"
        )
}

fn split_name(words: &[String]) -> NameParts {
    let mut ws: Vec<&str> = words.iter().map(String::as_str).collect();
    while ws
        .first()
        .is_some_and(|w| matches!(w.to_lowercase().as_str(), "the" | "a" | "an"))
    {
        ws.remove(0);
    }
    let mut country = None;
    // The title part runs to the last title-like word.
    let mut last_title: Option<usize> = None;
    let mut i = 0;
    while i < ws.len() {
        let w = ws[i];
        // Multi-word country aliases: "White House", "United States".
        if i + 1 < ws.len()
            && let Some(c) = country_of(&format!("{} {}", w, ws[i + 1]))
        {
            country.get_or_insert(c);
            last_title = Some(i + 1);
            i += 2;
            continue;
        }
        let owner = ws.get(i + 1).is_some_and(|n| is_possessive(n));
        let lower = w.to_lowercase();
        let titled = TITLES.contains(w)
            || is_possessive(w)
            || owner
            || (!w.starts_with(char::is_uppercase) && ROLES.contains_key(lower.as_str()))
            || lower == "of"
            || country_of(w).is_some();
        if let Some(c) = country_of(w) {
            country.get_or_insert(c);
        }
        if titled {
            last_title = Some(i);
        }
        i += 1;
    }
    let (title, name): (Vec<&str>, Vec<&str>) = match last_title {
        Some(t) => (ws[..=t].to_vec(), ws[t + 1..].to_vec()),
        None => (Vec::new(), ws.clone()),
    };
    let org = if name.is_empty() || name.last().is_some_and(|w| is_org_head(w)) {
        // "the Kremlin", "the White House", "Russia’s Foreign Ministry".
        let all: Vec<&str> = ws.clone();
        (!all.is_empty()
            && all.iter().any(|w| w.starts_with(char::is_uppercase))
            && (name.is_empty()
                && (country.is_some() || all.last().is_some_and(|w| is_org_head(w)))
                || !name.is_empty()))
        .then(|| join_words(&all))
    } else {
        None
    };
    NameParts {
        title: title.iter().map(|s| s.to_string()).collect(),
        name: name.iter().map(|s| s.to_string()).collect(),
        country,
        org,
    }
}

// Join words with spaces, but attach possessives to the word before ("Russia’s").
fn join_words(words: &[&str]) -> String {
    let mut s = String::new();
    for w in words {
        if !s.is_empty() && !is_possessive(w) {
            s.push(' ');
        }
        s.push_str(w);
    }
    s
}

struct Registry {
    entities: Vec<Entity>,
}

impl Registry {
    fn find_org(&self, canonical: &str) -> Option<usize> {
        let f = fold(canonical);
        self.entities
            .iter()
            .position(|e| e.org && fold(&e.canonical) == f)
    }

    /// Link a name mention to an entity (creating one), returning its index.
    fn mention(&mut self, parts: &NameParts, at: usize, create: bool) -> Option<usize> {
        if let Some(org) = &parts.org {
            if let Some(i) = self.find_org(org) {
                self.entities[i].mentions.push(at);
                return Some(i);
            }
            if !create {
                return None;
            }
            self.entities.push(Entity {
                canonical: org.clone(),
                words: Vec::new(),
                surname: fold(org),
                first: None,
                role: None,
                country: parts.country,
                org: true,
                gender: None,
                mentions: vec![at],
            });
            return Some(self.entities.len() - 1);
        }
        let name: Vec<&String> = parts.name.iter().collect();
        let last = name.last()?;
        let surname = fold(last);
        let first = (name.len() >= 2).then(|| fold(name[0]));
        let existing = self
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| !e.org && e.surname == surname)
            .filter(|(_, e)| match (&first, &e.first) {
                (Some(a), Some(b)) => {
                    a == b || a.starts_with(b.as_str()) || b.starts_with(a.as_str())
                }
                _ => true,
            })
            .max_by_key(|(_, e)| e.mentions.last().copied().unwrap_or(0))
            .map(|(i, _)| i);
        let role = (!parts.title.is_empty()).then(|| {
            let t: Vec<&str> = parts.title.iter().map(String::as_str).collect();
            join_words(&t)
        });
        let gender = name
            .first()
            .and_then(|f| GIVEN_NAMES.get(f.as_str()).copied())
            .filter(|_| name.len() >= 2)
            .or_else(|| {
                parts
                    .title
                    .iter()
                    .find_map(|t| match t.trim_end_matches('.') {
                        "Mr" | "Sir" | "Lord" | "King" | "Prince" => Some(Gender::Male),
                        "Mrs" | "Ms" | "Dame" | "Lady" | "Queen" | "Princess" => {
                            Some(Gender::Female)
                        }
                        _ => None,
                    })
            });
        match existing {
            Some(i) => {
                let e = &mut self.entities[i];
                e.mentions.push(at);
                if name.len() > e.words.len() {
                    e.words = name.iter().map(|s| s.to_string()).collect();
                    e.canonical = e.words.join(" ");
                    e.first = first;
                }
                if e.role.is_none() {
                    e.role = role;
                }
                if e.country.is_none() {
                    e.country = parts.country;
                }
                if e.gender.is_none() {
                    e.gender = gender;
                }
                Some(i)
            }
            None if create => {
                self.entities.push(Entity {
                    canonical: name
                        .iter()
                        .map(|s| s.as_str())
                        .collect::<Vec<_>>()
                        .join(" "),
                    words: name.iter().map(|s| s.to_string()).collect(),
                    surname,
                    first,
                    role,
                    country: parts.country,
                    org: false,
                    gender,
                    mentions: vec![at],
                });
                Some(self.entities.len() - 1)
            }
            None => None,
        }
    }

    fn most_recent(&self, before: usize, pred: impl Fn(&Entity) -> bool) -> Option<usize> {
        self.entities
            .iter()
            .enumerate()
            .filter(|(_, e)| pred(e))
            .filter_map(|(i, e)| {
                e.mentions
                    .iter()
                    .filter(|&&m| m < before)
                    .max()
                    .map(|&m| (i, m))
            })
            .max_by_key(|&(_, m)| m)
            .map(|(i, _)| i)
    }
}

/// Build the registry from the name phrases of the body, outside quotations.
fn build_registry(doc: &Document, seg: &Segmentation) -> Registry {
    let view = doc.view();
    let outer: Vec<(usize, std::ops::Range<usize>)> = seg
        .quotes
        .iter()
        .enumerate()
        .filter(|(_, q)| q.depth == 0)
        .map(|(i, q)| (i, q.start()..q.end()))
        .collect();
    let mut reg = Registry {
        entities: Vec::new(),
    };
    for s in &seg.sentences {
        if seg.paragraphs[s.para].role != ParaRole::Body {
            continue;
        }
        let toks = tokenize(view, s.span.clone(), &outer);
        let mut k = 0;
        while k < toks.len() {
            if !toks[k].cap() || word_class(toks[k].lower.as_ref()).det {
                k += 1;
                continue;
            }
            // The end of this run of capitalised words (and inner role words/possessives).
            let mut e = k;
            while e + 1 < toks.len() {
                let n = &toks[e + 1];
                let joins = n.cap()
                    || n.kind == Kind::Possessive
                    || (n.is_word()
                        && !n.cap()
                        && ROLES.contains_key(n.lower.as_ref())
                        && toks.get(e + 2).is_some_and(Tok::cap))
                    || (n.is("of") && toks.get(e + 2).is_some_and(|t| TITLES.contains(t.text)));
                if joins {
                    e += 1;
                } else {
                    break;
                }
            }
            if let Some(np) = np_backward(&toks, e)
                && np.kind == NpKind::Name
            {
                let words: Vec<String> = toks[np.start..np.end]
                    .iter()
                    .map(|t| t.text.to_string())
                    .collect();
                let parts = split_name(&words);
                // A lone capitalised word opening the sentence ("Hailing", "Since") is
                // only a mention if it names someone already known.
                let lone_initial = np.start == 0 && parts.name.len() == 1 && parts.title.is_empty();
                let only_country =
                    parts.org.is_none() && parts.name.iter().all(|w| country_of(w).is_some());
                if !only_country {
                    reg.mention(&parts, toks[np.start].start, !lone_initial);
                }
            }
            k = e + 1;
        }
    }
    reg
}

/// Resolved (speaker, via, addressee) for each raw claim, in order.
pub(crate) fn resolve(
    doc: &Document,
    seg: &Segmentation,
    claims: &[RawClaim],
) -> Vec<(Option<Speaker>, Vec<Speaker>, Option<String>)> {
    let mut reg = build_registry(doc, seg);
    let mut out: Vec<(Option<Speaker>, Vec<Speaker>, Option<String>)> = Vec::new();
    let mut last: Option<(Speaker, Option<usize>, usize)> = None;
    for c in claims {
        if c.inherited
            && let Some((prev, _, _)) = out.last().map(|o| (o.0.clone(), o.1.clone(), ()))
        {
            let via = out.last().map(|o| o.1.clone()).unwrap_or_default();
            out.push((prev, via, None));
            continue;
        }
        let speaker = c.speaker.as_ref().map(|np| {
            let (s, ent) = resolve_np(&mut reg, np, c.hint.as_ref(), last.as_ref(), c.first_para);
            (s, ent)
        });
        let via: Vec<Speaker> = c
            .via
            .iter()
            .map(|np| resolve_np(&mut reg, np, None, last.as_ref(), c.first_para).0)
            .collect();
        let addressee = c.addressee.as_ref().map(|np| {
            let (s, _) = resolve_np(&mut reg, np, None, None, c.first_para);
            s.name
        });
        if let Some((s, ent)) = &speaker
            && s.resolved
        {
            last = Some((s.clone(), *ent, c.last_para));
        }
        out.push((speaker.map(|(s, _)| s), via, addressee));
    }
    out
}

fn strip_det(text: &str) -> String {
    let t = text.trim();
    for d in ["the ", "The ", "a ", "A ", "an ", "An "] {
        if let Some(rest) = t.strip_prefix(d) {
            return rest.to_string();
        }
    }
    t.to_string()
}

fn speaker_of(reg: &Registry, i: usize, surface: &str) -> Speaker {
    let e = &reg.entities[i];
    Speaker {
        name: e.canonical.clone(),
        surface: surface.to_string(),
        role: e.role.clone(),
        resolved: true,
    }
}

fn unresolved(surface: &str, role: Option<String>) -> Speaker {
    Speaker {
        name: strip_det(surface),
        surface: surface.to_string(),
        role,
        resolved: false,
    }
}

fn resolve_np(
    reg: &mut Registry,
    np: &RawNp,
    hint: Option<&RawNp>,
    last: Option<&(Speaker, Option<usize>, usize)>,
    para: usize,
) -> (Speaker, Option<usize>) {
    match np.kind {
        NpKind::Name => {
            let parts = split_name(&np.words);
            if parts.org.is_none()
                && parts.name.iter().all(|w| country_of(w).is_some())
                && !parts.name.is_empty()
            {
                // "Russia said", "Kyiv insisted": the country speaks.
                return (
                    Speaker {
                        name: join_words(&np.words.iter().map(String::as_str).collect::<Vec<_>>())
                            .trim_start_matches("the ")
                            .to_string(),
                        surface: np.text.clone(),
                        role: None,
                        resolved: true,
                    },
                    None,
                );
            }
            match reg.mention(&parts, np.start, true) {
                Some(i) => {
                    let mut s = speaker_of(reg, i, &np.text);
                    if s.role.is_none() && !parts.title.is_empty() {
                        s.role = Some(parts.title.join(" "));
                    }
                    (s, Some(i))
                }
                None => (unresolved(&np.text, None), None),
            }
        }
        NpKind::Pronoun => resolve_pronoun(reg, np, hint, last, para),
        NpKind::Role => resolve_role(reg, np),
    }
}

fn pronoun_gender(w: &str) -> Option<Gender> {
    match w {
        "he" | "him" => Some(Gender::Male),
        "she" | "her" => Some(Gender::Female),
        _ => None,
    }
}

fn resolve_pronoun(
    reg: &mut Registry,
    np: &RawNp,
    hint: Option<&RawNp>,
    last: Option<&(Speaker, Option<usize>, usize)>,
    para: usize,
) -> (Speaker, Option<usize>) {
    let w = np.text.to_lowercase();
    let gender = pronoun_gender(&w);
    let fits =
        |e: &Entity| !e.org && (gender.is_none() || e.gender.is_none() || e.gender == gender);
    match w.as_str() {
        "he" | "she" | "him" | "her" => {
            if let Some(h) = hint {
                let (s, ent) = resolve_np(reg, h, None, None, para);
                if s.resolved && ent.is_none_or(|i| fits(&reg.entities[i])) {
                    return (
                        Speaker {
                            surface: np.text.clone(),
                            ..s
                        },
                        ent,
                    );
                }
            }
            if let Some((s, ent, p)) = last
                && para <= p + 2
                && ent.is_some_and(|i| fits(&reg.entities[i]))
            {
                return (
                    Speaker {
                        surface: np.text.clone(),
                        ..s.clone()
                    },
                    *ent,
                );
            }
            if let Some(i) = reg.most_recent(np.start, fits) {
                return (speaker_of(reg, i, &np.text), Some(i));
            }
            (unresolved(&np.text, None), None)
        }
        "they" | "it" => {
            if let Some((s, ent, p)) = last
                && para <= p + 1
                && ent.is_none_or(|i| reg.entities[i].org)
            {
                return (
                    Speaker {
                        surface: np.text.clone(),
                        ..s.clone()
                    },
                    *ent,
                );
            }
            if w == "it"
                && let Some(i) = reg.most_recent(np.start, |e| e.org)
            {
                return (speaker_of(reg, i, &np.text), Some(i));
            }
            (unresolved(&np.text, None), None)
        }
        _ => (unresolved(&np.text, None), None),
    }
}

fn resolve_role(reg: &mut Registry, np: &RawNp) -> (Speaker, Option<usize>) {
    let words: Vec<&str> = np.words.iter().map(String::as_str).collect();
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    // The head: the last role word (two-word roles first), before any complement
    // ("a spokesperson for the ministry" → spokesperson).
    let mut head: Option<(usize, &'static str, RoleClass)> = None;
    for i in 0..lower.len() {
        if matches!(
            lower[i].as_str(),
            "for" | "of" | "at" | "with" | "in" | "to" | "from"
        ) && head.is_some()
        {
            break;
        }
        if i + 1 < lower.len()
            && let Some((k, c)) =
                ROLES.get_key_value(format!("{} {}", lower[i], lower[i + 1]).as_str())
        {
            head = Some((i + 1, k, *c));
            continue;
        }
        if let Some((k, c)) = ROLES.get_key_value(lower[i].as_str()) {
            head = Some((i, k, *c));
        }
    }
    let country = words.iter().find_map(|w| country_of(w));
    let role_text = strip_det(&np.text);
    let Some((hi, head, class)) = head else {
        return (unresolved(&np.text, None), None);
    };
    // Plural heads are groups: "officials", "analysts", "sources familiar with the call".
    let plural =
        head.ends_with('s') && !matches!(head, "boss" | "press" | "police" | "authorities");
    if plural || head == "police" || head == "authorities" {
        return (unresolved(&np.text, Some(role_text)), None);
    }
    // "a Kremlin statement", "the White House readout", "Russia’s foreign ministry".
    if matches!(class, RoleClass::Body | RoleClass::Doc) {
        let caps: Vec<&str> = words[..hi]
            .iter()
            .copied()
            .filter(|w| w.starts_with(char::is_uppercase) && !matches!(*w, "The" | "A" | "An"))
            .collect();
        if class == RoleClass::Doc && !caps.is_empty() {
            let org = join_words(&caps);
            let i = reg.mention(
                &NameParts {
                    title: Vec::new(),
                    name: Vec::new(),
                    country,
                    org: Some(org.clone()),
                },
                np.start,
                true,
            );
            return (
                Speaker {
                    name: org,
                    surface: np.text.clone(),
                    role: None,
                    resolved: true,
                },
                i,
            );
        }
        return (unresolved(&np.text, None), None);
    }
    let head_words: Vec<&str> = head.split(' ').collect();
    let has_head = |e: &Entity| {
        e.role.as_ref().is_some_and(|r| {
            let rl = r.to_lowercase();
            head_words
                .iter()
                .all(|h| rl.split(|c: char| !c.is_alphanumeric()).any(|w| w == *h))
        })
    };
    let country_ok = |e: &Entity| country.is_none() || e.country == country;
    let leaderish = |e: &Entity| {
        e.role.as_ref().is_some_and(|r| {
            let rl = r.to_lowercase();
            [
                "president",
                "prime minister",
                "leader",
                "premier",
                "chancellor",
                "king",
                "queen",
            ]
            .iter()
            .any(|h| rl.contains(h))
        })
    };
    let found = reg
        .most_recent(np.start, |e| !e.org && has_head(e) && country_ok(e))
        .or_else(|| {
            (class == RoleClass::Leader)
                .then(|| reg.most_recent(np.start, |e| !e.org && leaderish(e) && country_ok(e)))
                .flatten()
        })
        .or_else(|| {
            (class == RoleClass::Leader && country.is_some())
                .then(|| {
                    reg.most_recent(np.start, |e| {
                        !e.org && e.country.is_none() && e.role.is_none()
                    })
                })
                .flatten()
        });
    match found {
        Some(i) => {
            if reg.entities[i].country.is_none() {
                reg.entities[i].country = country;
            }
            if reg.entities[i].role.is_none() {
                reg.entities[i].role = Some(role_text);
            }
            reg.entities[i].mentions.push(np.start);
            (speaker_of(reg, i, &np.text), Some(i))
        }
        None => (unresolved(&np.text, Some(role_text)), None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(s: &str) -> (String, String, Option<String>) {
        let words: Vec<String> = s.split(' ').map(str::to_string).collect();
        let p = split_name(&words);
        (p.title.join(" "), p.name.join(" "), p.org)
    }

    #[test]
    fn titles_and_names_split() {
        assert_eq!(parts("US President Donald Trump").1, "Donald Trump");
        assert_eq!(
            parts("Kremlin aide Yury Ushakov"),
            ("Kremlin aide".into(), "Yury Ushakov".into(), None)
        );
        assert_eq!(parts("the Kremlin").2.as_deref(), Some("Kremlin"));
        assert_eq!(parts("the White House").2.as_deref(), Some("White House"));
        assert_eq!(parts("Secretary of State Marco Rubio").1, "Marco Rubio");
    }

    #[test]
    fn fold_strips_diacritics() {
        assert_eq!(fold("Orbán"), "orban");
        assert_eq!(fold("Zelenskyy’s"), "zelenskyy's");
    }
}
