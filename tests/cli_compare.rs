//! `claimdiff compare` from the command line: the JSON and JSON Lines outputs against
//! docs/schema/compare.schema.json, symmetry (comparing A with B mirrors B with A), the same
//! output for any thread count, exit codes, directory and glob inputs, the human, Markdown
//! and HTML formats, `-o`, a reader that closes the pipe early, and `claimdiff.toml`.
//!
//! The fixture sets are passed as relative paths from the repository root, so the paths in
//! the output do not depend on where the repository is checked out.

use std::collections::{BTreeMap, BTreeSet};
use std::ffi::OsStr;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};

use serde_json::Value;

mod common;
use common::*;

/// The Budapest summit set, in the order `fixtures/budapest-summit/*.txt
/// fixtures/budapest-summit/*.md` gives.
const BUDAPEST: [&str; 8] = [
    "fixtures/budapest-summit/broadsheet.txt",
    "fixtures/budapest-summit/european.txt",
    "fixtures/budapest-summit/liveblog.txt",
    "fixtures/budapest-summit/regional.txt",
    "fixtures/budapest-summit/state-media.txt",
    "fixtures/budapest-summit/tabloid.txt",
    "fixtures/budapest-summit/wire.txt",
    "fixtures/budapest-summit/aggregator.md",
];

/// The quake set, in the sorted order a directory argument gives.
const QUAKE: [&str; 5] = [
    "fixtures/quake/aggregator.md",
    "fixtures/quake/broadcaster.txt",
    "fixtures/quake/local.txt",
    "fixtures/quake/tabloid.txt",
    "fixtures/quake/wire.txt",
];

/// `claimdiff compare ARGS…`.
fn compare<I, S>(args: I) -> Output
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    claimdiff()
        .arg("compare")
        .args(args)
        .output()
        .expect("runs")
}

/// `compare --format json --fail-on never FILES…`, parsed; the run must succeed.
fn json_of<S: AsRef<OsStr>>(files: &[S]) -> Value {
    let out = claimdiff()
        .args(["compare", "--format", "json", "--fail-on", "never"])
        .args(files)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
    serde_json::from_slice(&out.stdout).expect("stdout is JSON")
}

/// The schema of `--format json`.
fn schema() -> jsonschema::Validator {
    output_validator("compare")
}

/// The schema of one `--format jsonl` line.
fn record_schema() -> jsonschema::Validator {
    record_validator("compare")
}

fn array<'a>(v: &'a Value, key: &str) -> &'a Vec<Value> {
    v[key]
        .as_array()
        .unwrap_or_else(|| panic!("`{key}` is an array"))
}

/// Every location of a finding: primary, related, supporting.
fn locations(f: &Value) -> impl Iterator<Item = &Value> {
    std::iter::once(&f["primary"])
        .chain(array(f, "related"))
        .chain(f["supporting"].as_array().into_iter().flatten())
}

/// A finding independent of document numbering and of which side is primary: its rule,
/// its severity and the sorted places of its primary and related locations.
type FindingKey = (String, String, Vec<(String, u64, u64)>);

fn finding_key(f: &Value) -> FindingKey {
    let mut places: Vec<(String, u64, u64)> = std::iter::once(&f["primary"])
        .chain(array(f, "related"))
        .map(|l| {
            (
                str_of(l, "path").to_string(),
                l["span"]["start"].as_u64().expect("start"),
                l["span"]["end"].as_u64().expect("end"),
            )
        })
        .collect();
    places.sort();
    (
        str_of(f, "rule").to_string(),
        str_of(f, "severity").to_string(),
        places,
    )
}

/// The findings as a multiset of [`finding_key`]s.
fn finding_set(v: &Value) -> BTreeMap<FindingKey, usize> {
    let mut m = BTreeMap::new();
    for f in array(v, "findings") {
        *m.entry(finding_key(f)).or_insert(0) += 1;
    }
    m
}

/// The clusters as a multiset of (members as (path, claim id), status).
fn cluster_set(v: &Value) -> BTreeMap<(Vec<(String, String)>, String), usize> {
    let paths: Vec<&str> = array(v, "documents")
        .iter()
        .map(|d| str_of(d, "path"))
        .collect();
    let mut m = BTreeMap::new();
    for c in array(v, "clusters") {
        let mut members: Vec<(String, String)> = array(c, "members")
            .iter()
            .map(|x| {
                (
                    paths[uint(x, "document")].to_string(),
                    str_of(x, "claim").to_string(),
                )
            })
            .collect();
        members.sort();
        *m.entry((members, str_of(c, "status").to_string()))
            .or_insert(0) += 1;
    }
    m
}

