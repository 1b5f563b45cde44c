//! Extraction and comparison as separate stages: `extract --format claims` then
//! `compare --claims` gives exactly what `compare` gives on the articles, and JSON Lines
//! input streams (from a file or standard input) with the same output as reading it whole.

mod common;

use common::{claimdiff, stderr, stdout};
use serde_json::Value;

fn run(args: &[&str], stdin: Option<Vec<u8>>) -> std::process::Output {
    let mut c = claimdiff();
    c.args(args);
    if let Some(bytes) = stdin {
        c.write_stdin(bytes);
    }
    c.output().expect("runs")
}

/// Every fixture set (plain text, Markdown, HTML) compares the same from its claims
/// records as from its files, read from a file or from standard input.
#[test]
fn compare_from_claims_records_equals_compare_from_articles() {
    for set in ["fixtures/budapest-summit", "fixtures/quake"] {
        let direct = run(&["compare", set, "--format", "json"], None);
        assert_eq!(direct.status.code(), Some(1), "{}", stderr(&direct));
        let claims = run(&["extract", set, "--format", "claims"], None);
        assert_eq!(claims.status.code(), Some(0), "{}", stderr(&claims));
        let text = stdout(&claims);
        let docs = std::fs::read_dir(set)
            .expect("fixtures")
            .filter(|e| {
                e.as_ref().is_ok_and(|e| {
                    e.path()
                        .extension()
                        .is_some_and(|x| x == "txt" || x == "md")
                })
            })
            .count();
        assert_eq!(text.lines().count(), docs, "one record per document");
        for line in text.lines() {
            let r: Value = serde_json::from_str(line).expect("record");
            assert_eq!(r["record"], "claimdiff-claims");
            assert!(!r["claims"].as_array().expect("claims").is_empty());
        }
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("claims.jsonl");
        std::fs::write(&file, &claims.stdout).expect("write");
        let from_file = run(
            &[
                "compare",
                "--claims",
                &file.to_string_lossy(),
                "--format",
                "json",
            ],
            None,
        );
        assert_eq!(from_file.status.code(), Some(1), "{}", stderr(&from_file));
        assert_eq!(stdout(&from_file), stdout(&direct), "{set}: --claims FILE");
        let from_stdin = run(
            &["compare", "--claims", "-", "--format", "json"],
            Some(claims.stdout.clone()),
        );
        assert_eq!(stdout(&from_stdin), stdout(&direct), "{set}: --claims -");
    }
    // HTML pages: spans point into extracted text, which travels in the record.
    let pages: Vec<String> = std::fs::read_dir("fixtures/html")
        .expect("pages")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "html"))
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let mut args = vec!["compare", "--format", "json", "--fail-on", "never"];
    args.extend(pages.iter().map(String::as_str));
    let direct = run(&args, None);
    assert_eq!(direct.status.code(), Some(0), "{}", stderr(&direct));
    let mut args = vec!["extract", "--format", "claims"];
    args.extend(pages.iter().map(String::as_str));
    let claims = run(&args, None);
    let back = run(
        &[
            "compare",
            "--claims",
            "-",
            "--format",
            "json",
            "--fail-on",
            "never",
        ],
        Some(claims.stdout),
    );
    assert_eq!(stdout(&back), stdout(&direct), "html");
}

// Article records of two events, as JSON Lines: the fixture reports with an `event`.
fn corpus() -> String {
    let mut lines = Vec::new();
    for (event, set) in [("budapest", "budapest-summit"), ("quake", "quake")] {
        let mut paths: Vec<_> = std::fs::read_dir(format!("fixtures/{set}"))
            .expect("fixtures")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        paths.sort();
        for p in paths {
            let text = std::fs::read_to_string(&p).expect("read");
            // The header block becomes fields; the rest is the body.
            let (header, body) = text.split_once("\n\n").expect("header");
            let mut rec = serde_json::Map::new();
            for l in header.lines() {
                if let Some((k, v)) = l.split_once(':') {
                    rec.insert(k.trim().to_string(), Value::from(v.trim()));
                }
            }
            let stem = p.file_stem().expect("stem").to_string_lossy();
            rec.insert("id".into(), Value::from(format!("{event}-{stem}")));
            rec.insert("event".into(), Value::from(event));
            rec.insert("body".into(), Value::from(body));
            lines.push(Value::Object(rec).to_string());
        }
    }
    lines.join("\n") + "\n"
}

