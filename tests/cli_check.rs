//! `claimdiff check` from the command line: the JSON and JSON Lines outputs against
//! docs/schema/check.schema.json, exit codes and input errors, `--dump-config` and the
//! `[check]`/`[rules]` settings, suppression comments, the baseline, the human, concise and
//! Markdown formats, and the same output for any thread count.
//!
//! The fixtures (fixtures/check/README.md) are passed as relative paths from the
//! repository root, so the paths in the output do not depend on the checkout; drafts that a
//! test edits are copied into a temporary directory first.

use std::collections::{BTreeMap, BTreeSet};
use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::Value;

mod common;
use common::*;

const WIRE: &str = "fixtures/budapest-summit/wire.txt";
const STATE: &str = "fixtures/budapest-summit/state-media.txt";
const BAD: &str = "fixtures/check/drafts/bad.md";
const GOOD: &str = "fixtures/check/drafts/good.md";
const SUPPRESSED: &str = "fixtures/check/drafts/suppressed.md";
const DRAFTS: [&str; 3] = [BAD, GOOD, SUPPRESSED];

/// Every rule id, in id order, as `--dump-config` lists them.
const ALL_RULES: [&str; 13] = [
    "CD101", "CD102", "CD201", "CD202", "CD203", "CD204", "CD301", "CD302", "CD401", "CD402",
    "CD501", "CD601", "CD602",
];

/// `claimdiff check ARGS… --source WIRE --source STATE`.
fn check<I, S>(args: I) -> Output
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    claimdiff()
        .arg("check")
        .args(args)
        .args(["--source", WIRE, "--source", STATE])
        .output()
        .expect("runs")
}

/// `claimdiff check ARGS…` without the default sources.
fn check_bare<I, S>(args: I) -> Output
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    claimdiff().arg("check").args(args).output().expect("runs")
}

/// `check --format json ARGS…`, parsed, with the exit code it must have.
fn json_with<I, S>(args: I, code: i32) -> Value
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    let out = claimdiff()
        .args(["check", "--format", "json"])
        .args(args)
        .args(["--source", WIRE, "--source", STATE])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(code), "stderr: {}", stderr(&out));
    serde_json::from_slice(&out.stdout).expect("stdout is JSON")
}

/// The schema of `--format json`.
fn schema() -> jsonschema::Validator {
    output_validator("check")
}

/// The schema of one `--format jsonl` line.
fn record_schema() -> jsonschema::Validator {
    record_validator("check")
}

fn array<'a>(v: &'a Value, key: &str) -> &'a Vec<Value> {
    v[key]
        .as_array()
        .unwrap_or_else(|| panic!("`{key}` is an array in {v}"))
}

/// Every finding of every draft.
fn findings(v: &Value) -> Vec<&Value> {
    array(v, "drafts")
        .iter()
        .flat_map(|d| array(d, "findings"))
        .collect()
}

/// (rule, line, draft words) of every finding of the first draft.
fn finding_keys(v: &Value) -> Vec<(String, usize, String)> {
    array(&array(v, "drafts")[0], "findings")
        .iter()
        .map(|f| {
            (
                str_of(f, "rule").to_string(),
                uint(&f["draft"], "line"),
                str_of(&f["draft"], "text").to_string(),
            )
        })
        .collect()
}

/// 1-based (line, column) of byte `at` in `text`; lines end at `\n`, `\r\n` or `\r`.
fn line_col(text: &str, at: usize) -> (usize, usize) {
    let before = text.get(..at).expect("offset on a character boundary");
    let (mut line, mut col) = (1, 1);
    let mut chars = before.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => {
                line += 1;
                col = 1;
            }
            _ => col += 1,
        }
    }
    (line, col)
}

/// The text of an input as the places index it (a byte-order mark dropped).
fn input_text(path: &str) -> String {
    let p = Path::new(path);
    let p = if p.is_absolute() {
        p.to_path_buf()
    } else {
        root().join(p)
    };
    let raw = std::fs::read_to_string(p).expect("input reads");
    raw.strip_prefix('\u{feff}').unwrap_or(&raw).to_string()
}

/// A place's offsets lie in its file, and its lines and columns are those of its offsets.
fn assert_place(p: &Value, texts: &mut BTreeMap<String, String>) {
    let path = str_of(p, "path").to_string();
    let text = texts
        .entry(path.clone())
        .or_insert_with(|| input_text(&path));
    let (start, end) = (uint(p, "start"), uint(p, "end"));
    assert!(start <= end && end <= text.len(), "offsets of {p}");
    assert_eq!(
        line_col(text, start),
        (uint(p, "line"), uint(p, "column")),
        "line and column of {p}"
    );
    assert_eq!(
        line_col(text, end),
        (uint(p, "end_line"), uint(p, "end_column")),
        "end line and column of {p}"
    );
}