/// 1-based (line, column) of byte `at` in `text`; lines end at `\n`, `\r\n` or `\r`.
fn line_col(text: &str, at: usize) -> (usize, usize) {
    let before = text.get(..at).expect("span starts on a character boundary");
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

/// What the schema cannot say: ids are indices, every cross-reference resolves, every
/// location agrees with its document, spans point where their line and column say, the
/// findings are sorted and the stats count what is there.
fn assert_consistent(v: &Value) {
    let docs = array(v, "documents");
    let clusters = array(v, "clusters");
    let findings = array(v, "findings");
    for (key, items) in [("documents", docs), ("speakers", array(v, "speakers"))] {
        for (i, x) in items.iter().enumerate() {
            assert_eq!(uint(x, "id"), i, "{key}[{i}] has id {}", x["id"]);
        }
    }
    let texts: Vec<String> = docs
        .iter()
        .map(|d| {
            let raw = std::fs::read_to_string(root().join(str_of(d, "path"))).expect("input");
            raw.strip_prefix('\u{feff}').unwrap_or(&raw).to_string()
        })
        .collect();
    for (i, c) in clusters.iter().enumerate() {
        assert_eq!(uint(c, "id"), i);
        let members: Vec<usize> = array(c, "members")
            .iter()
            .map(|m| uint(m, "document"))
            .collect();
        assert!(
            members.windows(2).all(|w| w[0] < w[1]) && members.iter().all(|&d| d < docs.len()),
            "cluster {i}: one member per document, in document order: {members:?}"
        );
        assert_eq!(
            str_of(c, "status") == "single",
            members.len() == 1,
            "cluster {i}: single exactly when one document carries it"
        );
    }
    for f in findings {
        if let Some(ci) = f["cluster"].as_u64() {
            assert!((ci as usize) < clusters.len(), "dangling cluster in {f}");
        }
        for l in locations(f) {
            let d = uint(l, "document");
            assert!(d < docs.len(), "dangling document in {l}");
            assert_eq!(l["path"], docs[d]["path"]);
            assert_eq!(l["outlet"], docs[d]["outlet"]);
            let s = &l["span"];
            let (start, end) = (uint(s, "start"), uint(s, "end"));
            assert!(start <= end && end <= texts[d].len(), "span {s} in {l}");
            assert_eq!(
                line_col(&texts[d], start),
                (uint(s, "line"), uint(s, "column")),
                "line and column of {l}"
            );
        }
    }
    let order = |f: &Value| {
        (
            str_of(&f["primary"], "path").to_string(),
            uint(&f["primary"]["span"], "line"),
            uint(&f["primary"]["span"], "column"),
            str_of(f, "rule").to_string(),
            str_of(f, "message").to_string(),
        )
    };
    assert!(
        findings.windows(2).all(|w| order(&w[0]) <= order(&w[1])),
        "findings are sorted by path, line, column, rule and message"
    );
    let stats = &v["stats"];
    let claims: usize = docs.iter().map(|d| uint(d, "claims")).sum();
    assert_eq!(uint(stats, "claims"), claims);
    assert_eq!(uint(stats, "clusters"), clusters.len());
    let status = |s: &str| clusters.iter().filter(|c| c["status"] == s).count();
    assert_eq!(uint(stats, "agreements"), status("agree"));
    assert_eq!(uint(stats, "conflicts"), status("conflict"));
    let mut per_rule: BTreeMap<String, Value> = BTreeMap::new();
    for f in findings {
        let n = per_rule
            .entry(str_of(f, "rule").to_string())
            .or_insert(0.into());
        *n = (n.as_u64().expect("count") + 1).into();
    }
    let counted: BTreeMap<String, Value> = stats["findings"]
        .as_object()
        .expect("stats.findings")
        .iter()
        .map(|(k, n)| (k.clone(), n.clone()))
        .collect();
    assert_eq!(
        counted, per_rule,
        "stats.findings counts the findings per rule"
    );
}

#[test]
fn json_output_of_both_fixture_sets_validates_and_is_consistent() {
    let validator = schema();
    for (set, files) in [("budapest", &BUDAPEST[..]), ("quake", &QUAKE[..])] {
        let v = json_of(files);
        let errs = errors(&validator, &v);
        assert!(errs.is_empty(), "{set}: schema errors: {errs:#?}");
        assert_consistent(&v);
        assert_eq!(array(&v, "documents").len(), files.len());
        for (d, f) in array(&v, "documents").iter().zip(files) {
            assert_eq!(d["path"], *f, "documents keep the input order");
        }
        // Both sets are built to trigger every rule but CD202 in the quake set; the schema
        // is only a real check if the output exercises it.
        let rules: BTreeSet<&str> = array(&v, "findings")
            .iter()
            .map(|f| str_of(f, "rule"))
            .collect();
        for r in [
            "CD101", "CD102", "CD201", "CD203", "CD204", "CD301", "CD302", "CD401", "CD402",
            "CD501",
        ] {
            assert!(rules.contains(r), "{set}: no {r} finding: {rules:?}");
        }
        let diffs = array(&v, "findings")
            .iter()
            .filter(|f| f.get("diff").is_some())
            .count();
        assert!(diffs > 0, "{set}: quote findings carry a word diff");
    }
}

#[test]
fn the_schema_rejects_what_the_output_never_holds() {
    let validator = schema();
    let v = json_of(&QUAKE);
    assert!(validator.is_valid(&v));
    let findings = array(&v, "findings");
    let quote = findings
        .iter()
        .position(|f| f["rule"] == "CD101")
        .expect("a CD101 finding");
    let number = findings
        .iter()
        .position(|f| f["rule"] == "CD201")
        .expect("a CD201 finding");
    type Mutation = Box<dyn Fn(&mut Value)>;
    let cases: Vec<(&str, Mutation)> = vec![
        (
            "unknown top-level field",
            Box::new(|v: &mut Value| v["extra"] = 1.into()),
        ),
        (
            "missing speakers",
            Box::new(|v: &mut Value| {
                v.as_object_mut().expect("object").remove("speakers");
            }),
        ),
        (
            "schema version 2",
            Box::new(|v: &mut Value| v["schema_version"] = 2.into()),
        ),
        (
            "unknown rule id",
            Box::new(move |v: &mut Value| v["findings"][number]["rule"] = "CD999".into()),
        ),
        (
            "rule id with another rule's name",
            Box::new(move |v: &mut Value| v["findings"][number]["name"] = "quote-altered".into()),
        ),
        (
            "unknown severity",
            Box::new(move |v: &mut Value| v["findings"][number]["severity"] = "fatal".into()),
        ),
        (
            "unknown field on a finding",
            Box::new(move |v: &mut Value| v["findings"][number]["note"] = "x".into()),
        ),
        (
            "unknown field on a location",
            Box::new(move |v: &mut Value| v["findings"][number]["primary"]["note"] = "x".into()),
        ),
        (
            "a word diff on a number finding",
            Box::new(move |v: &mut Value| {
                v["findings"][number]["diff"] = serde_json::json!([{"op": "equal", "text": "x"}]);
            }),
        ),
        (
            "a quote finding without its diff",
            Box::new(move |v: &mut Value| {
                v["findings"][quote]
                    .as_object_mut()
                    .expect("object")
                    .remove("diff");
            }),
        ),
        (
            "a conflict without related locations",
            Box::new(move |v: &mut Value| v["findings"][quote]["related"] = serde_json::json!([])),
        ),
        (
            "an empty supporting list (it is left out instead)",
            Box::new(move |v: &mut Value| {
                v["findings"][number]["supporting"] = serde_json::json!([])
            }),
        ),
        (
            "unknown diff op",
            Box::new(move |v: &mut Value| v["findings"][quote]["diff"][0]["op"] = "replace".into()),
        ),
        (
            "a JSON Lines type tag inside the JSON output",
            Box::new(|v: &mut Value| v["clusters"][0]["type"] = "cluster".into()),
        ),
        (
            "unknown cluster status",
            Box::new(|v: &mut Value| v["clusters"][0]["status"] = "disagree".into()),
        ),
        (
            "a role without its document",
            Box::new(|v: &mut Value| {
                v["speakers"][0]["roles"] = serde_json::json!([["spokesman"]])
            }),
        ),
        (
            "an unknown rule in the stats",
            Box::new(|v: &mut Value| v["stats"]["findings"]["CD999"] = 1.into()),
        ),
    ];
    for (what, mutate) in cases {
        let mut bad = v.clone();
        mutate(&mut bad);
        assert!(!validator.is_valid(&bad), "the schema accepts {what}");
    }
}

#[test]
fn jsonl_lines_validate_and_carry_what_json_carries() {
    let record = record_schema();
    for files in [&BUDAPEST[..], &QUAKE[..]] {
        let json = json_of(files);
        let out = claimdiff()
            .args(["compare", "--format", "jsonl", "--fail-on", "never"])
            .args(files)
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(0));
        let text = stdout(&out);
        assert!(text.ends_with('\n'));
        let mut by_type: BTreeMap<String, Vec<Value>> = BTreeMap::new();
        let mut types = Vec::new();
        for line in text.lines() {
            let mut v: Value = serde_json::from_str(line).expect("each line is JSON");
            let errs = errors(&record, &v);
            assert!(errs.is_empty(), "{line}\n{errs:#?}");
            let obj = v.as_object_mut().expect("object");
            let ty = obj.remove("type").expect("type");
            assert_eq!(obj.remove("schema_version"), Some(1.into()));
            let ty = ty.as_str().expect("type is a string").to_string();
            types.push(ty.clone());
            by_type.entry(ty).or_default().push(v);
        }
        // Documents, then clusters, then findings, then one stats record.
        let rank = |t: &str| {
            ["document", "speaker", "cluster", "finding", "stats"]
                .iter()
                .position(|x| *x == t)
        };
        assert!(
            types.windows(2).all(|w| rank(&w[0]) <= rank(&w[1])),
            "records are grouped by type in order"
        );
        assert_eq!(types.last().map(String::as_str), Some("stats"));
        let take = |t: &str| by_type.get(t).cloned().unwrap_or_default();
        assert_eq!(take("document"), *array(&json, "documents"));
        assert_eq!(take("speaker"), *array(&json, "speakers"));
        assert_eq!(
            take("finding"),
            *array(&json, "findings"),
            "the same findings"
        );
        assert_eq!(take("stats"), vec![json["stats"].clone()]);
        assert_eq!(take("cluster"), *array(&json, "clusters"));
        // Every record's text is the JSON output's object, scores to the last digit.
        for line in text.lines() {
            let v: Value = serde_json::from_str(line).expect("JSON");
            if v["type"] == "cluster" {
                let id = v["id"].as_u64().expect("id") as usize;
                let score = serde_json::to_string(&json["clusters"][id]["score"]).expect("num");
                assert!(line.contains(&format!("\"score\":{score}")), "{line}");
            }
        }
    }
    // A record under the wrong type tag is rejected.
    let bad = serde_json::json!({"type": "stats", "schema_version": 1, "id": 0, "path": "a.txt",
        "outlet": "A", "date": null, "claims": 1});
    assert!(
        !record.is_valid(&bad),
        "a document under the stats tag validates"
    );
}

