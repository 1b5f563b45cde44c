//! `claimdiff quantities` from the command line.

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

fn claimdiff() -> Command {
    let mut c = Command::cargo_bin("claimdiff").expect("binary builds");
    c.env_remove("NO_COLOR").env_remove("CLICOLOR_FORCE");
    c
}

fn schema() -> jsonschema::Validator {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/schema/quantities.schema.json");
    let v: Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("reads")).expect("JSON");
    jsonschema::validator_for(&v).expect("compiles")
}

const TEXT: &str = "outlet: Test Wire\ndate: 2025-10-17\n\nTrump and Putin spoke for almost two and a half hours on Thursday, the eighth call this year. The Tomahawk has a range of about 2,500km (1,550 miles) and costs $1.2bn a batch.\n";

#[test]
fn json_validates_and_values_are_normalized() {
    let out = claimdiff()
        .args(["quantities", "--format", "json", "-"])
        .write_stdin(TEXT)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let errors: Vec<String> = schema().iter_errors(&v).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let qs = v["documents"][0]["quantities"]
        .as_array()
        .expect("quantities");
    let by_text = |t: &str| {
        qs.iter()
            .find(|q| q["text"] == t)
            .unwrap_or_else(|| panic!("no {t}: {qs:#?}"))
    };
    let d = by_text("almost two and a half hours");
    assert_eq!(
        (
            d["kind"].as_str(),
            d["value"].as_f64(),
            d["unit"].as_str(),
            d["approx"].as_str()
        ),
        (Some("duration"), Some(9000.0), Some("s"), Some("nearly"))
    );
    assert_eq!(by_text("Thursday")["value"], "2025-10-16");
    assert_eq!(by_text("eighth")["value"].as_f64(), Some(8.0));
    let km = by_text("about 2,500km");
    assert_eq!(km["value"].as_f64(), Some(2_500_000.0));
    assert_eq!(km["also"][0]["text"], "1,550 miles");
    let money = by_text("$1.2bn");
    assert_eq!(
        (money["value"].as_f64(), money["unit"].as_str()),
        (Some(1.2e9), Some("USD"))
    );
    assert_eq!(d["span"]["line"], 4);
}

#[test]
fn date_flag_overrides_the_document_date() {
    let out = claimdiff()
        .args([
            "quantities",
            "--format",
            "jsonl",
            "--date",
            "2025-10-24",
            "-",
        ])
        .write_stdin("They met on Thursday.")
        .output()
        .expect("runs");
    let line: Value = serde_json::from_slice(&out.stdout).expect("JSON line");
    assert_eq!(line["value"], "2025-10-23");
    claimdiff()
        .args(["quantities", "--date", "24/10/2025", "-"])
        .write_stdin("x")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("YYYY-MM-DD"));
}

#[test]
fn without_a_date_relative_dates_say_unresolved() {
    claimdiff()
        .args(["quantities", "--color", "never", "-"])
        .write_stdin("They met on Thursday.")
        .assert()
        .success()
        .stdout(predicate::str::contains("unresolved"));
}

#[test]
fn missing_file_is_an_error_and_the_rest_is_listed() {
    let out = claimdiff()
        .args(["quantities", "--format", "jsonl", "no-such-file.txt", "-"])
        .write_stdin("Eight people died.")
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr).trim(),
        "claimdiff: no-such-file.txt: no such file; check the path"
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("\"value\":8.0"));
}

#[test]
fn magnitudes_and_times_validate_and_read_as_written() {
    let text = "outlet: Test Wire\ndate: 2026-03-04\n\nThe magnitude 6.8 earthquake struck shortly after 3 a.m. local time on Tuesday (0114 GMT), and a 5.9-magnitude aftershock followed at 08:40.\n";
    let out = claimdiff()
        .args(["quantities", "--format", "json", "-"])
        .write_stdin(text)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let errors: Vec<String> = schema().iter_errors(&v).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let qs = v["documents"][0]["quantities"]
        .as_array()
        .expect("quantities");
    // (text, kind, value, zone or unit, counted object)
    type Row<'a> = (&'a str, &'a str, String, Option<&'a str>, Option<&'a str>);
    let got: Vec<Row> = qs
        .iter()
        .map(|q| {
            (
                q["text"].as_str().unwrap_or(""),
                q["kind"].as_str().unwrap_or(""),
                q["value"].to_string(),
                q["zone"].as_str().or(q["unit"].as_str()),
                q["object"].as_str(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                "magnitude 6.8",
                "quantity",
                "6.8".to_string(),
                Some("magnitude"),
                Some("earthquake")
            ),
            (
                "shortly after 3 a.m. local time",
                "time",
                "\"03:00\"".to_string(),
                Some("local"),
                None
            ),
            ("Tuesday", "date", "\"2026-03-03\"".to_string(), None, None),
            (
                "0114 GMT",
                "time",
                "\"01:14\"".to_string(),
                Some("GMT"),
                None
            ),
            (
                "5.9-magnitude",
                "quantity",
                "5.9".to_string(),
                Some("magnitude"),
                Some("aftershock")
            ),
            ("08:40", "time", "\"08:40\"".to_string(), None, None),
        ]
    );
    // The window of "shortly after" is in minutes after midnight.
    assert_eq!(
        (qs[1]["low"].as_f64(), qs[1]["high"].as_f64()),
        (Some(180.0), Some(210.0))
    );
}
