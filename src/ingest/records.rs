//! JSON and JSON Lines article records, as CMS exports and crawlers write them:
//! `{"id","outlet","date","url","title","body"}` plus any other fields, which are kept as
//! metadata (`event` among them, for `compare --group-by`).
//!
//! A `.json` file holds one record, an array of records, or an object with the records
//! under `articles`, `items`, `records` or `data`. A `.jsonl` file holds one record per
//! line; a malformed line is one error with its line number and the other lines are
//! still read.

use serde_json::value::RawValue;
use serde_json::{Map, Value};

use super::decode::byte_line_col;
use super::html::{TextBlock, fragment_blocks, looks_like_html, name_of};
use crate::error::InputError;

/// One record, parsed: where it starts in the file and its fields.
pub(crate) struct Record {
    /// A label for outputs: the file path, or `path#id` when the file holds several.
    pub path: String,
    /// 1-based line where the record starts in the file.
    pub line: usize,
    /// Metadata fields as strings (non-string values as compact JSON).
    pub meta: std::collections::BTreeMap<String, String>,
    /// Title, if the record has one.
    pub title: Option<String>,
    /// The body.
    pub body: Body,
}

/// An article body: text as written (cut into blocks like a plain-text file), or blocks
/// already taken out of markup (an HTML page, a record whose body is HTML).
pub(crate) enum Body {
    /// Plain text.
    Text(String),
    /// Blocks of extracted text.
    Blocks(Vec<TextBlock>),
}

// Field names for the body, in order of preference.
const BODY_KEYS: &[&str] = &["body", "text", "content", "articleBody", "article_body"];

/// Records of a `.json` file.
pub(crate) fn parse_json(path: &str, text: &str) -> Vec<Result<Record, InputError>> {
    let top: &RawValue = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => return vec![Err(json_error(path, &e, 0, 0))],
    };
    let items: Vec<&RawValue> = match top.get().trim_start().as_bytes().first() {
        Some(b'[') => match serde_json::from_str(top.get()) {
            Ok(items) => items,
            Err(e) => return vec![Err(json_error(path, &e, 0, 0))],
        },
        _ => {
            // An object: a record itself, or a wrapper holding the records.
            let fields: std::collections::BTreeMap<&str, &RawValue> =
                match serde_json::from_str(top.get()) {
                    Ok(f) => f,
                    Err(e) => return vec![Err(json_error(path, &e, 0, 0))],
                };
            let is_record = BODY_KEYS.iter().any(|b| fields.contains_key(b));
            let wrapped = ["articles", "items", "records", "data"]
                .iter()
                .filter(|_| !is_record)
                .find_map(|k| fields.get(k))
                .filter(|v| v.get().trim_start().starts_with('['));
            match wrapped {
                Some(list) => match serde_json::from_str(list.get()) {
                    Ok(items) => items,
                    Err(e) => return vec![Err(json_error(path, &e, 0, 0))],
                },
                None => vec![top],
            }
        }
    };
    let several = items.len() > 1;
    items
        .iter()
        .enumerate()
        .map(|(i, raw)| {
            // A RawValue borrows from `text`, so its address gives its offset.
            let offset = (raw.get().as_ptr() as usize).saturating_sub(text.as_ptr() as usize);
            let (line, column) = byte_line_col(text.as_bytes(), offset.min(text.len()));
            let value: Value = serde_json::from_str(raw.get())
                .map_err(|e| json_error(path, &e, line - 1, column - 1))?;
            record(path, value, line, column, several.then_some(i + 1))
        })
        .collect()
}

/// The record on 1-based line `line` of a `.jsonl` file. A record without an `id` is
/// named by its line (`FILE#LINE`), which a piece of the file read on its own with
/// `--first-line` names the same way.
pub(crate) fn parse_jsonl_line(path: &str, text: &str, line: usize) -> Result<Record, InputError> {
    serde_json::from_str::<Value>(text)
        .map_err(|e| json_error(path, &e, line - 1, 0))
        .and_then(|v| record(path, v, line, 1, Some(line)))
}

// A parser error at (line, column) of a value that starts `line0` lines and `col0`
// columns into the file (the column offset applies on the value's first line only).
pub(crate) fn json_error(
    path: &str,
    e: &serde_json::Error,
    line0: usize,
    col0: usize,
) -> InputError {
    let line = e.line().max(1);
    let column = if line == 1 {
        e.column() + col0
    } else {
        e.column()
    };
    let message = e.to_string();
    // serde_json appends " at line L column C"; the position is already in front.
    let message = match message.rfind(" at line ") {
        Some(at) => message[..at].to_string(),
        None => message,
    };
    InputError::Json {
        path: path.to_string(),
        line: line0 + line,
        column: column.max(1),
        message,
    }
}