/// What the schema cannot say: every place agrees with its file, claims point at their
/// own findings and only at them, findings are sorted, and the stats count what is there.
fn assert_consistent(v: &Value) {
    let mut texts = BTreeMap::new();
    let mut total = BTreeMap::<&str, usize>::new();
    for d in array(v, "drafts") {
        let path = str_of(d, "path");
        let claims = array(d, "claims");
        let found = array(d, "findings");
        for c in claims {
            let place = &c["place"];
            assert_eq!(place["path"], d["path"]);
            assert_eq!(place["outlet"], d["outlet"]);
            assert_eq!(place["claim"], c["claim"]);
            assert_place(place, &mut texts);
            let text = &texts[path];
            assert_eq!(
                &text[uint(place, "start")..uint(place, "end")],
                str_of(place, "text"),
                "a claim's place is its words"
            );
            for e in array(c, "evidence") {
                assert_place(e, &mut texts);
            }
            *total.entry(str_of(c, "verdict")).or_default() += 1;
            let idx: Vec<usize> = array(c, "findings")
                .iter()
                .map(|i| i.as_u64().expect("index") as usize)
                .collect();
            assert!(idx.windows(2).all(|w| w[0] < w[1]), "ascending: {idx:?}");
            for &i in &idx {
                let f = found.get(i).unwrap_or_else(|| {
                    panic!("{path}: claim {} points past the findings", c["claim"])
                });
                let line = uint(&f["draft"], "line");
                assert!(
                    (uint(place, "line")..=uint(place, "end_line")).contains(&line),
                    "{path}: finding {i} on line {line} is outside claim {}",
                    c["claim"]
                );
                assert_eq!(f["draft"]["claim"], c["claim"], "{path}: finding {i}");
            }
            let mine = found
                .iter()
                .enumerate()
                .filter(|(_, f)| f["draft"]["claim"] == c["claim"])
                .map(|(i, _)| i)
                .collect::<Vec<_>>();
            assert_eq!(idx, mine, "{path}: claim {} lists its findings", c["claim"]);
            if c["verdict"] == "supported" {
                assert!(
                    !array(c, "evidence").is_empty(),
                    "supported without evidence"
                );
            }
        }
        for f in found {
            assert_eq!(f["draft"]["path"], d["path"]);
            assert_place(&f["draft"], &mut texts);
            for s in array(f, "sources") {
                assert_place(s, &mut texts);
            }
            *total.entry(str_of(f, "severity")).or_default() += 1;
        }
        for f in found.iter().filter(|f| f["rule"] == "CD602") {
            let p = &f["draft"];
            assert_eq!(
                &texts[path][uint(p, "start")..uint(p, "end")],
                str_of(p, "text"),
                "a suppression comment's place is the comment"
            );
        }
        let order = |f: &Value| {
            (
                uint(&f["draft"], "line"),
                uint(&f["draft"], "column"),
                str_of(f, "rule").to_string(),
                str_of(f, "message").to_string(),
            )
        };
        assert!(
            found.windows(2).all(|w| order(&w[0]) <= order(&w[1])),
            "{path}: findings sorted by line, column, rule and message"
        );
        let hidden: usize = array(d, "suppressions")
            .iter()
            .map(|s| uint(s, "suppressed"))
            .sum();
        assert_eq!(hidden, uint(d, "suppressed"), "{path}: suppressions add up");
    }
    let stats = &v["stats"];
    let sum = |key: &str| -> usize { array(v, "drafts").iter().map(|d| uint(d, key)).sum() };
    let claims: usize = array(v, "drafts")
        .iter()
        .map(|d| array(d, "claims").len())
        .sum();
    assert_eq!(uint(stats, "claims"), claims);
    for (key, counted) in [
        ("supported", "supported"),
        ("contradicted", "contradicted"),
        ("unsupported", "unsupported"),
        ("errors", "error"),
        ("warnings", "warning"),
        ("infos", "info"),
    ] {
        assert_eq!(
            uint(stats, key),
            total.get(counted).copied().unwrap_or(0),
            "stats.{key}"
        );
    }
    assert_eq!(uint(stats, "suppressed"), sum("suppressed"));
    assert_eq!(uint(stats, "baselined"), sum("baselined"));
}

#[test]
fn json_output_of_the_fixtures_validates_and_is_consistent() {
    let validator = schema();
    let v = json_with(DRAFTS, 1);
    let errs = errors(&validator, &v);
    assert!(errs.is_empty(), "schema errors: {errs:#?}");
    assert_consistent(&v);
    let paths: Vec<&str> = array(&v, "drafts")
        .iter()
        .map(|d| str_of(d, "path"))
        .collect();
    assert_eq!(paths, DRAFTS, "drafts keep the input order");
    let sources: Vec<&str> = array(&v, "sources")
        .iter()
        .map(|s| str_of(s, "path"))
        .collect();
    assert_eq!(sources, [WIRE, STATE]);
    // The schema is only a real check if the output exercises it.
    let rules: BTreeSet<&str> = findings(&v).iter().map(|f| str_of(f, "rule")).collect();
    for r in [
        "CD101", "CD201", "CD203", "CD301", "CD302", "CD401", "CD402", "CD601", "CD602",
    ] {
        assert!(rules.contains(r), "no {r} finding: {rules:?}");
    }
    let kinds: BTreeSet<&str> = array(&v, "drafts")
        .iter()
        .flat_map(|d| array(d, "claims"))
        .map(|c| str_of(c, "kind"))
        .collect();
    assert_eq!(kinds.len(), 4, "every claim kind: {kinds:?}");
    // Each draft on its own gives the same result as among the others.
    for (i, d) in DRAFTS.iter().enumerate() {
        let one = json_with(["--fail-on", "never", d], 0);
        assert!(
            validator.is_valid(&one),
            "{d}: {:#?}",
            errors(&validator, &one)
        );
        assert_eq!(array(&one, "drafts")[0], array(&v, "drafts")[i], "{d}");
    }
}

#[test]
fn the_schema_rejects_what_the_output_never_holds() {
    let validator = schema();
    let v = json_with([BAD], 1);
    assert!(validator.is_valid(&v));
    let found = array(&array(&v, "drafts")[0], "findings");
    let pos = |rule: &str| {
        found
            .iter()
            .position(|f| f["rule"] == rule)
            .unwrap_or_else(|| panic!("a {rule} finding"))
    };
    let (quote, number, unsupported) = (pos("CD101"), pos("CD201"), pos("CD601"));
    type Mutation = Box<dyn Fn(&mut Value)>;
    let f = |i: usize| format!("/drafts/0/findings/{i}");
    // Set the member at a JSON pointer, adding it if it is new.
    let set = |ptr: String, x: Value| -> Mutation {
        Box::new(move |v: &mut Value| {
            let (parent, key) = ptr.rsplit_once('/').expect("a pointer");
            match v.pointer_mut(parent).expect("parent") {
                Value::Object(o) => {
                    o.insert(key.to_string(), x.clone());
                }
                Value::Array(a) => a[key.parse::<usize>().expect("index")] = x.clone(),
                other => panic!("{other} has no members"),
            }
        })
    };
    let remove = |ptr: String, key: &'static str| -> Mutation {
        Box::new(move |v: &mut Value| {
            v.pointer_mut(&ptr)
                .and_then(Value::as_object_mut)
                .expect("object")
                .remove(key);
        })
    };
    let cases: Vec<(&str, Mutation)> = vec![
        ("unknown top-level field", set("/extra".into(), 1.into())),
        ("schema version 2", set("/schema_version".into(), 2.into())),
        ("missing stats", remove(String::new(), "stats")),
        (
            "a compare-only rule",
            Box::new(move |v: &mut Value| {
                let x = &mut v["drafts"][0]["findings"][number];
                x["rule"] = "CD102".into();
                x["name"] = "wording-shift".into();
            }),
        ),
        (
            "a rule id with another rule's name",
            set(format!("{}/name", f(number)), "date-mismatch".into()),
        ),
        (
            "unknown severity",
            set(format!("{}/severity", f(number)), "fatal".into()),
        ),
        (
            "unknown field on a finding",
            set(format!("{}/note", f(number)), "x".into()),
        ),
        (
            "unknown field on a place",
            set(format!("{}/draft/note", f(number)), "x".into()),
        ),
        (
            "a place without its end line",
            remove(format!("{}/draft", f(number)), "end_line"),
        ),
        ("line 0", set(format!("{}/draft/line", f(number)), 0.into())),
        (
            "a word diff on a number finding",
            set(
                format!("{}/diff", f(number)),
                serde_json::json!([{"op": "equal", "text": "x"}]),
            ),
        ),
        ("a quote finding without its diff", remove(f(quote), "diff")),
        (
            "unknown diff op",
            set(format!("{}/diff/0/op", f(quote)), "replace".into()),
        ),
        (
            "a contradiction without a source",
            set(format!("{}/sources", f(number)), serde_json::json!([])),
        ),
        (
            "an unsupported claim with a source",
            Box::new(move |v: &mut Value| {
                let src = v["drafts"][0]["findings"][number]["sources"][0].clone();
                v["drafts"][0]["findings"][unsupported]["sources"] = serde_json::json!([src]);
            }),
        ),
        (
            "a short fingerprint",
            set(format!("{}/fingerprint", f(number)), "abc".into()),
        ),
        (
            "a finding without fingerprint",
            remove(f(number), "fingerprint"),
        ),
        (
            "unknown verdict",
            set("/drafts/0/claims/0/verdict".into(), "refuted".into()),
        ),
        (
            "unknown claim kind",
            set("/drafts/0/claims/0/kind".into(), "rumour".into()),
        ),
        (
            "a claim place outside every claim",
            set("/drafts/0/claims/0/place/claim".into(), Value::Null),
        ),
        (
            "a negative finding index",
            set(
                "/drafts/0/claims/0/findings".into(),
                serde_json::json!([-1]),
            ),
        ),
        (
            "a JSON Lines type tag inside the JSON output",
            set("/drafts/0/claims/0/type".into(), "claim".into()),
        ),
        (
            "a draft without suppressions",
            remove("/drafts/0".into(), "suppressions"),
        ),
        ("an unknown stats key", set("/stats/notes".into(), 1.into())),
        ("no sources", set("/sources".into(), serde_json::json!([]))),
    ];
    for (what, mutate) in cases {
        let mut bad = v.clone();
        mutate(&mut bad);
        assert_ne!(bad, v, "{what}: the mutation changes something");
        assert!(!validator.is_valid(&bad), "the schema accepts {what}");
    }
}

