//! `claimdiff compare` on the fixture events: every injected difference is reported under
//! its rule (recall 1.0), no agreeing rewording is reported as a conflict, and
//! transliterated names are one speaker. The expectations are in
//! `fixtures/<event>/expected/findings.json` (a machine-checkable INJECTED.md).

use std::path::{Path, PathBuf};

use claimdiff::compare::classify::{Finding, Location};
use claimdiff::compare::rules::{Rule, Severity};
use claimdiff::compare::{Comparison, compare};
use claimdiff::config::Config;
use claimdiff::ingest::{IngestOptions, read_all};
use claimdiff::pipeline::extract_document;
use serde_json::Value;

fn articles(set: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(set)
        .expect("set dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt" || x == "md"))
        .collect();
    v.sort();
    v
}

fn run(set: &Path, files: &[PathBuf]) -> Comparison {
    let _ = set;
    compare(&extract(files), &Config::default())
}

fn extract(files: &[PathBuf]) -> Vec<claimdiff::pipeline::Extracted> {
    files
        .iter()
        .enumerate()
        .map(|(i, p)| {
            extract_document({
                let mut d = read_all(&p.to_string_lossy(), &IngestOptions::default())
                    .remove(0)
                    .expect("reads");
                d.id = i;
                d
            })
        })
        .collect()
}

fn matches(l: &Location, file: &str, text: &str) -> bool {
    l.path().ends_with(file) && (l.text().contains(text) || l.claim_text().contains(text))
}

// For agreement checks the finding's own words must be the agreeing item: a finding
// about "seventh" in a sentence that also gives the call's length is not about the length.
fn matches_exactly(l: &Location, file: &str, text: &str) -> bool {
    l.path().ends_with(file)
        && (l.text().contains(text) || (l.text().chars().count() >= 4 && text.contains(l.text())))
}

/// The rules that say two claims disagree on content; stance and only-in findings may
/// stand between claims that agree.
const CONTENT_RULES: &[Rule] = &[
    Rule::QuoteAltered,
    Rule::WordingShift,
    Rule::NumberMismatch,
    Rule::ConversionMismatch,
    Rule::DateMismatch,
    Rule::AttributionMismatch,
    Rule::PolarityMismatch,
];

fn all_locs(f: &Finding) -> impl Iterator<Item = &Location> {
    std::iter::once(&f.primary)
        .chain(f.related.iter())
        .chain(f.supporting.iter())
}

fn found(c: &Comparison, e: &Value) -> bool {
    let rule = Rule::parse(e["rule"].as_str().unwrap_or("")).expect("known rule");
    let file = e["file"].as_str().unwrap_or("");
    let text = e["text"].as_str().unwrap_or("");
    c.findings.iter().filter(|f| f.rule == rule).any(|f| {
        all_locs(f).any(|l| matches(l, file, text))
            && e["with"].as_array().into_iter().flatten().all(|w| {
                all_locs(f).any(|l| {
                    matches(
                        l,
                        w["file"].as_str().unwrap_or(""),
                        w["text"].as_str().unwrap_or(""),
                    )
                })
            })
    })
}

fn set_dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(name)
}

/// [`check_set_with_misses`] with every injected difference reported.
fn check_set(name: &str) {
    check_set_with_misses(name, &[]);
}

/// Every injected difference of set `name` but the `known` ids (by `id` in its
/// `findings.json`) is reported under its rule, the known ones are not (a set written
/// blind keeps its misses listed until they are mended: a mend fails the test until the
/// list follows), no agreeing rewording stands on two sides of a conflict, and the
/// spellings of one person are one speaker.
fn check_set_with_misses(name: &str, known: &[u64]) {
    check_set_with_known(name, known, &[]);
}