fn record(
    path: &str,
    value: Value,
    line: usize,
    column: usize,
    number: Option<usize>,
) -> Result<Record, InputError> {
    let err = |message: String| InputError::Record {
        path: path.to_string(),
        line,
        column,
        message,
    };
    let Value::Object(fields) = value else {
        return Err(err(format!(
            "a record must be a JSON object, found {}; give {{\"title\", \"body\", …}}",
            kind_of(&value)
        )));
    };
    let id = fields.get("id").and_then(scalar);
    let label = match (number, &id) {
        (None, _) => path.to_string(),
        (Some(_), Some(id)) => format!("{path}#{id}"),
        (Some(n), None) => format!("{path}#{n}"),
    };
    let body_key = BODY_KEYS.iter().find(|k| fields.contains_key(**k));
    let body = match body_key.map(|k| (k, &fields[*k])) {
        Some((_, Value::String(s))) => s.clone(),
        Some((k, other)) => {
            return Err(err(format!(
                "\"{k}\" is {}, not a string; give the article text as one string",
                kind_of(other)
            )));
        }
        None => {
            return Err(err(
                "record has no \"body\" field; give the article text as \"body\"".to_string(),
            ));
        }
    };
    if body.trim().is_empty() {
        return Err(InputError::Empty { path: label });
    }
    let body = if looks_like_html(&body) {
        Body::Blocks(fragment_blocks(&body))
    } else {
        Body::Text(body)
    };
    let meta = flatten(&fields, body_key.copied());
    let title = ["title", "headline"]
        .iter()
        .find_map(|k| fields.get(*k).and_then(scalar))
        .filter(|t| !t.trim().is_empty());
    Ok(Record {
        path: label,
        line,
        meta,
        title,
        body,
    })
}

// Every field but the body as a string: strings as they are, `{"name": …}` objects and
// lists of names as names (authors, publishers), anything else as compact JSON.
fn flatten(
    fields: &Map<String, Value>,
    body: Option<&str>,
) -> std::collections::BTreeMap<String, String> {
    let mut meta = std::collections::BTreeMap::new();
    for (k, v) in fields {
        if Some(k.as_str()) == body || v.is_null() {
            continue;
        }
        let key = k.to_ascii_lowercase();
        let value = match v {
            Value::String(s) => s.clone(),
            // A list that is not all names (`"tags": ["a", 1]`) is kept whole.
            Value::Array(items) if !items.iter().all(is_name) => v.to_string(),
            _ => name_of(v, &Default::default(), 0).unwrap_or_else(|| v.to_string()),
        };
        meta.insert(key, value);
    }
    meta
}

fn is_name(v: &Value) -> bool {
    v.is_string() || v.get("name").is_some_and(Value::is_string)
}

fn scalar(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jsonl_reports_bad_lines_and_keeps_the_rest() {
        let text = "{\"id\":\"a\",\"outlet\":\"Wire\",\"title\":\"T\",\"body\":\"One.\\n\\nTwo.\",\"event\":\"e1\"}\n\
                    {\"id\":\"b\", \"body\": }\n\
                    \n\
                    [1]\n\
                    {\"id\":7,\"text\":\"Three.\"}\n";
        let lines = super::super::JsonLines::new("f.jsonl", text.as_bytes(), u64::MAX, 1);
        let r: Vec<_> = super::super::JsonlStream::from_lines(lines).collect();
        assert_eq!(r.len(), 4);
        let a = r[0].as_ref().unwrap();
        assert_eq!(a.path, "f.jsonl#a");
        assert_eq!(a.meta["event"], "e1");
        assert_eq!(&*a.text, "T\n\nOne.\n\nTwo.");
        assert_eq!(
            r[1].as_ref().err().unwrap().to_string(),
            "f.jsonl:2:20: invalid JSON: expected value; fix the record or drop it"
        );
        assert_eq!(
            r[2].as_ref().err().unwrap().to_string(),
            "f.jsonl:4:1: a record must be a JSON object, found an array; give {\"title\", \"body\", …}"
        );
        assert_eq!(r[3].as_ref().unwrap().path, "f.jsonl#7");
    }

    #[test]
    fn json_array_records_know_their_lines() {
        let text = "[\n  {\"title\": \"A\", \"body\": \"x\"},\n  {\"title\": \"B\"}\n]";
        let r = parse_json("f.json", text);
        assert_eq!(r[0].as_ref().unwrap().line, 2);
        assert_eq!(
            r[1].as_ref().err().unwrap().to_string(),
            "f.json:3:3: record has no \"body\" field; give the article text as \"body\""
        );
    }

    #[test]
    fn json_wrapper_object_and_single_record() {
        let r = parse_json("f.json", r#"{"articles": [{"body": "a"}, {"body": "b"}]}"#);
        assert_eq!(r.len(), 2);
        assert_eq!(r[1].as_ref().unwrap().path, "f.json#2");
        let r = parse_json(
            "f.json",
            r#"{"body": "<p>One</p><p>Two</p>", "author": [{"name": "A"}, {"name": "B"}]}"#,
        );
        let rec = r[0].as_ref().unwrap();
        assert_eq!(rec.path, "f.json");
        assert!(matches!(&rec.body, Body::Blocks(b) if b.len() == 2));
        assert_eq!(rec.meta["author"], "A, B");
    }

    #[test]
    fn malformed_json_file_has_line_and_column() {
        let r = parse_json("f.json", "{\n  \"body\": \"x\",\n  oops\n}");
        assert_eq!(
            r[0].as_ref().err().unwrap().to_string(),
            "f.json:3:3: invalid JSON: key must be a string; fix the record or drop it"
        );
    }
}