/// `check --format jsonl` lines with their type and path, checked against the record schema.
fn jsonl_records(args: &[&str]) -> Vec<(String, Option<String>, Value)> {
    let record = record_schema();
    let out = claimdiff()
        .args(["check", "--format", "jsonl", "--fail-on", "never"])
        .args(args)
        .args(["--source", WIRE, "--source", STATE])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.ends_with('\n'));
    text.lines()
        .map(|line| {
            let mut v: Value = serde_json::from_str(line).expect("each line is JSON");
            let errs = errors(&record, &v);
            assert!(errs.is_empty(), "{line}\n{errs:#?}");
            let obj = v.as_object_mut().expect("object");
            let ty = obj.remove("type").expect("type");
            assert_eq!(obj.remove("schema_version"), Some(1.into()));
            let path = match ty.as_str() {
                Some("claim" | "finding") => Some(
                    obj.remove("path")
                        .and_then(|p| p.as_str().map(str::to_string))
                        .expect("claim and finding records carry the draft's path"),
                ),
                _ => None,
            };
            (ty.as_str().expect("type").to_string(), path, v)
        })
        .collect()
}

#[test]
fn jsonl_lines_validate_and_carry_what_json_carries() {
    let json = json_with(["--fail-on", "never"].iter().chain(&DRAFTS), 0);
    let records = jsonl_records(&DRAFTS);
    // Sources, then claims and findings draft by draft, then one stats record.
    let mut want: Vec<(String, Option<String>, Value)> = array(&json, "sources")
        .iter()
        .map(|s| ("source".to_string(), None, s.clone()))
        .collect();
    for d in array(&json, "drafts") {
        let path = Some(str_of(d, "path").to_string());
        for c in array(d, "claims") {
            want.push(("claim".to_string(), path.clone(), c.clone()));
        }
        for f in array(d, "findings") {
            want.push(("finding".to_string(), path.clone(), f.clone()));
        }
    }
    want.push(("stats".to_string(), None, json["stats"].clone()));
    let types: Vec<&str> = records.iter().map(|r| r.0.as_str()).collect();
    assert_eq!(
        types,
        want.iter().map(|r| r.0.as_str()).collect::<Vec<_>>(),
        "record order"
    );
    for (got, want) in records.iter().zip(&want) {
        assert_eq!(got, want);
    }
    assert_eq!(
        records.iter().filter(|r| r.0 == "finding").count(),
        findings(&json).len(),
        "the same findings"
    );
    for (_, path, f) in records.iter().filter(|r| r.0 == "finding") {
        assert_eq!(path.as_deref(), f["draft"]["path"].as_str());
    }
    // A record under the wrong tag, or a claim record without its path, is rejected.
    let record = record_schema();
    let bad = serde_json::json!({"type": "stats", "schema_version": 1, "path": "a.txt",
        "outlet": "A", "date": null, "claims": 1});
    assert!(
        !record.is_valid(&bad),
        "a source under the stats tag validates"
    );
    let (_, _, claim) = records
        .iter()
        .find(|r| r.0 == "claim")
        .expect("a claim record");
    let mut no_path = claim.clone();
    no_path["type"] = "claim".into();
    no_path["schema_version"] = 1.into();
    assert!(
        !record.is_valid(&no_path),
        "a claim record without path validates"
    );
    no_path["path"] = BAD.into();
    assert!(
        record.is_valid(&no_path),
        "{:#?}",
        errors(&record, &no_path)
    );
}

#[test]
fn fail_on_and_exit_zero_set_the_exit_code() {
    for (args, code) in [
        (&[][..], 1),
        (&["--fail-on", "error"][..], 1),
        (&["--fail-on", "warning"][..], 1),
        (&["--fail-on", "never"][..], 0),
        (&["--exit-zero"][..], 0),
        (&["--exit-zero", "--fail-on", "warning"][..], 0),
    ] {
        let out = check(["--format", "json"].iter().chain(args).chain(&DRAFTS));
        assert_eq!(out.status.code(), Some(code), "{args:?}: {}", stderr(&out));
        assert!(out.stderr.is_empty(), "{}", stderr(&out));
        // The report is written whatever the exit code.
        let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
        assert_eq!(uint(&v["stats"], "errors"), 8);
    }
    for fail_on in ["error", "warning", "never"] {
        let out = check(["--fail-on", fail_on, GOOD]);
        assert_eq!(out.status.code(), Some(0), "good.md, --fail-on {fail_on}");
    }
}

/// A temporary directory holding an empty `claimdiff.toml`, so that no configuration
/// further up the tree is picked up.
fn workdir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("claimdiff.toml"), "").expect("write config");
    dir
}