/// [`check_set_with_misses`], with the agreement groups (by `id`) where a set written
/// blind still puts agreeing rewordings on two sides of a conflict: a conflict in any
/// other group fails, and so does a listed group with none (mended, still listed).
fn check_set_with_known(name: &str, known: &[u64], known_conflicts: &[u64]) {
    let set = set_dir(name);
    let expected: Value = serde_json::from_str(
        &std::fs::read_to_string(set.join("expected/findings.json")).expect("expected file"),
    )
    .expect("JSON");
    let c = run(&set, &articles(&set));
    for f in &c.findings {
        if f.rule != Rule::OnlyIn {
            println!(
                "{} {} {}:{} {} | {}",
                f.rule.id(),
                f.rule.name(),
                f.primary.path().rsplit('/').next().unwrap_or(""),
                f.primary.span().line,
                f.primary.text(),
                f.message
            );
        }
    }
    let injected = expected["injected"].as_array().expect("injected");
    let missing: Vec<String> = injected
        .iter()
        .filter(|e| !found(&c, e))
        .filter(|e| !e["id"].as_u64().is_some_and(|id| known.contains(&id)))
        .map(|e| format!("#{} {} {} {:?}", e["id"], e["rule"], e["file"], e["text"]))
        .collect();
    let mended: Vec<u64> = injected
        .iter()
        .filter(|e| e["id"].as_u64().is_some_and(|id| known.contains(&id)) && found(&c, e))
        .filter_map(|e| e["id"].as_u64())
        .collect();
    assert!(
        mended.is_empty(),
        "{name}: known misses now reported, take them off the list: {mended:?}"
    );
    println!(
        "{name}: injected differences found {}/{}",
        injected.len() - missing.len(),
        injected.len()
    );
    // Agreeing rewordings must never stand on opposite sides of a conflict.
    let mut false_conflicts = Vec::new();
    let mut conflicted_groups = std::collections::BTreeSet::new();
    for g in expected["agree"].as_array().into_iter().flatten() {
        let rules: Option<Vec<Rule>> = g["rules"].as_array().map(|rs| {
            rs.iter()
                .filter_map(|r| Rule::parse(r.as_str().unwrap_or("")))
                .collect()
        });
        let items: Vec<(&str, &str)> = g["items"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|i| {
                (
                    i["file"].as_str().unwrap_or(""),
                    i["text"].as_str().unwrap_or(""),
                )
            })
            .collect();
        for f in &c.findings {
            if f.rule == Rule::OnlyIn || f.severity == Severity::Info {
                continue;
            }
            if !rules.as_deref().unwrap_or(CONTENT_RULES).contains(&f.rule) {
                continue;
            }
            for (fa, ta) in &items {
                if !matches_exactly(&f.primary, fa, ta) {
                    continue;
                }
                for (fb, tb) in &items {
                    if fa != fb && f.related.iter().any(|l| matches_exactly(l, fb, tb)) {
                        conflicted_groups.insert(g["id"].as_u64().unwrap_or(0));
                        if g["id"]
                            .as_u64()
                            .is_some_and(|id| known_conflicts.contains(&id))
                        {
                            continue;
                        }
                        false_conflicts.push(format!(
                            "agree group {} ({}): {} {} puts {fa} against {fb}",
                            g["id"],
                            g["about"],
                            f.rule.id(),
                            f.rule.name()
                        ));
                    }
                }
            }
        }
    }
    // Spellings of one person are one speaker.
    let mut split = Vec::new();
    for names in expected["speakers"].as_array().into_iter().flatten() {
        let ids: std::collections::BTreeSet<usize> = names
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|n| {
                let n = n.as_str().unwrap_or("");
                c.speakers
                    .iter()
                    .find(|s| s.spellings.iter().any(|x| x == n))
                    .map(|s| s.id)
            })
            .collect();
        if ids.len() != 1 {
            split.push(format!("{names} are {} speakers", ids.len()));
        }
    }
    assert!(
        missing.is_empty(),
        "{name}: injected differences not reported: {missing:#?}"
    );
    assert!(
        false_conflicts.is_empty(),
        "{name}: false conflicts: {false_conflicts:#?}"
    );
    let mended_conflicts: Vec<u64> = known_conflicts
        .iter()
        .copied()
        .filter(|id| !conflicted_groups.contains(id))
        .collect();
    assert!(
        mended_conflicts.is_empty(),
        "{name}: known false conflicts gone, take them off the list: {mended_conflicts:?}"
    );
    assert!(split.is_empty(), "{name}: {split:#?}");
}

