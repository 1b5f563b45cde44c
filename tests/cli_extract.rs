//! `claimdiff extract` from the command line: formats, schema, stdin, errors, exit codes.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/budapest-summit")
        .join(name)
        .to_string_lossy()
        .to_string()
}

fn claimdiff() -> Command {
    let mut c = Command::cargo_bin("claimdiff").expect("binary builds");
    c.env_remove("NO_COLOR").env_remove("CLICOLOR_FORCE");
    c
}

fn schema() -> jsonschema::Validator {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/schema/extract.schema.json");
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(path).expect("schema reads"))
        .expect("schema is JSON");
    jsonschema::validator_for(&schema).expect("schema compiles")
}

#[test]
fn json_output_validates_against_the_schema() {
    let out = claimdiff()
        .args(["extract", "--format", "json"])
        .arg(fixture("wire.txt"))
        .arg(fixture("aggregator.md"))
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&out.stdout).expect("stdout is JSON");
    let validator = schema();
    let errors: Vec<String> = validator.iter_errors(&v).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "schema errors: {errors:#?}");
    let docs = v["documents"].as_array().expect("documents");
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0]["outlet"], "Global Wire Service (GWS)");
    assert_eq!(docs[0]["date"], "2025-10-16");
    assert!(docs[0]["claims"].as_array().is_some_and(|c| c.len() >= 20));
    assert_eq!(docs[1]["outlet"], "NewsPulse Digest");
}

#[test]
fn jsonl_is_one_valid_claim_per_line_with_its_document() {
    let out = claimdiff()
        .args(["extract", "--format", "jsonl"])
        .arg(fixture("tabloid.txt"))
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let claim_schema = validator_for_claim();
    let mut n = 0;
    for line in text.lines() {
        let mut v: Value = serde_json::from_str(line).expect("line is JSON");
        assert!(
            v["path"]
                .as_str()
                .is_some_and(|p| p.ends_with("tabloid.txt"))
        );
        assert_eq!(v["outlet"], "The Daily Clarion");
        let obj = v.as_object_mut().expect("object");
        obj.remove("path");
        obj.remove("outlet");
        obj.remove("date");
        assert!(claim_schema.is_valid(&v), "invalid claim line: {line}");
        n += 1;
    }
    assert!(n >= 20, "{n} claims");
}

fn validator_for_claim() -> jsonschema::Validator {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/schema/extract.schema.json");
    let mut schema: Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("schema reads")).expect("JSON");
    schema["$ref"] = Value::String("#/$defs/claim".into());
    if let Some(o) = schema.as_object_mut() {
        o.remove("properties");
        o.remove("required");
        o.remove("additionalProperties");
        o.remove("type");
    }
    jsonschema::validator_for(&schema).expect("claim schema compiles")
}

#[test]
fn human_output_names_the_document_and_the_speakers() {
    claimdiff()
        .args(["extract", "--color", "never"])
        .arg(fixture("wire.txt"))
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Global Wire Service (GWS), 2025-10-16",
        ))
        .stdout(predicate::str::contains("Yury Ushakov"))
        .stdout(predicate::str::contains("\u{1b}[").not());
}