/// A Markdown draft with front matter; `body` starts on line 6.
fn draft(dir: &Path, name: &str, body: &str) -> PathBuf {
    let p = dir.join(name);
    if let Some(parent) = p.parent() {
        std::fs::create_dir_all(parent).expect("mkdir");
    }
    std::fs::write(
        &p,
        format!("---\noutlet: Test Desk\ndate: 2025-10-17\n---\n\n{body}\n"),
    )
    .expect("write");
    p
}

/// A copy of a fixture draft in `dir`.
fn copy(dir: &Path, fixture: &str) -> PathBuf {
    let to = dir.join(Path::new(fixture).file_name().expect("file name"));
    std::fs::copy(root().join(fixture), &to).expect("copy");
    to
}

/// Line 8 of bad.md: two numbers the sources contradict, nothing else.
const NUMBERS: &str = "US President Donald Trump said on Thursday he would meet Vladimir Putin in Budapest after a two-hour phone call, the seventh between the two leaders this year.";
/// Line 16 of bad.md: a claim no source carries.
const UNSUPPORTED: &str =
    "Hungary's foreign minister said the summit would cost the city 40 million euros.";

fn rules_and_severities(v: &Value) -> Vec<(String, String)> {
    findings(v)
        .iter()
        .map(|f| {
            (
                str_of(f, "rule").to_string(),
                str_of(f, "severity").to_string(),
            )
        })
        .collect()
}

fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
    items
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn fail_on_warning_with_only_an_unsupported_claim() {
    let dir = workdir();
    let d = draft(dir.path(), "warn.md", UNSUPPORTED);
    let v = json_with([d.as_os_str()], 0);
    assert_eq!(rules_and_severities(&v), pairs(&[("CD601", "warning")]));
    let strict = check([os("--fail-on"), os("warning"), d.as_os_str()]);
    assert_eq!(
        strict.status.code(),
        Some(1),
        "a warning fails --fail-on warning"
    );
    let zero = check([
        os("--fail-on"),
        os("warning"),
        os("--exit-zero"),
        d.as_os_str(),
    ]);
    assert_eq!(zero.status.code(), Some(0));
}