#[test]
fn budapest_summit_injected_differences_and_agreements() {
    check_set("budapest-summit");
}

/// The set written blind (e90d7a4): its one known miss is #10, a stance shift in a
/// tabloid sentence whose subject's relative clause ("The money man, who arrived at the
/// National Assembly in a chauffeur-driven limousine, admitted …") keeps it from being
/// aligned with the wire's plain "He said the deficit would come in at 3.6 percent".
#[test]
fn budget_day_injected_differences_and_agreements() {
    check_set_with_misses("budget-day", &[10]);
}

/// The second set written blind (0f304bd), after the budget-day mends. Known misses:
/// the tabloid's toll of 27 is reported against the digest's and the regional paper's
/// figures, not the wire's (#1); the broadcaster's "Deputy Commander" against the wire's
/// commander (#18); four only-in claims that were aligned with claims of other reports
/// (#22, #23, #24, #26); the tabloid's "Almost 900" against the wire's 885, read as
/// agreeing but not as less precise (#27).
#[test]
fn ferry_fire_injected_differences_and_agreements() {
    check_set_with_misses("ferry-fire", &[1, 18, 22, 23, 24, 26, 27]);
}

/// The third set written blind (7948d3a), after the ferry-fire mends. Known misses:
/// the attribution of the judge's words to the prosecutor (#6); an only-in claim
/// aligned elsewhere (#22); and two differences reported against another outlet but not
/// against the wire the set names (#2, the digest's 68.4 million against the agency's
/// "more than 86 million", the wire's 86.4 million being one of several sums in its
/// lede; #4, the digest's Wednesday against the agency's "today", the wire's verdict
/// day given as "sentenced" with no word of the digest's "delivered its verdict").
#[test]
fn verdict_day_injected_differences_and_agreements() {
    check_set_with_misses("verdict-day", &[2, 4, 6, 22]);
}

/// The fourth set written blind (4d5fac6), read with this session's rules. Known misses:
/// the tabloid's "more than 60 ships" against the wire's 47, in a sentence that also
/// tells of shoppers' empty shelves and is aligned with nothing (#1); the digest's
/// €420 million of losses against the wire's 240 million euros, given in the wire's lede
/// beside the dukats (#3); the tabloid's Friday night, reported against the business
/// daily's Saturday but not the wire's, which its lede gives beside the vote's Sunday
/// (#5); the wire's "about 3,200" against the agency's 3,187, in claims aligned apart
/// (#27).
#[test]
fn port_strike_injected_differences_and_agreements() {
    check_set_with_misses("port-strike", &[1, 3, 5, 27]);
}

/// The fifth set written blind (4d5fac6), held out of the session's rules until they
/// were done: as written and with them, 19/25 expected findings, four false conflicts
/// and one speaker split. Then mended: "Zhilinov" is "Žilinov", a wording shift points
/// at the quoted sentence that differs, and two dates (below). Known misses: the
/// tabloid's margin of 1,095 votes against 1,059 (#1); the regional paper's "Friday, 1
/// May" (#4) and the digest's "on Sunday" (#5) against the wire's days; the tabloid's
/// "gloated" (#11); the broadcaster's "deputy head" of the mission (#18); the
/// broadcaster's "about 2,400" as less precise (#29).
#[test]
fn election_count_injected_differences_and_agreements() {
    check_set_with_misses("election-count", &[1, 4, 5, 11, 18, 29]);
}