#[test]
fn stdin_is_read_with_a_dash() {
    claimdiff()
        .args(["extract", "--format", "jsonl", "-"])
        .write_stdin("outlet: Piped\n\n“We will win,” Zelensky said.\n")
        .assert()
        .success()
        .stdout(predicate::str::contains(r#""outlet":"Piped""#))
        .stdout(predicate::str::contains(r#""kind":"direct_quote""#))
        .stdout(predicate::str::contains(r#""quote":"We will win,""#));
}

#[test]
fn bad_inputs_are_reported_and_the_rest_still_processed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bad: PathBuf = dir.path().join("bad.txt");
    std::fs::write(&bad, b"fine line\nbroken \xFF byte\n").expect("write");
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, b"").expect("write");
    let missing = dir.path().join("missing.txt");
    // A directory is read as its articles; one without any is an error.
    let no_articles = dir.path().join("photos");
    std::fs::create_dir(&no_articles).expect("mkdir");
    std::fs::write(no_articles.join("caption.jpg"), b"\xFF\xD8").expect("write");
    let out = claimdiff()
        .args(["extract", "--format", "jsonl"])
        .arg(&missing)
        .arg(fixture("wire.txt"))
        .arg(&no_articles)
        .arg(&bad)
        .arg(&empty)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).expect("utf-8");
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 4, "one line per bad input: {stderr}");
    assert_eq!(
        lines[0],
        format!(
            "claimdiff: {}: no such file; check the path",
            missing.display()
        )
    );
    assert_eq!(
        lines[1],
        format!(
            "claimdiff: {}: is a directory with no .txt, .md, .html or .json articles in it; pass article files",
            no_articles.display()
        )
    );
    assert_eq!(
        lines[2],
        format!(
            "claimdiff: {}:2:8: invalid UTF-8 (byte 0xFF); save the file as UTF-8 and try again",
            bad.display()
        )
    );
    assert!(
        lines[3].ends_with("is empty; nothing to read"),
        "{}",
        lines[3]
    );
    let stdout = String::from_utf8(out.stdout).expect("utf-8");
    assert!(
        stdout.lines().count() >= 20,
        "the good file is still extracted"
    );
    assert!(stdout.lines().all(|l| l.contains("wire.txt")));
}

#[test]
fn output_keeps_input_order_for_any_thread_count() {
    let files = [
        "wire.txt",
        "tabloid.txt",
        "liveblog.txt",
        "aggregator.md",
        "european.txt",
    ];
    let run = |threads: &str| {
        let out = claimdiff()
            .args(["extract", "--format", "json", "-j", threads])
            .args(files.iter().map(|f| fixture(f)))
            .output()
            .expect("runs");
        assert!(out.status.success());
        out.stdout
    };
    let one = run("1");
    let two = run("2");
    assert_eq!(one, two, "byte-identical output for 1 and 2 threads");
    let v: Value = serde_json::from_slice(&one).expect("JSON");
    let paths: Vec<&str> = v["documents"]
        .as_array()
        .expect("docs")
        .iter()
        .filter_map(|d| d["path"].as_str())
        .collect();
    for (p, f) in paths.iter().zip(files) {
        assert!(p.ends_with(f), "{p} vs {f}");
    }
}

#[test]
fn output_file_option_writes_there() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("claims.json");
    claimdiff()
        .args(["extract", "--format", "json", "--output"])
        .arg(&out)
        .arg(fixture("regional.txt"))
        .assert()
        .success()
        .stdout(predicate::str::is_empty());
    let v: Value =
        serde_json::from_str(&std::fs::read_to_string(&out).expect("written")).expect("JSON");
    assert_eq!(v["schema_version"], 1);
}

/// `-o -` is standard output, as `-` is standard input: it wrote a file named `-`.
#[test]
fn output_dash_is_standard_output() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = claimdiff()
        .current_dir(dir.path())
        .args(["extract", "--format", "json", "-o", "-"])
        .arg(fixture("regional.txt"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: Value = serde_json::from_slice(&out).expect("JSON on stdout");
    assert_eq!(v["schema_version"], 1);
    assert!(!dir.path().join("-").exists(), "a file named - was written");
}

#[test]
fn usage_errors_exit_2() {
    claimdiff().args(["extract"]).assert().code(2);
    claimdiff()
        .args(["extract", "--format", "xml", "x.txt"])
        .assert()
        .code(2);
    claimdiff().args(["frobnicate"]).assert().code(2);
}

#[test]
fn a_directory_is_read_as_its_articles_in_name_order() {
    let out = claimdiff()
        .args(["extract", "--format", "json", "fixtures/quake"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let paths: Vec<&str> = v["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .filter_map(|d| d["path"].as_str())
        .collect();
    assert_eq!(
        paths,
        [
            "fixtures/quake/aggregator.md",
            "fixtures/quake/broadcaster.txt",
            "fixtures/quake/local.txt",
            "fixtures/quake/tabloid.txt",
            "fixtures/quake/wire.txt"
        ]
    );
}