/// `compare A B` and `compare B A` report the same findings and clusters: the same rule,
/// severity and places (primary and related together), modulo document numbering.
fn assert_mirrors(a: &[&str], b: &[&str]) {
    let (va, vb) = (json_of(a), json_of(b));
    let (fa, fb) = (finding_set(&va), finding_set(&vb));
    if fa != fb {
        let only = |x: &BTreeMap<FindingKey, usize>, y: &BTreeMap<FindingKey, usize>| {
            x.iter()
                .filter(|(k, n)| y.get(*k) != Some(*n))
                .map(|(k, n)| format!("{n} × {k:?}"))
                .collect::<Vec<_>>()
        };
        panic!(
            "compare {a:?} and compare {b:?} differ\nonly in the first: {:#?}\nonly in the second: {:#?}",
            only(&fa, &fb),
            only(&fb, &fa)
        );
    }
    assert_eq!(
        cluster_set(&va),
        cluster_set(&vb),
        "clusters of {a:?} vs {b:?}"
    );
    assert_eq!(va["stats"], vb["stats"], "stats of {a:?} vs {b:?}");
    assert!(
        fa.keys().any(|k| k.0 != "CD501"),
        "{a:?}: the pair should disagree somewhere for the check to mean something"
    );
}

#[test]
fn comparing_a_with_b_mirrors_b_with_a() {
    for (a, b) in [
        (
            "fixtures/budapest-summit/wire.txt",
            "fixtures/budapest-summit/tabloid.txt",
        ),
        (
            "fixtures/budapest-summit/european.txt",
            "fixtures/budapest-summit/regional.txt",
        ),
        (
            "fixtures/budapest-summit/aggregator.md",
            "fixtures/budapest-summit/liveblog.txt",
        ),
        ("fixtures/quake/wire.txt", "fixtures/quake/tabloid.txt"),
        ("fixtures/quake/local.txt", "fixtures/quake/aggregator.md"),
    ] {
        assert_mirrors(&[a, b], &[b, a]);
    }
}