/// The sixth set written blind (9ea0b88), after the session's comparison rules:
/// as written, the session's start and end alike gave 18 of 25 expected findings, five
/// false conflicts in agreement groups and ten other warnings. Known misses: several
/// differences reported against other outlets but not against the wire the set names
/// (#5 the local paper's Wednesday, #6 the digest's Saturday, #7 the mayor's words given
/// to the minister, #9 the broadcaster's "would not declare", #16 "quicker" for
/// "faster"), #14 a quotation shortened without an ellipsis, and #29 "More than 6,000"
/// as less precise. Known false conflicts: the release night and the red warning (10),
/// the minister's visit and the rain ahead (11), and a bracketed sub-quote (13). (The
/// broadcaster's "not to return to their homes" against the wire's "not to return
/// home", group 15, was mended after the set was read.)
#[test]
fn river_flood_injected_differences_and_agreements() {
    check_set_with_known("river-flood", &[5, 6, 7, 9, 14, 16, 29], &[10, 11, 13]);
}

#[test]
fn quake_injected_differences_and_agreements() {
    check_set("quake");
}

/// `compare` reads none of the blocks, paragraphs and quotations the HTML page shows:
/// with them dropped, as the command does for every other format
/// (`Extracted::drop_layout`), the comparison is the same to the byte.
#[test]
fn the_layout_is_not_compared() {
    for name in ["budapest-summit", "quake"] {
        let docs = extract(&articles(&set_dir(name)));
        let whole = compare(&docs, &Config::default());
        let slim: Vec<_> = docs
            .into_iter()
            .map(|mut e| {
                e.drop_layout();
                assert!(e.seg.paragraphs.is_empty() && e.doc.blocks.is_empty());
                e
            })
            .collect();
        let slim = compare(&slim, &Config::default());
        assert!(!whole.findings.is_empty(), "{name}: no findings to compare");
        assert_eq!(
            serde_json::to_string(&whole).expect("serializes"),
            serde_json::to_string(&slim).expect("serializes"),
            "{name}"
        );
    }
}

/// Rules of each comparison of two one-sentence reports, `a` then `b`.
fn rules_between(a: &str, b: &str) -> Vec<Rule> {
    findings_among(&[a, b]).iter().map(|f| f.rule).collect()
}

/// The findings of a comparison of short reports dated 10 June 2025, one per body.
fn findings_among(bodies: &[&str]) -> Vec<Finding> {
    let dated: Vec<(&str, &str)> = bodies.iter().map(|b| ("2025-06-10", *b)).collect();
    findings_dated(&dated)
}

/// "2.9% of GDP in 2027, down from 3.6% this year" against "3.6 percent of GDP this
/// year": figures dated by different years are no one slot, and the years of figures
/// that differ are their dates, not one date told two ways (budget-day's deficits).
/// Of two figures of a claim, the one of the other claim's year is its counterpart
/// ("growth of 1.8 percent next year, up from 1.2 percent in 2025" against "growth of
/// 2.1% next year").
#[test]
fn figures_are_compared_by_the_years_they_are_for() {
    let rules = rules_between(
        "Deficit: 2.9% of GDP in 2026, down from 3.6% this year.",
        "Officials said the deficit would come in at 3.6 percent of GDP this year.",
    );
    assert!(
        !rules.contains(&Rule::NumberMismatch) && !rules.contains(&Rule::DateMismatch),
        "{rules:?}"
    );
    let rules = rules_between(
        "The minister said the deficit would fall to 2.9 per cent next year.",
        "The minister said the deficit would come in at 3.6 percent this year.",
    );
    assert!(!rules.contains(&Rule::DateMismatch), "{rules:?}");
    let rules = rules_between(
        "The ministry forecasts growth of 1.8 percent next year, up from 1.2 percent in 2025.",
        "The ministry forecasts growth of 2.1% next year.",
    );
    assert!(rules.contains(&Rule::NumberMismatch), "{rules:?}");
    // The same figure for two different years is still a date in question.
    let rules = rules_between(
        "The minister said the deficit would be 3.6 percent of GDP this year.",
        "The minister said the deficit would be 3.6 percent of GDP next year.",
    );
    assert!(rules.contains(&Rule::DateMismatch), "{rules:?}");
}