/// `--group-by event` over claims records equals it over the article records, and
/// `--stdin-name` makes standard input name its records as the file does.
#[test]
fn grouped_compare_from_claims_equals_grouped_compare_from_records() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("corpus.jsonl");
    std::fs::write(&file, corpus()).expect("write");
    let path = file.to_string_lossy().into_owned();
    let direct = run(
        &["compare", &path, "--group-by", "event", "--format", "jsonl"],
        None,
    );
    assert_eq!(direct.status.code(), Some(1), "{}", stderr(&direct));
    let text = stdout(&direct);
    assert!(text.lines().any(|l| l.contains("\"group\":\"quake\"")));
    assert!(text.lines().any(|l| l.contains("\"group\":\"budapest\"")));
    // The map stage on standard input, named as the file.
    let claims = run(
        &["extract", "--stdin-name", &path, "--format", "claims", "-"],
        Some(std::fs::read(&file).expect("read")),
    );
    assert_eq!(claims.status.code(), Some(0), "{}", stderr(&claims));
    let from_file = run(&["extract", &path, "--format", "claims"], None);
    assert_eq!(
        stdout(&claims),
        stdout(&from_file),
        "stdin named as the file"
    );
    let first: Value =
        serde_json::from_str(stdout(&claims).lines().next().expect("line")).expect("record");
    assert_eq!(first["path"], format!("{path}#budapest-broadsheet"));
    assert_eq!(first["meta"]["event"], "budapest");
    // The group stage, records shuffled: the same output.
    let records = stdout(&claims);
    let mut lines: Vec<&str> = records.lines().collect();
    lines.reverse();
    let grouped = run(
        &[
            "compare",
            "--claims",
            "-",
            "--group-by",
            "event",
            "--format",
            "jsonl",
        ],
        Some((lines.join("\n") + "\n").into_bytes()),
    );
    assert_eq!(grouped.status.code(), Some(1), "{}", stderr(&grouped));
    assert_eq!(stdout(&grouped), text);
}

/// JSON Lines input is streamed: the same claims as reading it whole, and a bad line
/// costs only its record, reported with its line and column.
#[test]
fn streamed_jsonl_reports_bad_lines_and_keeps_the_rest() {
    let good = corpus();
    let mut lines: Vec<String> = good.lines().map(str::to_string).collect();
    lines.insert(
        2,
        "{\"id\": \"broken\", \"body\": \"unterminated".to_string(),
    );
    lines.insert(5, String::new());
    let mut bytes = (lines.join("\n") + "\n").into_bytes();
    // Invalid UTF-8 in the middle of the ninth line.
    let ninth: usize = lines.iter().take(8).map(|l| l.len() + 1).sum();
    bytes.splice(ninth + 20..ninth + 20, [0xFFu8]);
    let from_stdin = |format: &str, bytes: Vec<u8>| {
        run(
            &[
                "extract",
                "--input-format",
                "jsonl",
                "--format",
                format,
                "-",
            ],
            Some(bytes),
        )
    };
    let out = from_stdin("jsonl", bytes);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    let errs: Vec<&str> = err.lines().collect();
    assert_eq!(errs.len(), 2, "{err}");
    assert!(errs[0].starts_with("claimdiff: -:3:"), "{err}");
    assert!(errs[0].contains("invalid JSON"), "{err}");
    assert!(
        errs[1].starts_with("claimdiff: -:9:21: invalid UTF-8 (byte 0xFF)"),
        "{err}"
    );
    // Every other record is extracted, in input order.
    let mut paths: Vec<String> = stdout(&out)
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).expect("claim")["path"]
                .as_str()
                .expect("path")
                .to_string()
        })
        .collect();
    paths.dedup();
    let expected: Vec<String> = lines
        .iter()
        .enumerate()
        .filter(|(i, l)| ![2, 8].contains(i) && !l.is_empty())
        .map(|(_, l)| {
            let id = serde_json::from_str::<Value>(l).expect("record")["id"].clone();
            format!("-#{}", id.as_str().expect("id"))
        })
        .collect();
    assert_eq!(paths, expected);
    assert_eq!(paths.len(), good.lines().count() - 1);
    // Without the bad lines the stream equals the whole-file read of the JSON output.
    let whole = from_stdin("json", good.clone().into_bytes());
    let streamed = from_stdin("jsonl", good.into_bytes());
    let whole: Value = serde_json::from_slice(&whole.stdout).expect("json");
    let claims: usize = whole["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .map(|d| d["claims"].as_array().expect("claims").len())
        .sum();
    assert_eq!(stdout(&streamed).lines().count(), claims);
}