#[test]
fn input_order_does_not_change_the_findings() {
    let mut reversed = BUDAPEST;
    reversed.reverse();
    // An interleaving that is neither sorted nor reversed.
    let shuffled: Vec<&str> = [6, 1, 7, 3, 0, 5, 2, 4]
        .iter()
        .map(|&i| BUDAPEST[i])
        .collect();
    assert_mirrors(&BUDAPEST, &reversed);
    assert_mirrors(&BUDAPEST, &shuffled);
    let mut quake = QUAKE;
    quake.rotate_left(2);
    assert_mirrors(&QUAKE, &quake);
}

#[test]
fn one_and_two_threads_give_byte_identical_reports() {
    for format in ["json", "markdown", "html", "jsonl", "human"] {
        let run = |threads: &str| {
            let out = compare(
                ["--format", format, "--color", "never", "-j", threads]
                    .iter()
                    .chain(BUDAPEST.iter()),
            );
            assert_eq!(out.status.code(), Some(1), "{format}: {}", stderr(&out));
            out.stdout
        };
        let one = run("1");
        assert!(one.len() > 1000, "{format}: a real report");
        assert!(one == run("2"), "{format}: -j 1 and -j 2 differ");
    }
}

#[test]
fn fail_on_sets_the_exit_code_for_the_fixture_sets() {
    for files in [&BUDAPEST[..], &QUAKE[..]] {
        for (fail_on, code) in [
            (None, 1),
            (Some("error"), 1),
            (Some("warning"), 1),
            (Some("never"), 0),
        ] {
            let mut args = vec!["--format", "json"];
            if let Some(f) = fail_on {
                args.extend(["--fail-on", f]);
            }
            let out = compare(args.iter().chain(files));
            assert_eq!(
                out.status.code(),
                Some(code),
                "--fail-on {fail_on:?}: {}",
                stderr(&out)
            );
            assert!(out.stderr.is_empty(), "{}", stderr(&out));
            // The report is written whatever the exit code.
            let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
            assert!(
                array(&v, "findings")
                    .iter()
                    .any(|f| f["severity"] == "error")
            );
        }
    }
}

/// A temporary directory holding an empty `claimdiff.toml`, so that no configuration
/// further up the tree is picked up.
fn workdir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("claimdiff.toml"), "").expect("write config");
    dir
}

fn article(dir: &Path, name: &str, outlet: &str, body: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(
        &p,
        format!("outlet: {outlet}\ndate: 2025-05-01\n\n{body}\n"),
    )
    .expect("write");
    p
}

const BRIDGE: &str =
    "“We will rebuild the bridge by next spring,” Mayor Anna Kovacs said on Monday.";

/// Rules and severities of a run's findings.
fn rules_of(out: &Output) -> Vec<(String, String)> {
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    array(&v, "findings")
        .iter()
        .map(|f| {
            (
                str_of(f, "rule").to_string(),
                str_of(f, "severity").to_string(),
            )
        })
        .collect()
}

#[test]
fn fail_on_warning_with_only_notes_and_with_a_stance_shift() {
    let dir = workdir();
    let d = dir.path();
    // The same quote, plus a claim only the first outlet carries: an info finding only.
    let a = article(
        d,
        "a.txt",
        "Alpha Wire",
        &format!(
            "{BRIDGE}\n\nThe fire brigade said the blaze at the timber yard had been put out by midnight."
        ),
    );
    let b = article(d, "b.txt", "Beta Times", BRIDGE);
    // The same statement under "claimed" instead of "said": a stance-shift warning.
    let c = article(d, "c.txt", "Gamma Post", &BRIDGE.replace("said", "claimed"));

    let run = |x: &Path, y: &Path, fail_on: &str| {
        let out = compare([
            os("--format"),
            os("json"),
            os("--fail-on"),
            os(fail_on),
            x.as_os_str(),
            y.as_os_str(),
        ]);
        assert!(out.stderr.is_empty(), "{}", stderr(&out));
        out
    };

    let notes = run(&a, &b, "warning");
    assert_eq!(
        rules_of(&notes),
        [("CD501".to_string(), "info".to_string())]
    );
    assert_eq!(notes.status.code(), Some(0), "info findings never fail");

    let stance = run(&b, &c, "warning");
    assert_eq!(
        rules_of(&stance),
        [("CD402".to_string(), "warning".to_string())]
    );
    assert_eq!(
        stance.status.code(),
        Some(1),
        "a warning fails --fail-on warning"
    );
    assert_eq!(run(&b, &c, "error").status.code(), Some(0));
    assert_eq!(run(&b, &c, "never").status.code(), Some(0));
    // The default is --fail-on error.
    let default = compare([b.as_os_str(), c.as_os_str()]);
    assert_eq!(default.status.code(), Some(0));
}

/// Two outlets that date the same record to different decades contradict each other; a
/// decade against a part of it ("the late 1970s") is only less precise.
#[test]
fn decades_that_differ_are_a_date_mismatch() {
    let dir = workdir();
    let d = dir.path();
    let say = |decade: &str| {
        format!(
            "The reservoir has not been this low since {decade}, water board chief Ana Ruiz said on Thursday."
        )
    };
    let a = article(d, "a.txt", "Alpha Wire", &say("the 1970s"));
    let b = article(d, "b.txt", "Beta Times", &say("the 1980s"));
    let c = article(d, "c.txt", "Gamma Post", &say("the late 1970s"));
    let run = |x: &Path, y: &Path| {
        let out = compare([
            os("--format"),
            os("json"),
            os("--fail-on"),
            os("never"),
            x.as_os_str(),
            y.as_os_str(),
        ]);
        assert!(out.stderr.is_empty(), "{}", stderr(&out));
        rules_of(&out)
    };
    assert_eq!(run(&a, &b), [("CD203".to_string(), "error".to_string())]);
    assert!(
        run(&a, &c).iter().all(|(_, sev)| sev != "error"),
        "{:?}",
        run(&a, &c)
    );
}