/// "Adren Lines said in a statement" (an organisation) and "Adren Lines admitted in a
/// statement that …" (a name of no known kind) are one speaker: the ferry-fire set gave
/// them two, a false attribution finding and no stance shift.
#[test]
fn a_name_of_no_known_kind_joins_the_organisation_of_that_name() {
    let rules = rules_between(
        "Ferry operator Adren Lines said the fire had started on the vehicle deck.",
        "Adren Lines admitted in a statement that the fire had started on the vehicle deck.",
    );
    assert!(!rules.contains(&Rule::AttributionMismatch), "{rules:?}");
    assert!(rules.contains(&Rule::StanceShift), "{rules:?}");
}

/// "63 persons were injured, nine of them seriously, and 885 people were rescued"
/// against "910 people were on board; 885 were rescued and 63 were injured": persons
/// are people, and a part of a count ("nine of them") is no figure of the slot.
#[test]
fn persons_are_people_and_a_part_of_a_count_is_no_count() {
    let rules = rules_between(
        "A total of 63 persons were injured, nine of them seriously, and 885 people were \
         rescued.",
        "910 people were on board; 885 were rescued and 63 were injured.",
    );
    assert!(!rules.contains(&Rule::NumberMismatch), "{rules:?}");
    let rules = rules_between(
        "A total of 63 persons were injured, nine of them seriously.",
        "Officials said a further 63 people were injured on the ferry.",
    );
    assert!(!rules.contains(&Rule::NumberMismatch), "{rules:?}");
}

/// "…, GPW reports" in the ferry-fire digest against "…, said Marta Kolar, a spokeswoman
/// for the prosecutor's office" in the Global Press Wire report it cites: an outlet of
/// the comparison that reports words relays them; it is no other speaker.
#[test]
fn words_a_compared_outlet_reports_are_not_its_own() {
    let set = set_dir("ferry-fire");
    let c = run(&set, &[set.join("wire.txt"), set.join("aggregator.md")]);
    let relayed: Vec<&Finding> = c
        .findings
        .iter()
        .filter(|f| f.rule == Rule::AttributionMismatch)
        .filter(|f| all_locs(f).any(|l| l.text().contains("GPW")))
        .collect();
    assert!(relayed.is_empty(), "{relayed:#?}");
}

/// "keeps its promises … without sending the bill" agrees with the full quotation and
/// with one shortened without an ellipsis: it must not stand as the reference that
/// hides the shortening (budget-day's #13 and #14).
#[test]
fn an_excerpt_every_version_contains_does_not_hide_an_alteration() {
    let full = "\"This is a budget that keeps its promises to patients and to soldiers \
                without sending the bill to our grandchildren,\" Kozic said.";
    let cut = "\"This is a budget that keeps its promises without sending the bill to our \
               grandchildren,\" Kozic said.";
    let excerpt = "\"This is a budget that keeps its promises … without sending the bill to \
                   our grandchildren,\" Kozic said.";
    let findings = findings_among(&[full, cut, excerpt]);
    let altered: Vec<&str> = findings
        .iter()
        .filter(|f| f.rule == Rule::QuoteAltered)
        .map(|f| f.primary.path())
        .collect();
    assert_eq!(altered, ["b.txt"], "{findings:#?}");
}

