//! Helpers shared by the CLI test files (`mod common;` in each).
#![allow(dead_code)] // each test file uses its own subset

use std::ffi::OsStr;
use std::path::Path;
use std::process::Output;

use assert_cmd::Command;
use serde_json::Value;

pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

pub fn claimdiff() -> Command {
    let mut c = Command::cargo_bin("claimdiff").expect("binary builds");
    c.current_dir(root())
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR")
        .env_remove("CLICOLOR_FORCE");
    c
}

pub fn os(s: &str) -> &OsStr {
    OsStr::new(s)
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).expect("stderr is UTF-8")
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

pub fn errors(v: &jsonschema::Validator, x: &Value) -> Vec<String> {
    v.iter_errors(x)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

pub fn str_of<'a>(v: &'a Value, key: &str) -> &'a str {
    v[key]
        .as_str()
        .unwrap_or_else(|| panic!("`{key}` is a string in {v}"))
}

pub fn uint(v: &Value, key: &str) -> usize {
    v[key]
        .as_u64()
        .unwrap_or_else(|| panic!("`{key}` is an integer in {v}")) as usize
}

/// A JSON Schema of docs/schema/, e.g. `schema_file("compare")`.
pub fn schema_file(name: &str) -> Value {
    let path = root().join(format!("docs/schema/{name}.schema.json"));
    serde_json::from_str(&std::fs::read_to_string(path).expect("schema reads"))
        .expect("schema is JSON")
}

/// The validator of a whole `--format json` output.
pub fn output_validator(name: &str) -> jsonschema::Validator {
    jsonschema::validator_for(&schema_file(name)).expect("schema compiles")
}

/// The validator of one `--format jsonl` line: the same file, rooted at
/// `$defs/jsonl_record`.
pub fn record_validator(name: &str) -> jsonschema::Validator {
    let mut s = schema_file(name);
    if let Some(o) = s.as_object_mut() {
        for k in ["properties", "required", "additionalProperties", "type"] {
            o.remove(k);
        }
    }
    s["$ref"] = Value::String("#/$defs/jsonl_record".into());
    jsonschema::validator_for(&s).expect("record schema compiles")
}