/// A damaged claims file never crashes compare: each bad line is one error with its
/// line, the rest is compared, and the run exits 2.
#[test]
fn damaged_claims_records_are_errors_with_their_line() {
    let claims = run(&["extract", "fixtures/quake", "--format", "claims"], None);
    let good: Vec<String> = stdout(&claims).lines().map(str::to_string).collect();
    let mut rec: Value = serde_json::from_str(&good[1]).expect("record");
    rec["claims"][0]["span"]["end"] = Value::from(10_000_000);
    let mut lines = good.clone();
    lines[1] = rec.to_string();
    lines.push("{\"record\": \"something-else\"}".to_string());
    lines.push("not json".to_string());
    let mut tag: Value = serde_json::from_str(&good[0]).expect("record");
    tag["record"] = Value::from("other");
    lines.push(tag.to_string());
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("claims.jsonl");
    std::fs::write(&file, lines.join("\n")).expect("write");
    let f = file.to_string_lossy().into_owned();
    let out = run(&["compare", "--claims", &f, "--format", "json"], None);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    let errs: Vec<&str> = err.lines().collect();
    assert_eq!(errs.len(), 4, "{err}");
    assert!(
        errs[0].starts_with(&format!("claimdiff: {f}:2:1: claim c1 spans ")),
        "{err}"
    );
    assert!(errs[0].contains("outside the text"), "{err}");
    assert!(
        errs[1].starts_with(&format!(
            "claimdiff: {f}:{}:1: not a claims record",
            good.len() + 1
        )),
        "{err}"
    );
    assert!(
        errs[2].starts_with(&format!("claimdiff: {f}:{}:", good.len() + 2)),
        "{err}"
    );
    assert!(errs[2].contains("invalid JSON"), "{err}");
    assert!(errs[3].contains("`record` is \"other\""), "{err}");
    // The good records are still compared.
    let v: Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(
        v["documents"].as_array().expect("documents").len(),
        good.len() - 1
    );
    // Missing files and directories are one line each.
    let out = run(&["compare", "--claims", "no/such.jsonl"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).starts_with("claimdiff: no/such.jsonl: no such file"));
    let out = run(&["compare", "--claims", "fixtures"], None);
    assert!(
        stderr(&out).starts_with("claimdiff: fixtures: is a directory"),
        "{}",
        stderr(&out)
    );
}