/// "no one is untouchable any more" (a digest's excerpt) agrees with the wire's "This
/// verdict shows that …" and with the agency's "This verdict proves that …": it takes
/// neither side of the wording shift, and no finding lists it against either.
#[test]
fn an_excerpt_every_version_contains_takes_no_side() {
    let findings = findings_among(&[
        "\"This verdict shows that in Dravenia no one is untouchable any more,\" Radic said.",
        "\"This verdict proves that in Dravenia no one is untouchable any more,\" Radic said.",
        "Radic said \"no one is untouchable any more\".",
    ]);
    let shift = findings
        .iter()
        .find(|f| f.rule == Rule::WordingShift)
        .expect("a wording shift");
    assert!(all_locs(shift).all(|l| l.path() != "c.txt"), "{shift:#?}");
}

/// "Bogdan Hrastić, who as minister of infrastructure oversaw …" against "Former
/// infrastructure minister Bogdan Hrastić": the relative clause tells a post held then,
/// no present one to set against "former".
#[test]
fn a_post_held_in_a_relative_clause_is_no_present_post() {
    let findings = findings_among(&[
        "Bogdan Hrastić, who as minister of infrastructure oversaw the road project, was \
         sentenced to nine years in prison, the court said.",
        "Former infrastructure minister Bogdan Hrastić was sentenced to nine years in \
         prison, the court said.",
        "Former Minister of Infrastructure Bogdan Hrastić was sentenced to nine years in \
         prison, the court said.",
    ]);
    assert!(
        !findings
            .iter()
            .any(|f| f.rule == Rule::EntityAttributeMismatch),
        "{findings:#?}"
    );
}

/// A quotation in two parts that differs in one: the finding points at that part, not at
/// the part every outlet quotes alike.
#[test]
fn a_quote_finding_points_at_the_part_that_differs() {
    let findings = findings_among(&[
        "\"The forecast looks optimistic,\" Halas said. \"If growth slows, the target is gone.\"",
        "\"The forecast looks ambitious,\" Halas said. \"If growth slows, the target is gone.\"",
    ]);
    let shift = findings
        .iter()
        .find(|f| f.rule == Rule::WordingShift)
        .expect("a wording shift");
    assert!(
        shift.primary.text().contains("ambitious") || shift.primary.text().contains("optimistic"),
        "{shift:#?}"
    );
    assert!(!shift.primary.text().contains("If growth"), "{shift:#?}");
}

/// "did not increase" against "increased", "did not win" against "won", "did not fall"
/// against "fell": a verb negated in its base form is the verb another outlet asserts in
/// the past tense, regular ("increase", "decline") or irregular ("win", "fall", "rise").
#[test]
fn a_negated_base_form_flips_the_past_tense() {
    for (yes, no) in [
        (
            "inflation increased to 3.4% in May",
            "inflation did not increase to 3.4% in May",
        ),
        (
            "exports declined sharply in May",
            "exports did not decline sharply in May",
        ),
        (
            "the company won the contract in May",
            "the company did not win the contract in May",
        ),
        (
            "inflation fell to 3.4% in May",
            "inflation did not fall to 3.4% in May",
        ),
        (
            "output rose to a record in May",
            "output did not rise to a record in May",
        ),
        (
            "the minister met the strikers in May",
            "the minister did not meet the strikers in May",
        ),
    ] {
        let rules = rules_between(
            &format!("The ministry said {yes}."),
            &format!("The ministry said {no}."),
        );
        assert!(
            rules.contains(&Rule::PolarityMismatch),
            "{yes} / {no}: {rules:?}"
        );
    }
    // The same verb in both, unnegated, agrees.
    assert!(
        rules_between(
            "The ministry said inflation fell to 3.4% in May.",
            "The ministry said inflation fell to 3.4 per cent in May."
        )
        .is_empty()
    );
}

/// The findings of a comparison of short reports, one per (publication date, body).
fn findings_dated(reports: &[(&str, &str)]) -> Vec<Finding> {
    let docs: Vec<_> = reports
        .iter()
        .enumerate()
        .map(|(i, (date, body))| {
            let path = format!("{}.txt", char::from(b'a' + i as u8));
            let text = format!("outlet: {path}\ndate: {date}\n\nHeadline\n\n{body}\n");
            extract_document(claimdiff::ingest::Document::from_text(
                &path,
                i,
                text,
                claimdiff::ingest::InputFormat::Text,
            ))
        })
        .collect();
    compare(&docs, &Config::default()).findings
}