#[test]
fn input_errors_exit_2_with_one_line_each() {
    let dir = workdir();
    let d = dir.path();
    let missing = d.join("missing.txt");
    let named = format!(
        "claimdiff: {}: no such file; check the path\n",
        missing.display()
    );

    // A missing source beside a readable one: named, the rest still checked and reported,
    // and --exit-zero does not hide it.
    for extra in [&[][..], &["--exit-zero"][..]] {
        let out = check(
            [
                os("--format"),
                os("json"),
                os(BAD),
                os("--source"),
                missing.as_os_str(),
            ]
            .into_iter()
            .chain(extra.iter().map(|s| os(s))),
        );
        assert_eq!(out.status.code(), Some(2), "{extra:?}");
        assert_eq!(stderr(&out), named);
        let v: Value = serde_json::from_slice(&out.stdout).expect("the rest is reported");
        let sources: Vec<&str> = array(&v, "sources")
            .iter()
            .map(|s| str_of(s, "path"))
            .collect();
        assert_eq!(sources, [WIRE, STATE]);
    }

    // No readable source at all.
    let out = check_bare([os(GOOD), os("--source"), missing.as_os_str()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty(), "{}", stdout(&out));
    assert_eq!(
        stderr(&out),
        format!("{named}claimdiff: check needs at least one readable source (--source FILE)\n")
    );

    // An empty draft, and a directory without articles.
    let empty = d.join("empty.md");
    std::fs::write(&empty, "\n  \n").expect("write");
    let nothing = d.join("nothing");
    std::fs::create_dir(&nothing).expect("mkdir");
    std::fs::write(nothing.join("notes.csv"), "a,b").expect("write");
    for (input, message) in [
        (&empty, "is empty; nothing to read"),
        (
            &nothing,
            "is a directory with no .txt, .md, .html or .json articles in it",
        ),
    ] {
        for exit_zero in [false, true] {
            let mut args = vec![os("--format"), os("json"), input.as_os_str(), os(GOOD)];
            if exit_zero {
                args.push(os("--exit-zero"));
            }
            let out = check(args);
            assert_eq!(out.status.code(), Some(2), "{}", input.display());
            let err = stderr(&out);
            assert_eq!(err.lines().count(), 1, "{err}");
            assert!(
                err.starts_with(&format!("claimdiff: {}: {message}", input.display())),
                "{err}"
            );
            let v: Value = serde_json::from_slice(&out.stdout).expect("good.md is reported");
            assert_eq!(array(&v, "drafts").len(), 1);
        }
    }

    // A malformed baseline is named with its line and column; nothing is checked.
    let baseline = d.join("baseline.json");
    for (text, at) in [
        ("{\"schema_version\": 1,\n  \"findings\": [}\n", "2:16"),
        ("{\"schema_version\": 1, \"findings\": 3}\n", "1:35"),
    ] {
        std::fs::write(&baseline, text).expect("write");
        let out = check([
            os(BAD),
            os("--baseline"),
            baseline.as_os_str(),
            os("--exit-zero"),
        ]);
        assert_eq!(out.status.code(), Some(2));
        assert!(out.stdout.is_empty());
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{err}");
        let prefix = format!(
            "claimdiff: {}:{at}: not a claimdiff baseline: ",
            baseline.display()
        );
        assert!(err.starts_with(&prefix), "{err}");
        assert!(!err.contains(" at line "), "the place is said once: {err}");
    }
}

#[test]
fn a_bad_configuration_names_key_file_and_place() {
    let dir = workdir();
    let d = dir.path();
    let good = copy(d, GOOD);
    for (text, line, col, what) in [
        (
            "[check]\nunsupported = \"quotes\"\nunsuported = \"off\"\n",
            3,
            1,
            "unknown field `unsuported`",
        ),
        (
            "[checks]\nunsupported = \"off\"\n",
            1,
            2,
            "unknown field `checks`",
        ),
        (
            "[check]\nunsupported = \"some\"\n",
            2,
            15,
            "unknown variant `some`",
        ),
        (
            "[rules]\nCD603 = \"off\"\n",
            2,
            1,
            "unknown rule `CD603` in [rules]",
        ),
    ] {
        // Found upwards from the draft, and given with --config.
        std::fs::write(d.join("claimdiff.toml"), text).expect("write");
        let explicit = d.join("explicit.toml");
        std::fs::write(&explicit, text).expect("write");
        for (args, file) in [
            (vec![good.as_os_str()], d.join("claimdiff.toml")),
            (
                vec![os("--config"), explicit.as_os_str(), os(GOOD)],
                explicit.clone(),
            ),
        ] {
            let out = check(&args);
            assert_eq!(out.status.code(), Some(2), "{text}");
            assert!(out.stdout.is_empty(), "no report with a bad configuration");
            let err = stderr(&out);
            assert_eq!(err.lines().count(), 1, "{err}");
            // The discovered file is named by its canonical path.
            let file = std::fs::canonicalize(&file).expect("canonical");
            let plain = format!("claimdiff: {}:{line}:{col}: ", file.display());
            let given = format!("claimdiff: {}:{line}:{col}: ", explicit.display());
            assert!(
                err.starts_with(&plain) || err.starts_with(&given),
                "{err} (wanted {plain})"
            );
            assert!(err.contains(what), "{err}");
        }
    }
}

#[test]
fn usage_errors_exit_2() {
    // No --source.
    let out = check_bare([GOOD]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(stderr(&out).contains("--source <FILE>"), "{}", stderr(&out));
    // No draft.
    assert_eq!(check_bare(["--source", WIRE]).status.code(), Some(2));
    // An unknown format or --fail-on level.
    let out = check(["--format", "xml", GOOD]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains(
            "[possible values: human, concise, json, jsonl, github, sarif, junit, markdown]"
        ),
        "{}",
        stderr(&out)
    );
    assert_eq!(check(["--fail-on", "info", GOOD]).status.code(), Some(2));
}

#[test]
fn a_draft_without_claims_passes_and_says_so() {
    let dir = workdir();
    let d = draft(
        dir.path(),
        "headline.md",
        "# Trump and Putin to meet in Budapest",
    );
    let out = check([os("--color"), os("never"), d.as_os_str()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(out.stderr.is_empty(), "{}", stderr(&out));
    let text = stdout(&out);
    let first = text.lines().next().expect("a header line");
    assert_eq!(
        first,
        format!(
            "{} — 0 claims: 0 supported, 0 contradicted, 0 unsupported",
            d.display()
        )
    );
    let last = text.lines().last().expect("a summary line");
    assert!(last.contains(": 0 claims — "), "{last}");
    assert!(last.contains("0 errors, 0 warnings, 0 info"), "{last}");
    let v = json_with([d.as_os_str()], 0);
    assert!(array(&array(&v, "drafts")[0], "claims").is_empty());
    assert!(schema().is_valid(&v));
}

/// `check --dump-config ARGS…`, parsed as TOML, with the comment line.
fn dump(args: &[&OsStr]) -> (String, toml::Table) {
    let out = check_bare([os("--dump-config")].iter().chain(args));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    let first = text.lines().next().unwrap_or("").to_string();
    let table: toml::Table = text.parse().expect("the dump is TOML");
    (first, table)
}

fn rule_levels(t: &toml::Table) -> BTreeMap<String, String> {
    t["rules"]
        .as_table()
        .expect("[rules]")
        .iter()
        .map(|(k, v)| (k.clone(), v.as_str().expect("a level").to_string()))
        .collect()
}

#[test]
fn dump_config_shows_the_file_found_upwards_and_every_rule() {
    let dir = workdir();
    let d = dir.path();
    std::fs::write(
        d.join("claimdiff.toml"),
        "[check]\nunsupported = \"quotes\"\nignore = [\"drafts/old/*.md\"]\n\n[rules]\nCD402 = \"off\"\nnumber-mismatch = \"warning\"\n\n[aliases]\n\"Yury Ushakov\" = [\"Y. Ushakov\"]\n",
    )
    .expect("write");
    let deep = draft(&d.join("drafts/today"), "x.md", UNSUPPORTED);
    let (first, t) = dump(&[deep.as_os_str()]);
    let found = std::fs::canonicalize(d.join("claimdiff.toml")).expect("canonical");
    assert_eq!(
        first,
        format!("# effective configuration, read from {}", found.display())
    );
    assert_eq!(t["check"]["unsupported"].as_str(), Some("quotes"));
    assert_eq!(
        t["check"]["ignore"].as_array().map(|a| a.len()),
        Some(1),
        "{t:#?}"
    );
    assert_eq!(t["aliases"]["Yury Ushakov"][0].as_str(), Some("Y. Ushakov"));
    let levels = rule_levels(&t);
    assert_eq!(
        levels.keys().map(String::as_str).collect::<Vec<_>>(),
        ALL_RULES,
        "every rule by id, names folded into ids"
    );
    assert_eq!(levels["CD402"], "off");
    assert_eq!(levels["CD201"], "warning", "set by name");
    assert_eq!(levels["CD101"], "error");
    assert_eq!(levels["CD601"], "warning");
    assert_eq!(levels["CD602"], "info");

    // The dump is a configuration: read back, it dumps the same.
    let again = d.join("dumped.toml");
    let out = check_bare([os("--dump-config"), deep.as_os_str()]);
    std::fs::write(&again, &out.stdout).expect("write");
    let (first2, t2) = dump(&[os("--config"), again.as_os_str(), deep.as_os_str()]);
    assert!(first2.ends_with(&again.display().to_string()), "{first2}");
    assert_eq!(t2, t);

    // And it is what the run uses: CD201 as a warning, no unsupported non-quote claims.
    let numbers = draft(
        &d.join("drafts/today"),
        "numbers.md",
        &format!("{NUMBERS}\n\n{UNSUPPORTED}"),
    );
    let v = json_with([numbers.as_os_str()], 0);
    assert_eq!(
        rules_and_severities(&v),
        pairs(&[("CD201", "warning"), ("CD201", "warning")])
    );

    // An empty file: the defaults.
    let plain = workdir();
    let x = draft(plain.path(), "x.md", UNSUPPORTED);
    let (_, t) = dump(&[x.as_os_str()]);
    assert_eq!(t["check"]["unsupported"].as_str(), Some("all"));
    let levels = rule_levels(&t);
    assert_eq!(levels.len(), ALL_RULES.len());
    assert_eq!(levels["CD402"], "warning");
    assert_eq!(levels["CD201"], "error");
}

#[test]
fn unsupported_off_drops_cd601_and_nothing_else() {
    let dir = workdir();
    let bad = copy(dir.path(), BAD);
    let all = json_with([bad.as_os_str()], 1);
    std::fs::write(
        dir.path().join("claimdiff.toml"),
        "[check]\nunsupported = \"off\"\n",
    )
    .expect("write");
    let off = json_with([bad.as_os_str()], 1);
    let mut want = finding_keys(&all);
    let before = want.len();
    want.retain(|k| k.0 != "CD601");
    assert_eq!(want.len(), before - 1, "bad.md has one CD601");
    assert_eq!(finding_keys(&off), want);
    // The claim is still unsupported; it just is not reported.
    assert_eq!(off["stats"]["unsupported"], all["stats"]["unsupported"]);
    assert_eq!(
        uint(&off["stats"], "warnings"),
        uint(&all["stats"], "warnings") - 1
    );

    // "quotes": a quote no source carries is still reported, a reported claim is not.
    let quote = draft(
        dir.path(),
        "quote.md",
        &format!(
            "{UNSUPPORTED}\n\n\"The summit will bring peace to the whole of Europe,\" the Hungarian foreign minister said."
        ),
    );
    std::fs::write(
        dir.path().join("claimdiff.toml"),
        "[check]\nunsupported = \"quotes\"\n",
    )
    .expect("write");
    let v = json_with([quote.as_os_str()], 0);
    let lines: Vec<(String, usize)> = finding_keys(&v).into_iter().map(|k| (k.0, k.1)).collect();
    assert_eq!(lines, [("CD601".to_string(), 8)], "{v:#}");
    assert!(str_of(findings(&v)[0], "message").contains("quote"));
}

#[test]
fn a_rule_set_to_warning_no_longer_fails_the_run() {
    let dir = workdir();
    let d = draft(dir.path(), "numbers.md", NUMBERS);
    let v = json_with([d.as_os_str()], 1);
    assert_eq!(
        rules_and_severities(&v),
        pairs(&[("CD201", "error"), ("CD201", "error")])
    );
    for key in ["CD201", "number-mismatch"] {
        std::fs::write(
            dir.path().join("claimdiff.toml"),
            format!("[rules]\n{key} = \"warning\"\n"),
        )
        .expect("write");
        let v = json_with([d.as_os_str()], 0);
        assert_eq!(
            rules_and_severities(&v),
            pairs(&[("CD201", "warning"), ("CD201", "warning")]),
            "{key}"
        );
        let strict = check([os("--fail-on"), os("warning"), d.as_os_str()]);
        assert_eq!(strict.status.code(), Some(1));
    }
    std::fs::write(
        dir.path().join("claimdiff.toml"),
        "[rules]\nCD201 = \"off\"\n",
    )
    .expect("write");
    let v = json_with([d.as_os_str()], 0);
    assert!(findings(&v).is_empty(), "{v:#}");
    // A verdict of contradicted needs a finding; with the rule off there is none.
    assert_ne!(
        array(&array(&v, "drafts")[0], "claims")[0]["verdict"],
        "contradicted"
    );
}

#[test]
fn ignore_patterns_skip_matching_drafts() {
    let dir = workdir();
    let d = dir.path();
    std::fs::write(
        d.join("claimdiff.toml"),
        "[check]\nignore = [\"drafts/skip*.md\"]\n",
    )
    .expect("write");
    let keep = draft(&d.join("drafts"), "keep.md", UNSUPPORTED);
    let skip = draft(&d.join("drafts"), "skip-numbers.md", NUMBERS);
    let folder = d.join("drafts");
    for args in [
        vec![keep.as_os_str(), skip.as_os_str()],
        vec![folder.as_os_str()],
    ] {
        let v = json_with(&args, 0);
        let paths: Vec<&str> = array(&v, "drafts")
            .iter()
            .map(|x| str_of(x, "path"))
            .collect();
        assert_eq!(paths, [keep.to_str().expect("UTF-8 path")], "{args:?}");
        assert_eq!(rules_and_severities(&v), pairs(&[("CD601", "warning")]));
    }
    // Without the pattern the skipped draft is checked (and fails the run).
    std::fs::write(d.join("claimdiff.toml"), "").expect("write");
    let v = json_with([keep.as_os_str(), skip.as_os_str()], 1);
    assert_eq!(array(&v, "drafts").len(), 2);
}

/// Replace `from` by `to` in a file, which must contain it.
fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).expect("read");
    assert!(text.contains(from), "{} lacks {from:?}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).expect("write");
}

#[test]
fn suppression_comments_hide_what_they_name() {
    let dir = workdir();
    let sup = copy(dir.path(), SUPPRESSED);
    let v = json_with([sup.as_os_str()], 0);
    let d = &array(&v, "drafts")[0];
    assert_eq!(
        finding_keys(&v),
        [(
            "CD602".to_string(),
            19,
            "claimdiff: ignore-next-line CD203".to_string()
        )]
    );
    assert_eq!(str_of(findings(&v)[0], "severity"), "info");
    assert_eq!(uint(&v["stats"], "suppressed"), 5);
    let uses: Vec<(usize, usize)> = array(d, "suppressions")
        .iter()
        .map(|s| (uint(s, "line"), uint(s, "suppressed")))
        .collect();
    assert_eq!(uses, [(8, 2), (11, 1), (13, 2), (19, 0)]);
    assert_consistent(&v);

    // Without a comment, its findings come back.
    edit(&sup, "<!-- claimdiff: ignore-line quote-altered -->", "");
    let v = json_with([sup.as_os_str()], 1);
    let keys = finding_keys(&v);
    assert_eq!(keys.len(), 2, "{keys:?}");
    assert_eq!((keys[0].0.as_str(), keys[0].1), ("CD101", 11));
    assert_eq!(uint(&v["stats"], "suppressed"), 4);

    // An unknown rule id is reported, and silences nothing.
    edit(
        &sup,
        "<!-- claimdiff: ignore-next-line CD201 -->",
        "<!-- claimdiff: ignore-next-line CD2O1 -->",
    );
    let v = json_with([sup.as_os_str()], 1);
    let keys = finding_keys(&v);
    let rules: Vec<(&str, usize)> = keys.iter().map(|k| (k.0.as_str(), k.1)).collect();
    assert_eq!(
        rules,
        [
            ("CD602", 8),
            ("CD201", 9),
            ("CD201", 9),
            ("CD101", 11),
            ("CD602", 19)
        ]
    );
    let message = str_of(findings(&v)[0], "message");
    assert!(message.contains("CD2O1"), "{message}");
    assert!(message.contains("unknown rule"), "{message}");

    // Beside a known rule that does suppress, the unknown id is still reported.
    edit(
        &sup,
        "<!-- claimdiff: ignore-next-line CD2O1 -->",
        "<!-- claimdiff: ignore-next-line CD201, CD2O3 -->",
    );
    let v = json_with([sup.as_os_str()], 1);
    let f = findings(&v)[0];
    assert_eq!((str_of(f, "rule"), uint(&f["draft"], "line")), ("CD602", 8));
    assert!(str_of(f, "message").contains("unknown rule CD2O3"), "{f}");
    assert!(!finding_keys(&v).iter().any(|k| k.0 == "CD201"));
    assert!(schema().is_valid(&v));
    assert_consistent(&v);
}

#[test]
fn comment_styles_markdown_link_reference_and_tight_html() {
    let dir = workdir();
    let d = draft(
        dir.path(),
        "styles.md",
        &format!(
            "<!--claimdiff: ignore-next-line-->\n{NUMBERS}\n\n[//]: # (claimdiff: ignore-next-line CD203)\n{UNSUPPORTED}"
        ),
    );
    let v = json_with([d.as_os_str()], 0);
    let keys = finding_keys(&v);
    let rules: Vec<(&str, usize)> = keys.iter().map(|k| (k.0.as_str(), k.1)).collect();
    // The tight HTML comment hides both numbers; the link-reference one hides nothing.
    assert_eq!(rules, [("CD602", 9), ("CD601", 10)], "{keys:?}");
    assert_eq!(
        keys[0].2, "claimdiff: ignore-next-line CD203",
        "without the `)`"
    );
    assert_eq!(
        str_of(findings(&v)[0], "message"),
        "`claimdiff: ignore-next-line CD203` suppressed nothing"
    );
    assert_eq!(uint(&v["stats"], "suppressed"), 2);
    assert_consistent(&v);

    // CRLF line ends: the same comments on the same lines.
    let crlf = dir.path().join("crlf.md");
    let text = input_text(SUPPRESSED).replace('\n', "\r\n");
    std::fs::write(&crlf, text).expect("write");
    let v = json_with([crlf.as_os_str()], 0);
    let lf = json_with([SUPPRESSED], 0);
    assert_eq!(finding_keys(&v), finding_keys(&lf));
    assert_eq!(
        array(&v, "drafts")[0]["suppressions"],
        array(&lf, "drafts")[0]["suppressions"]
    );
    assert_consistent(&v);
}

#[test]
fn suppression_in_a_plain_text_draft() {
    let dir = workdir();
    let header = "outlet: Test Desk\ndate: 2025-10-17\n\n";
    let txt = dir.path().join("draft.txt");
    std::fs::write(&txt, format!("{header}{NUMBERS}\n")).expect("write");
    let plain = json_with([txt.as_os_str()], 1);
    assert_eq!(
        rules_and_severities(&plain),
        pairs(&[("CD201", "error"), ("CD201", "error")])
    );

    std::fs::write(
        &txt,
        format!("{header}# claimdiff: ignore-next-line CD201\n{NUMBERS}\n"),
    )
    .expect("write");
    let v = json_with([txt.as_os_str()], 0);
    assert!(findings(&v).is_empty(), "{v:#}");
    assert_eq!(uint(&v["stats"], "suppressed"), 2);
    // The comment line is no claim and no part of one: the draft has the same one claim,
    // one line further down.
    let claims = array(&array(&v, "drafts")[0], "claims");
    let before = array(&array(&plain, "drafts")[0], "claims");
    assert_eq!(claims.len(), before.len());
    for (c, b) in claims.iter().zip(before) {
        assert_eq!(c["place"]["text"], b["place"]["text"]);
        assert_eq!(uint(&c["place"], "line"), uint(&b["place"], "line") + 1);
        assert!(!str_of(&c["place"], "text").contains("claimdiff"));
    }
    let out = claimdiff()
        .args(["extract", "--format", "json"])
        .arg(&txt)
        .output()
        .expect("runs");
    assert!(
        !stdout(&out).contains("ignore-next-line"),
        "extract keeps the comment out"
    );
    assert_consistent(&v);
}

/// `check --format json` on `draft` with `--baseline`, expecting exit 0.
fn baselined(draft: &Path, baseline: &Path) -> Value {
    json_with(
        [draft.as_os_str(), os("--baseline"), baseline.as_os_str()],
        0,
    )
}

#[test]
fn baseline_hides_known_findings_across_line_moves() {
    let dir = workdir();
    let bad = copy(dir.path(), BAD);
    let file = dir.path().join("baseline.json");
    let out = check([bad.as_os_str(), os("--write-baseline"), file.as_os_str()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(out.stdout.is_empty(), "{}", stdout(&out));
    assert_eq!(
        stderr(&out),
        format!("claimdiff: wrote 11 fingerprints to {}\n", file.display())
    );
    let now = json_with([bad.as_os_str()], 1);
    let written: Value =
        serde_json::from_str(&std::fs::read_to_string(&file).expect("written")).expect("JSON");
    assert_eq!(written["schema_version"], 1);
    let entries = array(&written, "findings");
    assert_eq!(entries.len(), findings(&now).len(), "one entry per finding");
    for (e, f) in entries.iter().zip(findings(&now)) {
        assert_eq!(e["fingerprint"], f["fingerprint"]);
        assert_eq!(e["rule"], f["rule"]);
        assert_eq!(e["line"], f["draft"]["line"]);
        assert_eq!(e["text"], f["draft"]["text"]);
        assert_eq!(e["path"], Value::from(bad.to_str().expect("UTF-8")));
    }

    let v = baselined(&bad, &file);
    assert!(findings(&v).is_empty(), "{v:#}");
    assert_eq!(uint(&v["stats"], "baselined"), 11);
    assert_eq!(uint(&array(&v, "drafts")[0], "baselined"), 11);
    assert!(schema().is_valid(&v));

    // A blank line at the top of the body moves every finding a line down…
    edit(&bad, "---\n\n# Trump", "---\n\n\n# Trump");
    let moved = json_with([bad.as_os_str()], 1);
    let lines = |v: &Value| -> Vec<usize> {
        findings(v)
            .iter()
            .map(|f| uint(&f["draft"], "line"))
            .collect()
    };
    assert_eq!(
        lines(&moved),
        lines(&now).iter().map(|l| l + 1).collect::<Vec<_>>()
    );
    // …and the baseline still hides them all.
    let v = baselined(&bad, &file);
    assert!(findings(&v).is_empty(), "{v:#}");
    assert_eq!(uint(&v["stats"], "baselined"), 11);

    // A changed number is a new finding; its neighbour in the same sentence stays hidden.
    edit(&bad, "the seventh between", "the sixth between");
    let v = json_with([bad.as_os_str(), os("--baseline"), file.as_os_str()], 1);
    assert_eq!(
        finding_keys(&v),
        [("CD201".to_string(), 9, "sixth".to_string())]
    );
    assert_eq!(uint(&v["stats"], "baselined"), 10);
}

/// The human report of `args` without colour.
fn human(args: &[&str]) -> String {
    let out = check(["--color", "never"].iter().chain(args));
    let text = stdout(&out);
    assert!(
        !text.contains('\u{1b}'),
        "no ANSI escapes with --color never"
    );
    text
}

#[test]
fn human_report_underlines_each_finding_in_its_line() {
    let v = json_with([BAD], 1);
    let text = human(&[BAD]);
    let lines: Vec<&str> = text.lines().collect();
    let draft_lines: Vec<String> = input_text(BAD).lines().map(str::to_string).collect();
    assert!(text.contains("error[CD201] number-mismatch: "), "{text}");
    for f in findings(&v) {
        let p = &f["draft"];
        let (line, column) = (uint(p, "line"), uint(p, "column"));
        let head = format!(
            "{}[{}] {}: {}",
            str_of(f, "severity"),
            str_of(f, "rule"),
            str_of(f, "name"),
            str_of(f, "message")
        );
        let at = lines
            .iter()
            .position(|l| *l == head)
            .unwrap_or_else(|| panic!("no line {head:?} in\n{text}"));
        // Several findings may share a head; take the one at this place.
        let arrow = format!("  --> {BAD}:{line}:{column}");
        let at = (at..lines.len())
            .find(|&i| lines[i] == head && lines.get(i + 1) == Some(&arrow.as_str()))
            .unwrap_or_else(|| panic!("no {arrow:?} after {head:?}"));
        let num = line.to_string();
        let pad = " ".repeat(num.len());
        assert_eq!(lines[at + 2], format!("{pad} |"));
        assert_eq!(lines[at + 3], format!("{num} | {}", draft_lines[line - 1]));
        let carets = lines[at + 4]
            .strip_prefix(&format!("{pad} | "))
            .unwrap_or_else(|| panic!("caret line {:?}", lines[at + 4]));
        let width = carets.trim_start().len();
        assert_eq!(
            carets.len() - width,
            column - 1,
            "carets start under the span"
        );
        assert!(carets.trim_start().chars().all(|c| c == '^'));
        if uint(p, "end_line") == line {
            assert_eq!(
                width,
                uint(p, "end_column") - column,
                "carets as wide as the span"
            );
        }
        for (k, s) in array(f, "sources").iter().enumerate() {
            let want = format!(
                "   = source {}:{}:{} ({}): ",
                str_of(s, "path"),
                uint(s, "line"),
                uint(s, "column"),
                str_of(s, "outlet")
            );
            assert!(
                lines[at + 5 + k].starts_with(&want),
                "{:?} vs {want:?}",
                lines[at + 5 + k]
            );
        }
    }
    assert!(
        text.contains("   = diff (draft → source) "),
        "quote findings carry a diff"
    );
    let stats = &v["stats"];
    assert_eq!(
        lines.last().copied(),
        Some(
            format!(
                "1 draft against 2 sources: {} claims — {} supported, {} contradicted, {} unsupported; {} errors, {} warnings, {} info",
                uint(stats, "claims"),
                uint(stats, "supported"),
                uint(stats, "contradicted"),
                uint(stats, "unsupported"),
                uint(stats, "errors"),
                uint(stats, "warnings"),
                uint(stats, "infos")
            )
            .as_str()
        )
    );
    assert!(
        !text.contains("supported: "),
        "supported claims only on request"
    );

    // --show-supported lists the supported claims with their sources.
    let shown = human(&["--show-supported", BAD, GOOD]);
    let all = json_with([BAD, GOOD], 1);
    let mut supported = 0;
    for d in array(&all, "drafts") {
        for c in array(d, "claims")
            .iter()
            .filter(|c| c["verdict"] == "supported")
        {
            let p = &c["place"];
            let want = format!(
                "supported: {}:{}:{} ",
                str_of(d, "path"),
                uint(p, "line"),
                uint(p, "column")
            );
            assert!(shown.contains(&want), "no {want:?} in\n{shown}");
            supported += 1;
        }
    }
    assert_eq!(supported, 6);
    assert_eq!(shown.matches("\nsupported: ").count(), supported);
    // The summary of suppressed findings.
    let sup = human(&[SUPPRESSED]);
    assert!(
        sup.lines()
            .last()
            .is_some_and(|l| l.ends_with("1 info (5 suppressed, 0 in the baseline)")),
        "{sup}"
    );
}

#[test]
fn concise_and_markdown_formats() {
    let v = json_with(DRAFTS, 1);
    let n = findings(&v).len();
    let out = check(["--format", "concise"].iter().chain(&DRAFTS));
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    let re = regex::Regex::new(r"^(\S+):(\d+):(\d+): (error|warning|info)\[(CD\d{3})\] .+$")
        .expect("regex");
    assert_eq!(text.lines().count(), n);
    for (line, f) in text.lines().zip(findings(&v)) {
        let c = re
            .captures(line)
            .unwrap_or_else(|| panic!("not path:line:col: severity[RULE] message: {line:?}"));
        assert_eq!(&c[1], str_of(&f["draft"], "path"));
        assert_eq!(c[2].parse::<usize>().ok(), Some(uint(&f["draft"], "line")));
        assert_eq!(
            c[3].parse::<usize>().ok(),
            Some(uint(&f["draft"], "column"))
        );
        assert_eq!(&c[4], str_of(f, "severity"));
        assert_eq!(&c[5], str_of(f, "rule"));
    }
    assert!(stdout(&check(["--format", "concise", GOOD])).is_empty());

    let human_last = human(&DRAFTS).lines().last().expect("summary").to_string();
    for show in [false, true] {
        let mut args = vec!["--format", "markdown"];
        if show {
            args.push("--show-supported");
        }
        let out = check(args.iter().chain(&DRAFTS));
        assert_eq!(out.status.code(), Some(1));
        let md = stdout(&out);
        assert_eq!(
            md.lines().next(),
            Some(format!("## claimdiff check: {human_last}").as_str())
        );
        let sections: Vec<&str> = md
            .lines()
            .filter(|l| l.starts_with("### ") && !l.contains("supported claims"))
            .collect();
        assert_eq!(sections.len(), n, "one section per finding");
        for (s, f) in sections.iter().zip(findings(&v)) {
            assert!(
                s.contains(&format!(
                    "{} {} — `{}:{}:{}`",
                    str_of(f, "rule"),
                    str_of(f, "name"),
                    str_of(&f["draft"], "path"),
                    uint(&f["draft"], "line"),
                    uint(&f["draft"], "column")
                )),
                "{s}"
            );
        }
        assert_eq!(md.contains("### ✅ supported claims"), show);
        for d in DRAFTS {
            assert!(md.contains(&format!("| `{d}` |")), "a table row for {d}");
        }
    }
}

#[test]
fn one_and_two_threads_give_byte_identical_reports() {
    for format in ["json", "jsonl", "human"] {
        let run = |threads: &str| {
            let out = check(
                ["--format", format, "--color", "never", "-j", threads]
                    .iter()
                    .chain(&DRAFTS),
            );
            assert_eq!(out.status.code(), Some(1), "{format}: {}", stderr(&out));
            out.stdout
        };
        let one = run("1");
        assert!(one.len() > 1000, "{format}: a real report");
        assert!(one == run("2"), "{format}: -j 1 and -j 2 differ");
    }
}