/// Every claims record validates against docs/schema/claims.schema.json (whose claims
/// refer to extract.schema.json's definitions).
#[test]
fn claims_records_validate_against_the_schema() {
    let read = |name: &str| -> Value {
        let path = common::root().join("docs/schema").join(name);
        serde_json::from_str(&std::fs::read_to_string(path).expect("schema reads")).expect("JSON")
    };
    let extract = read("extract.schema.json");
    let mut schema = read("claims.schema.json");
    // Resolve the cross-file references by taking extract's definitions in.
    let text = schema
        .to_string()
        .replace("extract.schema.json#/$defs/", "#/$defs/");
    schema = serde_json::from_str(&text).expect("JSON");
    let defs = schema["$defs"].as_object_mut().expect("defs");
    for (k, v) in extract["$defs"].as_object().expect("defs") {
        defs.entry(k.clone()).or_insert_with(|| v.clone());
    }
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    let mut args = vec!["extract", "--format", "claims", "fixtures/budapest-summit"];
    args.push("fixtures/html/wire-site.html");
    let out = run(&args, None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert_eq!(text.lines().count(), 9);
    for line in text.lines() {
        let v: Value = serde_json::from_str(line).expect("record");
        let errors = common::errors(&validator, &v);
        assert!(errors.is_empty(), "{}: {errors:?}", v["path"]);
    }
    // The schema is strict: a claim with a stray field does not validate.
    let mut v: Value = serde_json::from_str(text.lines().next().expect("line")).expect("record");
    v["claims"][0]["stray"] = Value::from(1);
    assert!(!common::errors(&validator, &v).is_empty());
}

/// A corpus cut into pieces (as Spark splits a file into partitions), each piece
/// extracted from standard input with `--first-line` and `--stdin-name`, gives the
/// claims records of the whole file, line numbers included.
#[test]
fn pieces_with_first_line_number_lines_as_the_whole_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("corpus.jsonl");
    let text = corpus();
    std::fs::write(&file, &text).expect("write");
    let path = file.to_string_lossy().into_owned();
    let whole = run(&["extract", &path, "--format", "claims"], None);
    assert_eq!(whole.status.code(), Some(0), "{}", stderr(&whole));
    let lines: Vec<&str> = text.lines().collect();
    let mut pieces = String::new();
    for (k, chunk) in lines.chunks(3).enumerate() {
        let first = (k * 3 + 1).to_string();
        let out = run(
            &[
                "extract",
                "--stdin-name",
                &path,
                "--first-line",
                &first,
                "--format",
                "claims",
                "-",
            ],
            Some((chunk.join("\n") + "\n").into_bytes()),
        );
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        pieces.push_str(&stdout(&out));
    }
    assert_eq!(pieces, stdout(&whole));
    // Without it a later piece counts from 1, and the records differ.
    let late = run(
        &["extract", "--stdin-name", &path, "--format", "claims", "-"],
        Some((lines[3..].join("\n") + "\n").into_bytes()),
    );
    assert!(!stdout(&whole).ends_with(&stdout(&late)));
    // The JSON output is streamed too: a piece's documents are the whole file's.
    let json = |args: &[&str], input: Option<Vec<u8>>| -> Vec<Value> {
        let out = run(args, input);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let v: Value = serde_json::from_str(&stdout(&out)).expect("JSON");
        v["documents"].as_array().expect("documents").clone()
    };
    let whole_docs = json(&["extract", &path, "--format", "json"], None);
    let piece_docs = json(
        &[
            "extract",
            "--stdin-name",
            &path,
            "--first-line",
            "4",
            "--format",
            "json",
            "-",
        ],
        Some((lines[3..].join("\n") + "\n").into_bytes()),
    );
    assert_eq!(whole_docs.len(), lines.len());
    assert!(
        piece_docs
            .iter()
            .any(|d| d["claims"].as_array().is_some_and(|c| !c.is_empty()))
    );
    assert_eq!(piece_docs, whole_docs[3..]);
    // It only applies to JSON Lines streamed from standard input.
    let refused = run(&["extract", "--first-line", "5", &path], None);
    assert_eq!(refused.status.code(), Some(2));
    assert!(stderr(&refused).contains("--first-line numbers JSON Lines read from standard input"));
}