/// Outlets word one fact differently: "jailed for 11 years" and "sentenced to nine years
/// in prison" are one sentence of one court, so the figures are compared (verdict-day
/// #1). And "the biggest corruption case in a decade" is the span a superlative is
/// measured over, no second term beside the nine years.
#[test]
fn paraphrased_sentences_meet_and_a_superlatives_span_is_no_figure() {
    let findings = findings_among(&[
        "A court on Thursday sentenced former minister Bogdan Hrastić to nine years in prison \
         for embezzling public money, in the country's biggest corruption case in a decade.",
        "GREEDY ex-minister Bogdan Hrastich was jailed for 11 years for pocketing a fortune \
         meant for the roads.",
        "Former infrastructure minister Bogdan Hrastic has been sentenced to 9 years in \
         prison for embezzling public money.",
    ]);
    let numbers: Vec<&Finding> = findings
        .iter()
        .filter(|f| f.rule == Rule::NumberMismatch)
        .collect();
    assert_eq!(numbers.len(), 1, "{findings:#?}");
    let texts: Vec<&str> = all_locs(numbers[0]).map(|l| l.text()).collect();
    assert!(
        texts.contains(&"11 years") && texts.contains(&"nine years") && texts.contains(&"9 years"),
        "{texts:?}"
    );
}

/// "“… and today they have been heard,” he said" in a report of 15 March and in one of
/// 16 March: the quoted "today" is the speaker's day, which neither report's date tells,
/// and the same words are no date conflict (port-strike).
#[test]
fn a_date_inside_the_same_quoted_words_is_no_date_conflict() {
    let findings = findings_dated(&[
        (
            "2026-03-15",
            "“Our members held the line for nine days, and today they have been heard,” \
             union chairman Miroslav Kovačević said after the vote.",
        ),
        (
            "2026-03-16",
            "Union chairman Miroslav Kovačević told reporters: “Our members held the line \
             for nine days, and today they have been heard.”",
        ),
    ]);
    assert!(
        findings.iter().all(|f| f.rule != Rule::DateMismatch),
        "{findings:#?}"
    );
}

/// In "voted on Sunday to accept a wage agreement announced by the Labour Ministry late on
/// Saturday" the announcement is Saturday's: another report's "announced the agreement
/// late Saturday" is no other date for the Sunday's event (port-strike).
#[test]
fn a_later_date_owns_the_words_nearer_to_it() {
    let findings = findings_dated(&[
        (
            "2026-03-15",
            "Dockworkers at Halvik voted on Sunday to accept a wage agreement announced by \
             the Labour Ministry late on Saturday, ending a nine-day strike.",
        ),
        (
            "2026-03-15",
            "Labour Minister Irena Volk announced the agreement late Saturday after two days \
             of talks in the capital. The port will reopen on Monday.",
        ),
    ]);
    assert!(
        findings.iter().all(|f| f.rule != Rule::DateMismatch),
        "{findings:#?}"
    );
}