#[test]
fn fewer_than_two_documents_exit_2_with_one_line() {
    let out = compare(["--format", "json", QUAKE[0]]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty(), "no report: {}", stdout(&out));
    assert_eq!(
        stderr(&out),
        "claimdiff: compare needs at least two readable documents, got 1\n"
    );
    // A glob that matches one file is one document too.
    let out = compare(["fixtures/quake/w*.txt"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out).lines().count(), 1, "{}", stderr(&out));
}

#[test]
fn a_missing_file_is_named_and_exits_2() {
    let dir = workdir();
    let missing = dir.path().join("missing.txt");
    let named = format!(
        "claimdiff: {}: no such file; check the path",
        missing.display()
    );

    // Two readable documents remain: they are still compared and reported.
    let out = compare([
        os("--format"),
        os("json"),
        os(QUAKE[4]),
        missing.as_os_str(),
        os(QUAKE[3]),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out), format!("{named}\n"));
    let v: Value = serde_json::from_slice(&out.stdout).expect("the others are reported");
    let paths: Vec<&str> = array(&v, "documents")
        .iter()
        .map(|d| str_of(d, "path"))
        .collect();
    assert_eq!(paths, [QUAKE[4], QUAKE[3]]);

    // Only one remains: the file is named, then the count.
    let out = compare([os(QUAKE[4]), missing.as_os_str()]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(
        lines,
        [
            named.as_str(),
            "claimdiff: compare needs at least two readable documents, got 1"
        ]
    );
}

#[test]
fn an_unknown_format_is_a_usage_error() {
    let out = compare(["--format", "xml", QUAKE[0], QUAKE[1]]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = stderr(&out);
    assert!(
        err.contains("invalid value 'xml' for '--format <FORMAT>'"),
        "{err}"
    );
    assert!(
        err.contains("[possible values: human, json, jsonl, markdown, html]"),
        "{err}"
    );
    // Without files clap refuses too.
    assert_eq!(compare(["--format", "json"]).status.code(), Some(2));
}

#[test]
fn a_directory_is_its_article_files_in_sorted_order() {
    let listed = json_of(&QUAKE);
    for dir in ["fixtures/quake", "fixtures/quake/"] {
        let expanded = json_of(&[dir]);
        let paths: Vec<&str> = array(&expanded, "documents")
            .iter()
            .map(|d| str_of(d, "path"))
            .collect();
        assert_eq!(
            paths, QUAKE,
            "{dir}: .txt and .md files, sorted, nothing from expected/ or gold/"
        );
        assert_eq!(
            expanded, listed,
            "{dir}: the same report as listing the files"
        );
    }
}

#[test]
fn a_quoted_glob_is_expanded_by_the_binary() {
    let txt: Vec<&str> = QUAKE
        .iter()
        .copied()
        .filter(|p| p.ends_with(".txt"))
        .collect();
    let listed = json_of(&txt);
    let globbed = json_of(&["fixtures/quake/*.txt"]);
    assert_eq!(array(&globbed, "documents").len(), 4);
    assert_eq!(globbed, listed);
    // Globs, directories and files mix; the expansion keeps the argument order.
    let mixed = json_of(&["fixtures/quake/*.md", "fixtures/quake/wire.txt"]);
    let paths: Vec<&str> = array(&mixed, "documents")
        .iter()
        .map(|d| str_of(d, "path"))
        .collect();
    assert_eq!(
        paths,
        ["fixtures/quake/aggregator.md", "fixtures/quake/wire.txt"]
    );
}

/// The summary line as built from the JSON output: counts, then the non-info rules.
fn summary_prefix(v: &Value) -> String {
    let stats = &v["stats"];
    let single = array(v, "clusters")
        .iter()
        .filter(|c| c["status"] == "single")
        .count();
    format!(
        "{} documents, {} claims, {} clusters: {} agree, {} conflict, {single} single",
        array(v, "documents").len(),
        uint(stats, "claims"),
        uint(stats, "clusters"),
        uint(stats, "agreements"),
        uint(stats, "conflicts"),
    )
}

/// A finding's word diff as the human report writes it without colour.
fn inline_diff(f: &Value) -> Option<String> {
    let pieces = f.get("diff")?.as_array()?;
    Some(
        pieces
            .iter()
            .map(|p| {
                let t = str_of(p, "text");
                match str_of(p, "op") {
                    "delete" => format!("[-{t}-]"),
                    "insert" => format!("{{+{t}+}}"),
                    _ => t.to_string(),
                }
            })
            .collect(),
    )
}

#[test]
fn human_report_without_and_with_colour() {
    let v = json_of(&BUDAPEST);
    let out = compare(BUDAPEST.iter().chain(&["--color", "never"]));
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(
        !text.contains('\u{1b}'),
        "no ANSI escapes with --color never"
    );
    assert!(text.contains("error[CD201] number-mismatch: "), "{text}");
    let last = text.lines().last().expect("a summary line");
    assert!(last.starts_with(&summary_prefix(&v)), "{last}");
    for f in array(&v, "findings") {
        if f["severity"] != "info" {
            let head = format!(
                "{}[{}] {}: ",
                str_of(f, "severity"),
                str_of(f, "rule"),
                str_of(f, "name")
            );
            assert!(text.contains(&head), "no {head}");
        }
    }
    let stats = &v["stats"]["findings"];
    for (id, name) in [
        ("CD101", "quote-altered"),
        ("CD201", "number-mismatch"),
        ("CD402", "stance-shift"),
    ] {
        let n = stats[id].as_u64().expect("counted");
        assert!(last.contains(&format!("{n} {name}")), "{last}");
    }
    let diffs: Vec<String> = array(&v, "findings")
        .iter()
        .filter_map(inline_diff)
        .collect();
    assert!(!diffs.is_empty());
    for d in &diffs {
        assert!(text.contains(d.as_str()), "word diff {d:?} missing");
    }
    assert!(text.contains("[-") && text.contains("{+"));

    let coloured = compare(BUDAPEST.iter().chain(&["--color", "always"]));
    let coloured = stdout(&coloured);
    assert!(
        coloured.contains("\u{1b}["),
        "ANSI escapes with --color always"
    );
    // Colour adds escapes and nothing else.
    let plain = regex::Regex::new("\u{1b}\\[[0-9;]*m")
        .expect("regex")
        .replace_all(&coloured, "");
    assert_eq!(plain, text);

    // Two documents: a diff-like header.
    let two = stdout(&compare(["--color", "never", QUAKE[4], QUAKE[3]]));
    let mut lines = two.lines();
    assert!(
        lines
            .next()
            .is_some_and(|l| l.starts_with("--- fixtures/quake/wire.txt ")),
        "{two}"
    );
    assert!(
        lines
            .next()
            .is_some_and(|l| l.starts_with("+++ fixtures/quake/tabloid.txt ")),
        "{two}"
    );
    assert!(two.contains("only in fixtures/quake/wire.txt"), "{two}");
}

#[test]
fn markdown_report_has_summary_table_and_a_section_per_finding() {
    let v = json_of(&BUDAPEST);
    let human = stdout(&compare(BUDAPEST.iter().chain(&["--color", "never"])));
    let out = compare(BUDAPEST.iter().chain(&["--format", "markdown"]));
    assert_eq!(out.status.code(), Some(1));
    let md = stdout(&out);
    let first = md.lines().next().expect("a first line");
    assert_eq!(
        first,
        format!("## claimdiff: {}", human.lines().last().expect("summary")),
        "the heading is the summary line"
    );
    assert!(md.contains("\n| # | outlet | path | date | claims |\n|---|---|---|---|---|\n"));
    assert!(md.contains(
        "| 7 | Global Wire Service (GWS) | `fixtures/budapest-summit/wire.txt` | 2025-10-16 |"
    ));
    // One section per finding except only-in (those are folded into a <details> list).
    let mut sections: BTreeMap<String, usize> = BTreeMap::new();
    for l in md.lines().filter(|l| l.starts_with("### ")) {
        let id = l.split('`').nth(1).expect("rule id in backticks");
        *sections.entry(id.to_string()).or_insert(0) += 1;
    }
    let mut expected: BTreeMap<String, usize> = BTreeMap::new();
    for f in array(&v, "findings")
        .iter()
        .filter(|f| f["rule"] != "CD501")
    {
        *expected.entry(str_of(f, "rule").to_string()).or_insert(0) += 1;
    }
    assert_eq!(sections, expected);
    assert!(
        expected.keys().any(|k| k == "CD201"),
        "error findings have sections"
    );
    let only = v["stats"]["findings"]["CD501"]
        .as_u64()
        .expect("only-in findings");
    assert!(md.contains(&format!(
        "<details><summary>{only} claims carried by only some outlets</summary>"
    )));
}

#[test]
fn html_report_is_a_page() {
    let out = compare(QUAKE.iter().chain(&["--format", "html"]));
    assert_eq!(out.status.code(), Some(1));
    let page = stdout(&out);
    assert!(
        page.get(..15)
            .is_some_and(|s| s.eq_ignore_ascii_case("<!DOCTYPE html>")),
        "{}",
        &page[..page.len().min(80)]
    );
    assert!(page.trim_end().ends_with("</html>"));
}

#[test]
fn output_file_gets_the_report_and_stdout_nothing() {
    let dir = workdir();
    for (format, name) in [
        ("json", "report.json"),
        ("markdown", "report.md"),
        ("human", "report.txt"),
    ] {
        let path = dir.path().join(name);
        let mut args: Vec<&OsStr> = ["--format", format, "--color", "never", "-o"]
            .into_iter()
            .map(os)
            .collect();
        args.push(path.as_os_str());
        args.extend(QUAKE.map(os));
        let to_file = compare(args);
        assert_eq!(to_file.status.code(), Some(1), "{}", stderr(&to_file));
        assert!(to_file.stdout.is_empty(), "{format}: nothing on stdout");
        assert!(to_file.stderr.is_empty(), "{}", stderr(&to_file));
        let written = std::fs::read(&path).expect("the file is written");
        let to_stdout = compare(
            QUAKE
                .iter()
                .chain(&["--format", format, "--color", "never"]),
        );
        assert_eq!(
            written, to_stdout.stdout,
            "{format}: the same report as on stdout"
        );
    }
    // A file gets colour only when asked for.
    let path = dir.path().join("coloured.txt");
    let mut args: Vec<&OsStr> = ["--color", "always", "-o"].into_iter().map(os).collect();
    args.push(path.as_os_str());
    args.extend(QUAKE.map(os));
    assert_eq!(compare(args).status.code(), Some(1));
    let written = std::fs::read_to_string(&path).expect("the file is written");
    assert!(
        written.contains("\u{1b}["),
        "--color always keeps colour in a file"
    );
}

/// Run a compare whose output is larger than a pipe buffer, read 10 bytes and close the
/// pipe, as `claimdiff compare … | head -c 10` does.
fn close_early(format: &str) -> Output {
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_claimdiff"))
        .current_dir(root())
        .args(["compare", "--format", format])
        .args(BUDAPEST)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawns");
    let mut pipe = child.stdout.take().expect("stdout pipe");
    let mut head = [0u8; 10];
    pipe.read_exact(&mut head).expect("first bytes");
    drop(pipe);
    child.wait_with_output().expect("exits")
}

#[test]
fn a_closed_pipe_ends_the_run_quietly() {
    for format in ["json", "jsonl"] {
        // The report must not fit in the pipe buffer (64 KiB on Linux), or the write would
        // succeed before the reader goes away.
        let full = compare(BUDAPEST.iter().chain(&["--format", format]));
        assert!(
            full.stdout.len() > 2 * 65536,
            "{format}: {} bytes",
            full.stdout.len()
        );
        let out = close_early(format);
        let err = stderr(&out);
        assert!(!err.contains("panicked"), "{format}: {err}");
        assert!(err.is_empty(), "{format}: nothing on stderr: {err}");
        assert_eq!(
            out.status.code(),
            Some(0),
            "{format}: a broken pipe is not an error"
        );
    }
}

#[test]
fn config_aliases_merge_two_spellings_of_one_speaker() {
    let dir = workdir();
    let d = dir.path();
    let a = article(
        d,
        "a.txt",
        "Alpha Wire",
        "“The harbour will reopen to cargo ships within two weeks,” Sasha Petrov, the port director, said on Monday.",
    );
    let b = article(
        d,
        "b.txt",
        "Beta Times",
        "“The harbour will reopen to container ships within two weeks,” Alexander Petrov, the port director, said on Monday.",
    );
    let speakers = |v: &Value| -> Vec<(String, Vec<String>)> {
        array(v, "speakers")
            .iter()
            .map(|s| {
                let mut sp: Vec<String> = array(s, "spellings")
                    .iter()
                    .map(|x| x.as_str().expect("spelling").to_string())
                    .collect();
                sp.sort();
                (str_of(s, "name").to_string(), sp)
            })
            .collect()
    };
    let rules = |v: &Value| -> Vec<String> {
        array(v, "findings")
            .iter()
            .map(|f| str_of(f, "rule").to_string())
            .collect()
    };

    // Without an alias the two first names are two people: one surname is no evidence.
    // A quote credited to different people is not compared word for word; the same
    // words under two names are an attribution question.
    let apart = json_of(&[&a, &b]);
    assert_eq!(
        speakers(&apart),
        [
            (
                "Alexander Petrov".to_string(),
                vec!["Alexander Petrov".to_string()]
            ),
            ("Sasha Petrov".to_string(), vec!["Sasha Petrov".to_string()]),
        ]
    );
    assert!(
        !rules(&apart).contains(&"CD102".to_string()),
        "{:?}",
        rules(&apart)
    );
    assert!(
        rules(&apart).contains(&"CD301".to_string()),
        "{:?}",
        rules(&apart)
    );

    let both = vec!["Alexander Petrov".to_string(), "Sasha Petrov".to_string()];
    let config = d.join("aliases.toml");
    std::fs::write(
        &config,
        "[aliases]\n\"Alexander Petrov\" = [\"Sasha Petrov\"]\n",
    )
    .expect("write");
    let merged = json_of(&[
        os("--config"),
        config.as_os_str(),
        a.as_os_str(),
        b.as_os_str(),
    ]);
    assert_eq!(
        speakers(&merged),
        [("Alexander Petrov".to_string(), both.clone())]
    );
    // One speaker: now the changed word is a wording shift within one quotation.
    assert_eq!(rules(&merged), ["CD102"]);
    let f = &array(&merged, "findings")[0];
    let changed: BTreeSet<(&str, &str)> = array(f, "diff")
        .iter()
        .filter(|p| p["op"] != "equal")
        .map(|p| (str_of(p, "op"), str_of(p, "text").trim()))
        .collect();
    assert!(
        changed == BTreeSet::from([("delete", "container"), ("insert", "cargo")])
            || changed == BTreeSet::from([("delete", "cargo"), ("insert", "container")]),
        "{changed:?}"
    );

    // The same file found by walking up from the first input.
    std::fs::copy(&config, d.join("claimdiff.toml")).expect("copy");
    let discovered = json_of(&[&a, &b]);
    assert_eq!(
        speakers(&discovered),
        [("Alexander Petrov".to_string(), both)]
    );
}

#[test]
fn a_config_with_an_unknown_key_exits_2_naming_key_and_file() {
    let dir = workdir();
    let d = dir.path();
    let a = article(d, "a.txt", "Alpha Wire", BRIDGE);
    let b = article(d, "b.txt", "Beta Times", BRIDGE);
    for (text, key, line) in [
        (
            "[aliases]\n\"Anna Kovacs\" = [\"A. Kovacs\"]\n\n[compare]\nmin_scor = 0.4\n",
            "min_scor",
            5,
        ),
        ("[alias]\n\"Anna Kovacs\" = [\"A. Kovacs\"]\n", "alias", 1),
    ] {
        let config = d.join("bad.toml");
        std::fs::write(&config, text).expect("write");
        let out = compare([
            os("--config"),
            config.as_os_str(),
            a.as_os_str(),
            b.as_os_str(),
        ]);
        assert_eq!(out.status.code(), Some(2));
        assert!(out.stdout.is_empty(), "no report with a bad configuration");
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{err}");
        let prefix = format!("claimdiff: {}:{line}:", config.display());
        assert!(err.starts_with(&prefix), "{err}");
        assert!(err.contains(&format!("unknown field `{key}`")), "{err}");
    }
    // An unknown rule in [rules] is named too.
    let config = d.join("rules.toml");
    std::fs::write(&config, "[rules]\nCD999 = \"off\"\n").expect("write");
    let out = compare([
        os("--config"),
        config.as_os_str(),
        a.as_os_str(),
        b.as_os_str(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        format!(
            "claimdiff: {}:2:1: unknown rule `CD999` in [rules]; see docs/RULES.md\n",
            config.display()
        )
    );
}

/// `--group-by event` over two events' reports in one run gives, for each event, exactly
/// the comparison of that event's files alone.
#[test]
fn group_by_compares_each_event_as_its_own_run() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut per_event: Vec<(&str, Vec<String>)> = Vec::new();
    for (event, set) in [("budapest", "budapest-summit"), ("quake", "quake")] {
        let mut files = Vec::new();
        for entry in std::fs::read_dir(format!("fixtures/{set}")).expect("fixtures") {
            let p = entry.expect("entry").path();
            if p.extension().is_some_and(|e| e == "txt") {
                let text = std::fs::read_to_string(&p).expect("read");
                let name = format!("{event}-{}", p.file_name().unwrap().to_string_lossy());
                let out = dir.path().join(&name);
                std::fs::write(&out, format!("event: {event}\n{text}")).expect("write");
                files.push(out.to_string_lossy().into_owned());
            }
        }
        files.sort();
        per_event.push((event, files));
    }
    let grouped = |format: &str| {
        common::claimdiff()
            .args([
                "compare",
                &dir.path().to_string_lossy(),
                "--group-by",
                "event",
            ])
            .args(["--format", format, "--fail-on", "never"])
            .output()
            .expect("runs")
    };
    let all = grouped("json");
    assert_eq!(all.status.code(), Some(0), "{}", stderr(&all));
    let v: Value = serde_json::from_slice(&all.stdout).expect("json");
    assert_eq!(v["group_by"], "event");
    let groups = v["groups"].as_array().expect("groups");
    assert_eq!(groups.len(), 2);
    for ((event, files), g) in per_event.iter().zip(groups) {
        assert_eq!(g["group"], *event);
        let alone = common::claimdiff()
            .arg("compare")
            .args(files)
            .args(["--format", "json", "--fail-on", "never"])
            .output()
            .expect("runs");
        let mut a: Value = serde_json::from_slice(&alone.stdout).expect("json");
        let mut g = g.clone();
        g.as_object_mut().unwrap().remove("group");
        a.as_object_mut().unwrap().remove("schema_version");
        assert_eq!(g, a, "group {event}");
        assert!(!a["findings"].as_array().unwrap().is_empty());
    }
    // JSON Lines: every record names its group.
    let lines = grouped("jsonl");
    let text = stdout(&lines);
    assert!(text.lines().count() > 10);
    for l in text.lines() {
        let r: Value = serde_json::from_str(l).expect("line");
        assert!(r["group"] == "budapest" || r["group"] == "quake", "{l}");
    }
    // Markdown: a heading per group, in the groups' order, each before its report.
    let md = stdout(&grouped("markdown"));
    let (b, q) = (
        md.find("## event: budapest (").expect("budapest heading"),
        md.find("## event: quake (").expect("quake heading"),
    );
    assert!(b < q && md[b..q].contains("CD"), "{md}");
    // The exit code weighs every group's findings (each group is written before the
    // next is compared).
    let gated = common::claimdiff()
        .args([
            "compare",
            &dir.path().to_string_lossy(),
            "--group-by",
            "event",
        ])
        .args(["--format", "jsonl", "--fail-on", "warning"])
        .output()
        .expect("runs");
    assert_eq!(gated.status.code(), Some(1), "{}", stderr(&gated));
    // A document without the field is reported and the run exits 2.
    std::fs::write(
        dir.path().join("stray.txt"),
        "outlet: X\n\n“Hello,” he said.\n",
    )
    .expect("write");
    let out = grouped("json");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("stray.txt: no \"event\" field, so it is in no group"));
}

/// "12 people … two in a critical condition" against "15 people … two fighting for their
/// lives": the counts of people pair by their object even though each claim holds a
/// second, object-less count ("two"), so the changed figure is a number-mismatch.
#[test]
fn a_changed_count_is_found_beside_a_second_count() {
    let dir = tempfile::tempdir().expect("tempdir");
    let a = dir.path().join("a.txt");
    let b = dir.path().join("b.txt");
    std::fs::write(
        &a,
        "outlet: A\ndate: 2026-03-09\n\nEmergency services said 12 people remained in hospital on Sunday, two in a critical condition.\n",
    )
    .expect("write");
    std::fs::write(
        &b,
        "outlet: B\ndate: 2026-03-09\n\nEmergency services said 15 people were still in hospital on Sunday, two fighting for their lives.\n",
    )
    .expect("write");
    let v = json_of(&[&a, &b]);
    let rules: Vec<&str> = v["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| str_of(f, "rule"))
        .collect();
    assert_eq!(rules, ["CD201"], "number-mismatch: {v:#}");
    let f = &v["findings"][0];
    let texts: BTreeSet<&str> = std::iter::once(&f["primary"])
        .chain(f["related"].as_array().expect("related"))
        .map(|l| str_of(l, "text"))
        .collect();
    assert_eq!(texts, BTreeSet::from(["12", "15"]), "{f:#}");
}

/// Rates per different things are not compared ("$18 an hour" and "$720 a week" are no
/// number conflict); the same rate with a different amount is, and so is an amount
/// written without its "per" ("Brent rose to $82" against "$80 a barrel").
#[test]
fn rates_are_compared_per_the_same_thing() {
    let dir = workdir();
    let d = dir.path();
    let wage = |amount: &str| {
        format!(
            "Care workers will earn {amount} from July, the health minister, Ana Ruiz, said on Monday."
        )
    };
    let number_rules = |x: &str, y: &str| -> Vec<(String, String)> {
        let a = article(d, "a.txt", "Alpha Wire", x);
        let b = article(d, "b.txt", "Beta Times", y);
        let out = compare([os("--format"), os("json"), a.as_os_str(), b.as_os_str()]);
        assert!(out.stderr.is_empty(), "{}", stderr(&out));
        rules_of(&out)
            .into_iter()
            .filter(|(r, _)| r == "CD201")
            .collect()
    };
    assert!(
        number_rules(&wage("$18 an hour"), &wage("$720 a week")).is_empty(),
        "per hour and per week are not compared"
    );
    assert!(
        !number_rules(&wage("$18 an hour"), &wage("$15 an hour")).is_empty(),
        "two hourly wages that differ conflict"
    );
    let brent = |amount: &str| {
        format!("Brent crude rose to {amount} on Monday, the energy ministry said in a statement.")
    };
    assert!(
        !number_rules(&brent("$80 a barrel"), &brent("$82")).is_empty(),
        "an amount without its per is compared with one with it"
    );
}