/// A figure in a sentence aligned with no other report's is set against the figures of
/// other groups whose clauses say what it is of (verdict-day #3): "a 15 per cent cut of
/// every payment to the companies building the road" against "a 12 percent kickback on
/// every payment made to the contractors building the motorway". Who acts is no word of
/// what a figure is: the former minister's villa bought "for 2.3 million florins" is no
/// other sum than the "86.4m florins" the former minister took.
#[test]
fn figures_of_unaligned_sentences_meet_by_what_they_are_of() {
    let findings = findings_among(&[
        "The court found that the former minister had taken 86.4m florins by demanding a \
         15 per cent cut of every payment to the companies building the road.",
        "Presiding Judge Milena Šarić said Hrastić had demanded a 12 percent kickback on \
         every payment made to the contractors building the A7 motorway.",
        "The ex-minister bought a seafront villa near Rovenj for 2.3 million florins in 2021.",
    ]);
    // Two reports, one figure each: either is the odd one out.
    let numbers: Vec<Vec<&str>> = findings
        .iter()
        .filter(|f| f.rule == Rule::NumberMismatch)
        .map(|f| {
            let mut texts: Vec<&str> = all_locs(f).map(|l| l.text()).collect();
            texts.sort_unstable();
            texts
        })
        .collect();
    assert_eq!(numbers, [["12 percent", "15 per cent"]], "{findings:#?}");
}

/// "two days of talks" is no length of "a pay rise over two years" (port-strike): a
/// length of time with "of" and what lasted is set only against one of the same thing,
/// or of nothing named when it names nothing.
#[test]
fn a_length_of_something_is_no_length_of_another() {
    let findings = findings_among(&[
        "The deal, reached after two days of talks, gives the port's 3,200 dockworkers a \
         7.4% pay rise and a one-off payment of 2,000 dukats.",
        "About 3,200 dockworkers get a 7.4% pay rise over two years and a one-off payment \
         of 2,000 dukats.",
    ]);
    assert!(
        findings.iter().all(|f| f.rule != Rule::NumberMismatch),
        "{findings:#?}"
    );
}

/// A wording shift points at the quoted sentence that differs, not at the sentence
/// beside it that every report quotes alike (election-count): "done their duty" against
/// "done their job", "It is time for Pelmora to move on" in both.
#[test]
fn a_wording_shift_points_at_the_sentence_that_differs() {
    let findings = findings_among(&[
        "“The institutions have done their job. It is time for Pelmora to move on,” Governor \
         Anton Kovel said on Monday.",
        "“The institutions have done their duty. It is time for Pelmora to move on,” Governor \
         Anton Kovel said on Monday.",
        "“The institutions have done their job. It is time for Pelmora to move on,” Kovel \
         told reporters on Monday.",
    ]);
    let shift = findings
        .iter()
        .find(|f| f.rule == Rule::WordingShift)
        .unwrap_or_else(|| panic!("no wording shift in {findings:#?}"));
    assert_eq!(
        shift.primary.text(),
        "The institutions have done their duty."
    );
}

/// "About 6,200 people were evacuated from low-lying districts of the city of 410,000":
/// a place's population is no count of the evacuated (river-flood), whatever slot word
/// stands near it.
#[test]
fn a_places_population_is_no_count_of_the_story() {
    let findings = findings_among(&[
        "About 6,200 people were evacuated from low-lying districts of the city of 410,000, \
         the minister told reporters.",
        "More than 6,000 residents of low-lying districts have been evacuated.",
        "About 6,200 people have been evacuated and some 800 soldiers deployed.",
    ]);
    assert!(
        findings.iter().all(|f| f.rule != Rule::NumberMismatch),
        "{findings:#?}"
    );
}

/// Two reports that negate one word alike differ in how far their "not" reaches, not in
/// what they say: "urged evacuated residents not to return home until told it was safe"
/// and "not to return to their homes until they were told it was safe" (river-flood).
/// "would not declare a state of emergency" against "will declare" is still a polarity
/// difference.
#[test]
fn a_negation_of_different_reach_is_no_polarity_difference() {
    assert!(
        !rules_between(
            "The agency urged evacuated residents not to return home until told it was safe.",
            "The agency urged evacuated residents not to return to their homes until they were \
             told it was safe.",
        )
        .contains(&Rule::PolarityMismatch)
    );
    assert!(
        rules_between(
            "The minister said the government would not declare a state of emergency.",
            "The minister said the government would declare a state of emergency.",
        )
        .contains(&Rule::PolarityMismatch)
    );
}
