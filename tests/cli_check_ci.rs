//! `claimdiff check` in the formats CI systems read: SARIF 2.1.0 validated against the
//! OASIS schema (draft-04, fetched once from the npm registry, see [`sarif_schema`]), JUnit XML read back by a strict
//! well-formedness checker, GitHub workflow commands and their escaping; then the command
//! lines of the recipes in docs/CI.md (GitHub Actions, pre-commit, GitLab CI) run as the
//! recipes run them, and the hook in examples/pre-commit run in a scratch git repository.
//!
//! Fixture paths are relative to the repository root, so the paths in the outputs do not
//! depend on where the repository is checked out.

use std::collections::{BTreeMap, BTreeSet};
use std::ffi::OsStr;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::{Value, json};

mod common;
use common::*;

/// A draft with numbers, quotes, a polarity and an unsupported claim wrong, and one
/// without a finding.
const DRAFTS: [&str; 2] = [
    "fixtures/check/drafts/bad.md",
    "fixtures/check/drafts/good.md",
];
const SOURCES: [&str; 2] = [
    "fixtures/budapest-summit/wire.txt",
    "fixtures/budapest-summit/state-media.txt",
];

/// `claimdiff check DRAFTS… --source SOURCE… --format FORMAT EXTRA…`, run in `dir`.
fn check_in<S: AsRef<OsStr>>(
    dir: &Path,
    drafts: &[S],
    sources: &[S],
    format: &str,
    extra: &[&str],
) -> Output {
    let mut c = claimdiff();
    c.current_dir(dir).arg("check").args(drafts);
    for s in sources {
        c.arg("--source").arg(s);
    }
    c.args(["--format", format])
        .args(extra)
        .output()
        .expect("runs")
}

/// The fixture drafts against the fixture sources.
fn check(format: &str) -> Output {
    check_in(root(), &DRAFTS, &SOURCES, format, &[])
}

/// Exit code `code`, or a panic that shows what the run printed.
fn expect_code(out: &Output, code: i32) {
    assert_eq!(
        out.status.code(),
        Some(code),
        "stdout:\n{}\nstderr:\n{}",
        stdout(out),
        stderr(out)
    );
}

fn parse_json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}):\n{text}"))
}

/// `--format json` of the fixtures: the reference the CI formats are compared with.
fn json_report() -> Value {
    let out = check("json");
    expect_code(&out, 1);
    parse_json(&stdout(&out))
}

fn array<'a>(v: &'a Value, key: &str) -> &'a Vec<Value> {
    v[key]
        .as_array()
        .unwrap_or_else(|| panic!("`{key}` is an array in {v}"))
}

fn num(v: &Value, key: &str) -> usize {
    v[key]
        .as_u64()
        .unwrap_or_else(|| panic!("`{key}` is a number in {v}")) as usize
}

/// Every finding of a JSON report, in report order, with its draft.
fn json_findings(report: &Value) -> Vec<(&Value, &Value)> {
    array(report, "drafts")
        .iter()
        .flat_map(|d| array(d, "findings").iter().map(move |f| (d, f)))
        .collect()
}

/// The rule ids of a claim's error findings.
fn error_rules(draft: &Value, claim: &Value) -> Vec<String> {
    let findings = array(draft, "findings");
    array(claim, "findings")
        .iter()
        .map(|i| &findings[i.as_u64().expect("index") as usize])
        .filter(|f| f["severity"] == "error")
        .map(|f| str_of(f, "rule").to_string())
        .collect()
}

/// Line `n` (1-based) of a file, as characters.
fn line_chars(path: &Path, n: usize) -> Vec<char> {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.split('\n')
        .nth(n - 1)
        .unwrap_or_else(|| panic!("{} has no line {n}", path.display()))
        .trim_end_matches('\r')
        .chars()
        .collect()
}

/// A scratch directory with files written into it.
fn scratch(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, text) in files {
        let p = dir.path().join(name);
        if let Some(parent) = p.parent() {
            fs::create_dir_all(parent).expect("mkdir");
        }
        fs::write(p, text).expect("write");
    }
    dir
}

fn fixture(path: &str) -> String {
    fs::read_to_string(root().join(path)).expect("fixture reads")
}

/// A source and a draft that differs from it in a number and in a quote whose words carry
/// `<`, `>`, `&` and `"`, after non-ASCII letters (so character and byte columns differ).
const MARKUP_SOURCE: &str =
    "Election commission chair Anna Berg said turnout reached 62% on Sunday.

\u{201c}Results for <b>every</b> district & the \"final\" audit come on Friday,\u{201d} Berg said.
";
const MARKUP_DRAFT: &str =
    "Z\u{fc}rich\u{2019}s election commission chair Anna Berg said turnout reached 58% on Sunday.

\u{201c}Results for <b>every</b> district & the \"final\" audit come on Monday,\u{201d} Berg said.
";
/// File names that need escaping as URIs and as workflow-command properties.
const ODD_DRAFT: &str = "desk, v2: caf\u{e9}.txt";
const ODD_SOURCE: &str = "100% Local.txt";

fn odd_names() -> tempfile::TempDir {
    scratch(&[(ODD_DRAFT, MARKUP_DRAFT), (ODD_SOURCE, MARKUP_SOURCE)])
}

// ---------------------------------------------------------------------------------------
// SARIF

/// The OASIS SARIF 2.1.0 JSON schema (`sarif-2.1.0-rtm.5.json`, draft-04). It is not
/// kept in the repository: the npm registry package `@microsoft/sarif-matcher-utils`
/// (pinned version) ships it, so it is fetched once with `npm pack` and cached under
/// `target/`; its SHA-256 is checked when `sha256sum` is available.
fn sarif_schema() -> Value {
    const PACKAGE: &str = "@microsoft/sarif-matcher-utils@1.0.0-beta.0";
    const TARBALL: &str = "microsoft-sarif-matcher-utils-1.0.0-beta.0.tgz";
    const MEMBER: &str = "package/lib/schemas/sarif-2.1.0-rtm.5.json";
    const SHA256: &str = "2d99159ae54a3eea97f81781cff48780548657c35949f4b7f25e99a2ba4de4f8";
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("sarif-schema");
    let file = dir.join(MEMBER);
    if !file.is_file() {
        fs::create_dir_all(&dir).expect("cache dir");
        let run = |cmd: &mut std::process::Command, what: &str| {
            let out = cmd.output().unwrap_or_else(|e| {
                panic!("the SARIF schema test needs {what} (and the npm registry): {e}")
            });
            assert!(
                out.status.success(),
                "{what} failed: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        };
        run(
            std::process::Command::new("npm")
                .args(["pack", PACKAGE, "--silent", "--pack-destination"])
                .arg(&dir),
            "npm",
        );
        run(
            std::process::Command::new("tar")
                .arg("xzf")
                .arg(dir.join(TARBALL))
                .arg("-C")
                .arg(&dir)
                .arg(MEMBER),
            "tar",
        );
    }
    if let Ok(out) = std::process::Command::new("sha256sum").arg(&file).output() {
        let sum = String::from_utf8_lossy(&out.stdout);
        assert!(sum.starts_with(SHA256), "unexpected SARIF schema: {sum}");
    }
    let mut schema = parse_json(&fs::read_to_string(&file).expect("the cached schema"));
    // rtm.5 carries an unbalanced regex for the `language` properties that the OASIS
    // errata fixed; the errata pattern is put in so the schema compiles (claimdiff writes
    // no language).
    let mut fixed = 0;
    for def in ["run", "toolComponent"] {
        let lang = &mut schema["definitions"][def]["properties"]["language"]["pattern"];
        if *lang == "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$" {
            *lang = Value::String("^[a-zA-Z]{2}(-[a-zA-Z]{2})?$".into());
            fixed += 1;
        }
    }
    assert_eq!(fixed, 2, "the known rtm.5 regex bug is where expected");
    schema
}

/// The OASIS schema declares draft-04 (`id`, not `$id`), so the validator is built for
/// draft-04, with formats (`uri`, `uri-reference`) checked.
fn sarif_validator() -> jsonschema::Validator {
    let schema = sarif_schema();
    assert_eq!(
        schema["$schema"], "http://json-schema.org/draft-04/schema#",
        "the schema is the draft-04 one"
    );
    jsonschema::draft4::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the SARIF schema compiles")
}

fn schema_errors(v: &jsonschema::Validator, doc: &Value) -> Vec<String> {
    v.iter_errors(doc)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect()
}

fn sarif_of(out: &Output) -> Value {
    let doc = parse_json(&stdout(out));
    assert_eq!(doc["version"], "2.1.0");
    assert_eq!(array(&doc, "runs").len(), 1, "one run");
    doc
}

fn run0(doc: &Value) -> &Value {
    &doc["runs"][0]
}

/// A relative URI reference back to a path: `%XX` decoded as UTF-8.
fn uri_path(uri: &str) -> String {
    let b = uri.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hex = std::str::from_utf8(&b[i + 1..i + 3]).expect("ASCII");
            out.push(u8::from_str_radix(hex, 16).expect("two hex digits"));
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).expect("UTF-8 path")
}

#[test]
fn sarif_is_valid_against_the_oasis_schema() {
    let v = sarif_validator();
    let out = check("sarif");
    expect_code(&out, 1);
    let doc = sarif_of(&out);
    assert_eq!(schema_errors(&v, &doc), Vec::<String>::new());
    let report = json_report();
    assert_eq!(
        array(run0(&doc), "results").len(),
        json_findings(&report).len(),
        "one result per finding"
    );
    assert!(!array(run0(&doc), "results").is_empty());

    // The validator is not vacuous: it rejects a line 0, an unknown column unit and a
    // result without a message.
    let mut bad = doc.clone();
    bad["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] =
        json!(0);
    assert!(!v.is_valid(&bad));
    let mut bad = doc.clone();
    bad["runs"][0]["columnKind"] = json!("bytes");
    assert!(!v.is_valid(&bad));
    let mut bad = doc.clone();
    bad["runs"][0]["results"][0]
        .as_object_mut()
        .expect("result")
        .remove("message");
    assert!(!v.is_valid(&bad));
}

#[test]
fn sarif_stays_valid_with_odd_file_names_and_a_source_given_twice() {
    let v = sarif_validator();
    let dir = odd_names();
    let out = check_in(
        dir.path(),
        &[ODD_DRAFT],
        &[ODD_SOURCE, ODD_SOURCE, "."],
        "sarif",
        &[],
    );
    // `.` holds the draft too, which then supports itself: only validity matters here.
    expect_code(&out, 0);
    let doc = sarif_of(&out);
    assert_eq!(schema_errors(&v, &doc), Vec::<String>::new());
    // `run.artifacts` is `uniqueItems`: each file once, its URI decoding to its name.
    let uris: Vec<&str> = array(run0(&doc), "artifacts")
        .iter()
        .map(|a| a["location"]["uri"].as_str().expect("uri"))
        .collect();
    let unique: BTreeSet<&&str> = uris.iter().collect();
    assert_eq!(unique.len(), uris.len(), "artifacts repeat: {uris:?}");
    assert_eq!(uris[0], "desk,%20v2%3A%20caf%C3%A9.txt");
    assert_eq!(uris[1], "100%25%20Local.txt");
    let paths: BTreeSet<String> = uris.iter().map(|u| uri_path(u)).collect();
    assert!(paths.contains(ODD_DRAFT) && paths.contains(ODD_SOURCE));

    // Without the directory the findings are there, at character columns.
    let out = check_in(dir.path(), &[ODD_DRAFT], &[ODD_SOURCE], "sarif", &[]);
    expect_code(&out, 1);
    let doc = sarif_of(&out);
    assert_eq!(schema_errors(&v, &doc), Vec::<String>::new());
    assert_eq!(run0(&doc)["columnKind"], "unicodeCodePoints");
    let number = array(run0(&doc), "results")
        .iter()
        .find(|r| r["ruleId"] == "CD201")
        .expect("the number finding");
    let loc = &number["locations"][0]["physicalLocation"];
    assert_eq!(uri_path(str_of(&loc["artifactLocation"], "uri")), ODD_DRAFT);
    let region = &loc["region"];
    let line = line_chars(&dir.path().join(ODD_DRAFT), num(region, "startLine"));
    let slice: String = line[num(region, "startColumn") - 1..num(region, "endColumn") - 1]
        .iter()
        .collect();
    assert_eq!(slice, "58%");
    // In bytes the column would be three further on (ü and ’ are multi-byte).
    assert_eq!(num(region, "startColumn"), 67);
}

#[test]
fn sarif_rules_are_described_and_results_point_at_them() {
    let doc = sarif_of(&check("sarif"));
    let driver = &run0(&doc)["tool"]["driver"];
    assert_eq!(driver["name"], "claimdiff");
    let rules = array(driver, "rules");
    assert!(rules.len() >= 10, "the whole rule table: {}", rules.len());
    let mut ids = BTreeSet::new();
    for r in rules {
        let id = str_of(r, "id");
        assert!(
            id.len() == 5 && id.starts_with("CD") && id[2..].chars().all(|c| c.is_ascii_digit()),
            "rule id {id}"
        );
        assert!(ids.insert(id.to_string()), "{id} listed twice");
        let name = str_of(r, "name");
        assert!(!name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '-'));
        for key in ["shortDescription", "fullDescription", "help"] {
            let text = r[key]["text"].as_str().unwrap_or_default();
            assert!(text.len() > 10, "{id}: {key}.text is `{text}`");
        }
        assert!(
            str_of(&r["fullDescription"], "text").len()
                > str_of(&r["shortDescription"], "text").len(),
            "{id}: the full description says more than the short one"
        );
        assert!(
            ["error", "warning", "note"].contains(&str_of(&r["defaultConfiguration"], "level"))
        );
    }
    let report = json_report();
    let findings = json_findings(&report);
    let results = array(run0(&doc), "results");
    for (res, (_, f)) in results.iter().zip(&findings) {
        let id = str_of(res, "ruleId");
        assert_eq!(id, str_of(f, "rule"), "results in report order");
        assert!(ids.contains(id), "{id} is not among the rules");
        let i = num(res, "ruleIndex");
        assert_eq!(rules[i]["id"], id, "ruleIndex {i} of {id}");
        let level = match str_of(f, "severity") {
            "error" => "error",
            "warning" => "warning",
            _ => "note",
        };
        assert_eq!(res["level"], level);
        assert_eq!(res["message"]["text"], f["message"]);
    }
    // Every severity of the fixtures shows up, so the levels above were exercised.
    let levels: BTreeSet<&str> = results.iter().map(|r| str_of(r, "level")).collect();
    assert!(levels.contains("error") && levels.contains("warning"));
}

#[test]
fn sarif_regions_point_at_the_findings_words() {
    let doc = sarif_of(&check("sarif"));
    assert_eq!(run0(&doc)["columnKind"], "unicodeCodePoints");
    let report = json_report();
    let findings = json_findings(&report);
    let results = array(run0(&doc), "results");
    assert_eq!(results.len(), findings.len());
    for (res, (_, f)) in results.iter().zip(&findings) {
        let loc = &res["locations"][0]["physicalLocation"];
        let path = uri_path(str_of(&loc["artifactLocation"], "uri"));
        assert_eq!(path, str_of(&f["draft"], "path"));
        let region = &loc["region"];
        let (line, col) = (num(region, "startLine"), num(region, "startColumn"));
        let (end_line, end_col) = (num(region, "endLine"), num(region, "endColumn"));
        assert_eq!(
            (line, col),
            (num(&f["draft"], "line"), num(&f["draft"], "column"))
        );
        assert_eq!(end_line, line, "findings of the fixtures sit on one line");
        assert!(end_col > col, "an empty region: {region}");
        let chars = line_chars(&root().join(&path), line);
        assert!(
            end_col - 1 <= chars.len(),
            "region past the end of line {line}"
        );
        let at: String = chars[col - 1..].iter().collect();
        let slice: String = chars[col - 1..end_col - 1].iter().collect();
        let words = str_of(&f["draft"], "text");
        // The start column is where the finding's words begin in the file…
        assert!(
            at.starts_with(words),
            "{path}:{line}:{col}: `{at}` does not start with `{words}`"
        );
        // …and the region holds them, short at most of the punctuation that closes a
        // quotation (“frank,” is located as `frank`).
        let rest = words.strip_prefix(slice.as_str()).unwrap_or_else(|| {
            panic!("{path}:{line}:{col}: region `{slice}` is not the start of `{words}`")
        });
        assert!(
            rest.chars().all(|c| ",.;:".contains(c)),
            "{path}:{line}: the region leaves out `{rest}`"
        );
        // A snippet, when there is one, is exactly the region's text.
        if let Some(s) = region.get("snippet") {
            assert_eq!(str_of(s, "text"), slice, "{path}:{line}:{col}");
        }
        // Related locations (the sources) lie inside their files, snippets exact too.
        for rel in res["relatedLocations"].as_array().into_iter().flatten() {
            let pl = &rel["physicalLocation"];
            let src = root().join(uri_path(str_of(&pl["artifactLocation"], "uri")));
            let r = &pl["region"];
            let chars = line_chars(&src, num(r, "startLine"));
            assert!(num(r, "startColumn") <= chars.len());
            if num(r, "endLine") == num(r, "startLine") {
                assert!(num(r, "endColumn") - 1 <= chars.len());
                if let Some(s) = r.get("snippet") {
                    let slice: String = chars[num(r, "startColumn") - 1..num(r, "endColumn") - 1]
                        .iter()
                        .collect();
                    assert_eq!(str_of(s, "text"), slice);
                }
            }
        }
    }
    // The quote findings are among those checked (their words end in punctuation).
    assert!(
        findings.iter().any(|(_, f)| f["rule"] == "CD101"),
        "the fixtures have a quote finding"
    );
}

/// (ruleId, fingerprint, startLine, startColumn) of each result.
fn fingerprints(doc: &Value) -> Vec<(String, String, usize, usize)> {
    array(run0(doc), "results")
        .iter()
        .map(|r| {
            let region = &r["locations"][0]["physicalLocation"]["region"];
            (
                str_of(r, "ruleId").to_string(),
                str_of(&r["partialFingerprints"], "claimdiff/v1").to_string(),
                num(region, "startLine"),
                num(region, "startColumn"),
            )
        })
        .collect()
}

#[test]
fn sarif_fingerprints_survive_reruns_and_line_moves() {
    let draft = fixture(DRAFTS[0]);
    let dir = scratch(&[("drafts/bad.md", &draft)]);
    let sources: Vec<PathBuf> = SOURCES.iter().map(|s| root().join(s)).collect();
    let run = || {
        let out = check_in(
            dir.path(),
            &[PathBuf::from("drafts/bad.md")],
            &sources,
            "sarif",
            &[],
        );
        expect_code(&out, 1);
        fingerprints(&sarif_of(&out))
    };
    let first = run();
    assert!(first.len() >= 5, "{first:?}");
    assert_eq!(run(), first, "the same run twice");
    let distinct: BTreeSet<&String> = first.iter().map(|f| &f.1).collect();
    assert_eq!(distinct.len(), first.len(), "one fingerprint per finding");

    // A blank line after the front matter moves every finding down one line.
    let end = draft.match_indices("---\n").nth(1).expect("front matter").0 + 4;
    let moved = format!("{}\n{}", &draft[..end], &draft[end..]);
    fs::write(dir.path().join("drafts/bad.md"), moved).expect("write");
    let after = run();
    assert_eq!(after.len(), first.len());
    for (a, b) in first.iter().zip(&after) {
        assert_eq!((&a.0, &a.1), (&b.0, &b.1), "rule and fingerprint kept");
        assert_eq!(b.2, a.2 + 1, "{}: line {} → {}", a.0, a.2, b.2);
        assert_eq!(b.3, a.3, "column kept");
    }
}

// ---------------------------------------------------------------------------------------
// JUnit

/// An XML element read back: name, attributes and text with references resolved.
#[derive(Debug)]
struct Element {
    name: String,
    attrs: BTreeMap<String, String>,
    children: Vec<Element>,
    text: String,
}

impl Element {
    fn attr(&self, name: &str) -> &str {
        self.attrs
            .get(name)
            .unwrap_or_else(|| panic!("<{}> has no {name}=", self.name))
    }

    fn count(&self, name: &str) -> usize {
        self.attr(name)
            .parse()
            .unwrap_or_else(|_| panic!("{name}= is a number"))
    }

    fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Element> + 'a {
        self.children.iter().filter(move |c| c.name == name)
    }
}

/// A strict reader for the XML that JUnit output uses: a declaration, comments, nested
/// elements with quoted attributes, text with the five predefined entities and character
/// references, CDATA. It panics, with the byte offset, on anything not well-formed:
/// an unclosed or mismatched tag, a bare `&` or `<`, an unknown entity, a repeated
/// attribute, a character XML 1.0 cannot carry, content after the root.
fn parse_xml(src: &str) -> Element {
    let mut p = Xml { s: src, i: 0 };
    if p.rest().starts_with("<?xml") {
        p.skip_past("?>");
    }
    p.skip_misc();
    let root = p.element();
    p.skip_misc();
    if p.i != src.len() {
        p.fail("content after the root element");
    }
    root
}

struct Xml<'a> {
    s: &'a str,
    i: usize,
}

impl Xml<'_> {
    fn rest(&self) -> &str {
        &self.s[self.i..]
    }

    fn fail(&self, what: &str) -> ! {
        let near: String = self.rest().chars().take(60).collect();
        panic!(
            "not well-formed XML at byte {}: {what}; near `{near}`",
            self.i
        )
    }

    fn skip_past(&mut self, end: &str) {
        match self.rest().find(end) {
            Some(k) => self.i += k + end.len(),
            None => self.fail(&format!("no closing `{end}`")),
        }
    }

    fn skip_ws(&mut self) -> bool {
        let n = self.rest().len()
            - self
                .rest()
                .trim_start_matches([' ', '\t', '\n', '\r'])
                .len();
        self.i += n;
        n > 0
    }

    fn skip_misc(&mut self) {
        loop {
            self.skip_ws();
            if self.rest().starts_with("<!--") {
                self.skip_past("-->");
            } else {
                break;
            }
        }
    }

    fn expect(&mut self, s: &str) {
        if !self.rest().starts_with(s) {
            self.fail(&format!("expected `{s}`"));
        }
        self.i += s.len();
    }

    fn name(&mut self) -> String {
        let n: String = self
            .rest()
            .chars()
            .take_while(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
            .collect();
        if !n.starts_with(|c: char| c.is_alphabetic() || c == '_') {
            self.fail("expected a name");
        }
        self.i += n.len();
        n
    }

    /// Resolve references in `raw`, which may not hold `<` (nor, in attributes, the quote).
    fn unescape(&self, raw: &str) -> String {
        let mut out = String::new();
        let mut rest = raw;
        while let Some(k) = rest.find(['&', '<']) {
            out.push_str(&rest[..k]);
            if rest[k..].starts_with('<') {
                self.fail("`<` in text or an attribute value");
            }
            let Some(semi) = rest[k..].find(';') else {
                self.fail("`&` without `;`")
            };
            let entity = &rest[k + 1..k + semi];
            let c = match entity {
                "amp" => '&',
                "lt" => '<',
                "gt" => '>',
                "quot" => '"',
                "apos" => '\'',
                _ => {
                    let code = if let Some(h) = entity.strip_prefix("#x") {
                        u32::from_str_radix(h, 16).ok()
                    } else if let Some(d) = entity.strip_prefix('#') {
                        d.parse().ok()
                    } else {
                        None
                    };
                    code.and_then(char::from_u32)
                        .unwrap_or_else(|| self.fail(&format!("unknown reference `&{entity};`")))
                }
            };
            out.push(c);
            rest = &rest[k + semi + 1..];
        }
        out.push_str(rest);
        for c in out.chars() {
            let ok = matches!(c, '\t' | '\n' | '\r')
                || (c >= ' ' && !matches!(c, '\u{fffe}' | '\u{ffff}'));
            if !ok {
                self.fail(&format!(
                    "character U+{:04X} is not allowed in XML",
                    c as u32
                ));
            }
        }
        out
    }

    fn element(&mut self) -> Element {
        self.expect("<");
        let name = self.name();
        let mut attrs = BTreeMap::new();
        loop {
            let spaced = self.skip_ws();
            if self.rest().starts_with("/>") {
                self.i += 2;
                return Element {
                    name,
                    attrs,
                    children: Vec::new(),
                    text: String::new(),
                };
            }
            if self.rest().starts_with('>') {
                self.i += 1;
                break;
            }
            if !spaced {
                self.fail("attributes must be separated by white space");
            }
            let key = self.name();
            self.skip_ws();
            self.expect("=");
            self.skip_ws();
            let quote = match self.rest().chars().next() {
                Some(q @ ('"' | '\'')) => q,
                _ => self.fail("attribute value without quotes"),
            };
            self.i += 1;
            let Some(len) = self.rest().find(quote) else {
                self.fail("unterminated attribute value")
            };
            // Attribute-value normalization: literal white space becomes a space.
            let raw = self.rest()[..len].replace(['\t', '\n', '\r'], " ");
            let value = self.unescape(&raw);
            self.i += len + 1;
            if attrs.insert(key.clone(), value).is_some() {
                self.fail(&format!("attribute {key} repeated"));
            }
        }
        let mut children = Vec::new();
        let mut text = String::new();
        loop {
            let rest = self.rest();
            if rest.is_empty() {
                self.fail(&format!("<{name}> is not closed"));
            } else if rest.starts_with("</") {
                self.i += 2;
                let close = self.name();
                if close != name {
                    self.fail(&format!("</{close}> closes <{name}>"));
                }
                self.skip_ws();
                self.expect(">");
                return Element {
                    name,
                    attrs,
                    children,
                    text,
                };
            } else if rest.starts_with("<!--") {
                self.skip_past("-->");
            } else if rest.starts_with("<![CDATA[") {
                let start = self.i + 9;
                self.skip_past("]]>");
                text.push_str(&self.s[start..self.i - 3]);
            } else if rest.starts_with('<') {
                children.push(self.element());
            } else {
                let len = rest.find('<').unwrap_or(rest.len());
                let raw = &rest[..len];
                if raw.contains("]]>") {
                    self.fail("`]]>` in text");
                }
                text.push_str(&self.unescape(raw));
                self.i += len;
            }
        }
    }
}

#[test]
fn the_xml_reader_rejects_what_is_not_well_formed() {
    let ok = parse_xml(r#"<?xml version="1.0"?><a x="1 &amp; &#10;2"><b/>t &lt;&#x41;</a>"#);
    assert_eq!(ok.attr("x"), "1 & \n2");
    assert_eq!(ok.text, "t <A");
    assert_eq!(ok.children.len(), 1);
    for bad in [
        "<a><b></a></b>",
        "<a>",
        "<a>&</a>",
        "<a>&nbsp;</a>",
        "<a x=\"<\"/>",
        "<a x=\"1\" x=\"2\"/>",
        "<a x=1/>",
        "<a/><b/>",
        "<a>\u{1}</a>",
    ] {
        let r = std::panic::catch_unwind(|| parse_xml(bad));
        assert!(r.is_err(), "accepted `{bad}`");
    }
}

#[test]
fn junit_is_well_formed_with_one_test_case_per_claim() {
    let out = check("junit");
    expect_code(&out, 1);
    let xml = stdout(&out);
    assert!(xml.starts_with(r#"<?xml version="1.0" encoding="UTF-8"?>"#));
    let root = parse_xml(&xml);
    assert_eq!(root.name, "testsuites");
    let report = json_report();
    let drafts = array(&report, "drafts");
    let suites: Vec<&Element> = root.all("testsuite").collect();
    assert_eq!(suites.len(), drafts.len(), "one suite per draft");
    let (mut tests, mut failures) = (0, 0);
    for (suite, draft) in suites.iter().zip(drafts) {
        let path = str_of(draft, "path");
        assert_eq!(suite.attr("name"), path);
        let claims = array(draft, "claims");
        let cases: Vec<&Element> = suite.all("testcase").collect();
        assert_eq!(cases.len(), claims.len(), "{path}: one test case per claim");
        assert_eq!(suite.count("tests"), claims.len());
        let mut failed = 0;
        let mut names = BTreeSet::new();
        for (case, claim) in cases.iter().zip(claims) {
            let place = &claim["place"];
            assert_eq!(case.attr("classname"), path);
            assert_eq!(case.attr("file"), path);
            assert_eq!(case.count("line"), num(place, "line"));
            let name = case.attr("name");
            assert!(
                name.starts_with(&format!("{path}:{}:{} ", place["line"], place["column"])),
                "{name}"
            );
            assert!(names.insert(name.to_string()), "{name} twice");
            let errors = error_rules(draft, claim);
            let fails: Vec<&Element> = case.all("failure").collect();
            if errors.is_empty() {
                assert!(fails.is_empty(), "{name} fails without an error finding");
            } else {
                failed += 1;
                assert_eq!(fails.len(), 1, "{name}: one <failure> per case");
                let f = fails[0];
                assert_eq!(f.attr("type"), errors.join(" "));
                for rule in &errors {
                    assert!(f.attr("message").contains(rule.as_str()), "{name}: {rule}");
                    assert!(f.text.contains(rule.as_str()), "{name}: {rule}");
                }
            }
            let out: Vec<&Element> = case.all("system-out").collect();
            assert_eq!(out.len(), 1);
            assert!(
                out[0]
                    .text
                    .contains(&format!("verdict: {}", str_of(claim, "verdict"))),
                "{name}"
            );
        }
        assert_eq!(suite.count("failures"), failed, "{path}: failures=");
        tests += claims.len();
        failures += failed;
    }
    assert_eq!(root.count("tests"), tests);
    assert_eq!(root.count("failures"), failures);
    // bad.md fails, good.md passes: the counts above were not all zero.
    assert!(suites[0].count("failures") >= 3);
    assert_eq!(suites[1].count("failures"), 0);
}

#[test]
fn junit_escapes_markup_in_quotes() {
    let dir = scratch(&[("draft.txt", MARKUP_DRAFT), ("src.txt", MARKUP_SOURCE)]);
    let out = check_in(dir.path(), &["draft.txt"], &["src.txt"], "junit", &[]);
    expect_code(&out, 1);
    let xml = stdout(&out);
    assert!(!xml.contains("<b>"), "raw markup in the XML:\n{xml}");
    assert!(
        xml.contains("&lt;b&gt;every&lt;/b&gt; district &amp; the &quot;final&quot; audit"),
        "{xml}"
    );
    let root = parse_xml(&xml);
    let words = "<b>every</b> district & the \"final\" audit";
    let case = root
        .all("testsuite")
        .flat_map(|s| s.all("testcase"))
        .find(|c| c.attr("name").contains(words))
        .unwrap_or_else(|| panic!("no test case named with `{words}`:\n{xml}"));
    let failure = case.all("failure").next().expect("the quote fails");
    assert_eq!(failure.attr("type"), "CD101");
    assert!(
        failure
            .text
            .contains(&format!("Results for {words} come on Friday"))
    );
    assert!(
        failure.text.contains("[-Monday-]{+Friday+}"),
        "{}",
        failure.text
    );
}

#[test]
fn junit_gives_a_finding_outside_any_claim_its_own_test_case() {
    // An unused suppression comment belongs to no claim; made an error, it fails the run,
    // and the JUnit report has to show why.
    let draft = "---\noutlet: Desk\n---\n\n<!-- claimdiff: ignore-next-line CD203 -->\n\
                 Election commission chair Anna Berg said turnout reached 62% on Sunday.\n";
    let dir = scratch(&[
        ("draft.md", draft),
        ("src.txt", MARKUP_SOURCE),
        ("claimdiff.toml", "[rules]\nCD602 = \"error\"\n"),
    ]);
    let json = check_in(dir.path(), &["draft.md"], &["src.txt"], "json", &[]);
    expect_code(&json, 1);
    let report = parse_json(&stdout(&json));
    let d = &array(&report, "drafts")[0];
    let claims = array(d, "claims");
    assert!(claims.iter().all(|c| error_rules(d, c).is_empty()));
    assert_eq!(report["stats"]["errors"], 1);

    let out = check_in(dir.path(), &["draft.md"], &["src.txt"], "junit", &[]);
    expect_code(&out, 1);
    let root = parse_xml(&stdout(&out));
    assert_eq!(root.count("tests"), claims.len() + 1);
    assert_eq!(root.count("failures"), 1);
    let suite = root.all("testsuite").next().expect("a suite");
    let cases: Vec<&Element> = suite.all("testcase").collect();
    assert_eq!(cases.len(), claims.len() + 1);
    let extra = cases.last().expect("the extra case");
    assert_eq!(extra.attr("name"), "draft.md:5:6 CD602 unused-suppression");
    assert_eq!(extra.count("line"), 5);
    let failure = extra.all("failure").next().expect("it fails");
    assert_eq!(failure.attr("type"), "CD602");
    assert!(failure.text.contains("suppressed nothing"));
}

// ---------------------------------------------------------------------------------------
// GitHub workflow commands

/// `::LEVEL file=…,line=…,col=…,endLine=…,endColumn=…,title=…::MESSAGE`: the properties
/// may not hold a raw `,` or `:` (escaped as `%2C`, `%3A`), nothing may hold a raw
/// newline or carriage return, and every `%` starts an escape.
fn annotation_re() -> regex::Regex {
    regex::Regex::new(
        r"^::(error|warning|notice) file=([^,:]+),line=(\d+),col=(\d+),endLine=(\d+),endColumn=(\d+),title=([^,:]+)::(.+)$",
    )
    .expect("regex")
}

/// Undo workflow-command escaping (`%25` last, so `%250A` stays `%0A`).
fn gh_unescape(s: &str) -> String {
    s.replace("%0D", "\r")
        .replace("%0A", "\n")
        .replace("%3A", ":")
        .replace("%2C", ",")
        .replace("%25", "%")
}

fn escapes_are_well_formed(s: &str) -> bool {
    s.match_indices('%').all(|(i, _)| {
        ["%25", "%0A", "%0D", "%3A", "%2C"]
            .iter()
            .any(|e| s[i..].starts_with(e))
    })
}

#[test]
fn github_annotations_are_one_workflow_command_per_finding() {
    let out = check("github");
    expect_code(&out, 1);
    let text = stdout(&out);
    let report = json_report();
    let findings = json_findings(&report);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), findings.len(), "{text}");
    let re = annotation_re();
    for (line, (_, f)) in lines.iter().zip(&findings) {
        assert!(
            ["::error ", "::warning ", "::notice "]
                .iter()
                .any(|p| line.starts_with(p)),
            "{line}"
        );
        let c = re
            .captures(line)
            .unwrap_or_else(|| panic!("not an annotation: {line}"));
        let level = match str_of(f, "severity") {
            "error" => "error",
            "warning" => "warning",
            _ => "notice",
        };
        assert_eq!(&c[1], level);
        let p = &f["draft"];
        assert_eq!(gh_unescape(&c[2]), str_of(p, "path"));
        let nums: Vec<usize> = (3..=6).map(|i| c[i].parse().expect("number")).collect();
        assert_eq!(
            nums,
            [
                num(p, "line"),
                num(p, "column"),
                num(p, "end_line"),
                num(p, "end_column")
            ]
        );
        assert_eq!(
            gh_unescape(&c[7]),
            format!("{} {}", str_of(f, "rule"), str_of(f, "name"))
        );
        let raw = &c[8];
        assert!(escapes_are_well_formed(raw), "{raw}");
        let message = gh_unescape(raw);
        assert!(message.starts_with(str_of(f, "message")), "{message}");
        // The sources follow on lines of their own, which the escaping keeps in one
        // command.
        let sources = array(f, "sources");
        assert_eq!(
            message.matches("\nsource: ").count(),
            sources.len(),
            "{message}"
        );
        for s in sources {
            assert!(message.contains(&format!("\nsource: {}:{}:", str_of(s, "path"), s["line"])));
        }
    }
    assert!(lines.iter().any(|l| l.starts_with("::warning ")));
}

#[test]
fn github_escapes_percent_newline_comma_and_colon() {
    let dir = odd_names();
    let out = check_in(dir.path(), &[ODD_DRAFT], &[ODD_SOURCE], "github", &[]);
    expect_code(&out, 1);
    let text = stdout(&out);
    let re = annotation_re();
    let number = text
        .lines()
        .find(|l| l.contains("title=CD201 "))
        .unwrap_or_else(|| panic!("no number annotation:\n{text}"));
    let c = re
        .captures(number)
        .unwrap_or_else(|| panic!("not an annotation: {number}"));
    // The file property: `,` and `:` escaped, so they do not end the value or the list.
    assert_eq!(&c[2], "desk%2C v2%3A café.txt");
    assert_eq!(gh_unescape(&c[2]), ODD_DRAFT);
    assert_eq!(&c[3], "1");
    assert_eq!(&c[4], "67", "columns count characters");
    // The message: `%` and the newline escaped; commas and colons are left as they are.
    let raw = &c[8];
    assert!(escapes_are_well_formed(raw), "{raw}");
    assert!(raw.contains("“58%25”"), "{raw}");
    assert!(
        raw.contains("%0Asource: 100%25 Local.txt:1:58 (100%25 Local): 62%25"),
        "{raw}"
    );
    let message = gh_unescape(raw);
    assert!(
        message.contains("“58%” cannot be true with “62%”"),
        "{message}"
    );
    assert!(message.contains("\nsource: 100% Local.txt:1:58 (100% Local): 62%"));
    // The quote annotation carries its word diff, markup and quotes untouched.
    let quote = text
        .lines()
        .find(|l| l.contains("title=CD101 "))
        .expect("the quote annotation");
    assert!(quote.contains("%0Adiff: Results for <b>every</b> district & the \"final\""));
    for line in text.lines() {
        let c = re
            .captures(line)
            .unwrap_or_else(|| panic!("not an annotation: {line}"));
        assert!(escapes_are_well_formed(&c[8]), "{line}");
    }
}

// ---------------------------------------------------------------------------------------
// The recipes of docs/CI.md, run as they are written there

const GH_ANNOTATE: &str = "claimdiff check drafts/*.md --source sources/ --format github";
const GH_SARIF: &str =
    "claimdiff check drafts/*.md --source sources/ --format sarif -o claimdiff.sarif --exit-zero";
const PRE_COMMIT_ENTRY: &str =
    "claimdiff check --format concise --no-progress --source sources/ --";
const GL_JSON: &str =
    "claimdiff check drafts/*.md --source sources/ --format json -o claimdiff.json --exit-zero";
const GL_JUNIT: &str =
    "claimdiff check drafts/*.md --source sources/ --format junit -o claimdiff.xml";

/// A project laid out as the recipes expect: `drafts/*.md` and `sources/`.
fn project(drafts: &[&str]) -> tempfile::TempDir {
    let mut files: Vec<(String, String)> = drafts
        .iter()
        .map(|d| {
            let name = Path::new(d).file_name().expect("name").to_string_lossy();
            (format!("drafts/{name}"), fixture(d))
        })
        .collect();
    for s in SOURCES {
        let name = Path::new(s).file_name().expect("name").to_string_lossy();
        files.push((format!("sources/{name}"), fixture(s)));
    }
    let refs: Vec<(&str, &str)> = files
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    scratch(&refs)
}

/// PATH with the built binary first.
fn path_with_binary() -> std::ffi::OsString {
    let bin = Path::new(env!("CARGO_BIN_EXE_claimdiff"))
        .parent()
        .expect("bin dir")
        .to_path_buf();
    let mut dirs = vec![bin];
    if let Some(p) = std::env::var_os("PATH") {
        dirs.extend(std::env::split_paths(&p));
    }
    std::env::join_paths(dirs).expect("PATH")
}

/// `sh -c LINE` in `dir`, claimdiff on PATH.
fn shell(dir: &Path, line: &str, env: &[(&str, &Path)]) -> Output {
    let mut c = std::process::Command::new("sh");
    c.arg("-c")
        .arg(line)
        .current_dir(dir)
        .env("PATH", path_with_binary())
        .env_remove("NO_COLOR");
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().expect("sh runs")
}

#[test]
fn the_recipes_in_docs_ci_use_these_command_lines() {
    let doc = fixture("docs/CI.md");
    for line in [GH_ANNOTATE, GH_SARIF, GL_JSON, GL_JUNIT] {
        assert!(doc.contains(line), "docs/CI.md lacks `{line}`");
    }
    assert!(doc.contains(&format!("entry: {PRE_COMMIT_ENTRY}")));
    assert!(doc.contains("github/codeql-action/upload-sarif@v3"));
    assert!(doc.contains("junit: claimdiff.xml"));
    assert!(doc.contains("examples/pre-commit"));
}

#[test]
fn github_actions_recipe() {
    let dir = project(&DRAFTS);
    let summary = dir.path().join("summary.md");
    fs::write(&summary, "earlier step\n").expect("write");
    let out = shell(
        dir.path(),
        GH_ANNOTATE,
        &[("GITHUB_STEP_SUMMARY", &summary)],
    );
    expect_code(&out, 1);
    // The annotation step also fills the job summary.
    let written = fs::read_to_string(&summary).expect("summary");
    assert!(
        written.starts_with("earlier step\n## claimdiff check: "),
        "{written}"
    );
    assert!(written.contains("CD201") && written.contains("`drafts/bad.md`"));
    let text = stdout(&out);
    assert!(text.lines().all(|l| l.starts_with("::")), "{text}");
    assert!(
        text.contains("::error file=drafts/bad.md,line=8,col=93,"),
        "{text}"
    );

    let out = shell(dir.path(), GH_SARIF, &[]);
    expect_code(&out, 0);
    assert!(stdout(&out).is_empty(), "-o writes the file, not stdout");
    let doc = parse_json(&fs::read_to_string(dir.path().join("claimdiff.sarif")).expect("SARIF"));
    assert_eq!(
        schema_errors(&sarif_validator(), &doc),
        Vec::<String>::new()
    );
    assert!(!array(run0(&doc), "results").is_empty());

    // With only a clean draft the annotation step passes.
    let clean = project(&[DRAFTS[1]]);
    let out = shell(clean.path(), GH_ANNOTATE, &[]);
    expect_code(&out, 0);
    assert!(stdout(&out).is_empty());
}

#[test]
fn pre_commit_framework_recipe() {
    // pre-commit appends the staged files to `entry`.
    let dir = project(&DRAFTS);
    let out = shell(
        dir.path(),
        &format!("{PRE_COMMIT_ENTRY} drafts/bad.md"),
        &[],
    );
    expect_code(&out, 1);
    assert!(
        stdout(&out).contains("drafts/bad.md:8:93: error[CD201]"),
        "{}",
        stdout(&out)
    );
    let out = shell(
        dir.path(),
        &format!("{PRE_COMMIT_ENTRY} drafts/good.md"),
        &[],
    );
    expect_code(&out, 0);
    assert!(stdout(&out).is_empty(), "{}", stdout(&out));
}

#[test]
fn gitlab_ci_recipe() {
    let dir = project(&DRAFTS);
    let out = shell(dir.path(), GL_JSON, &[]);
    expect_code(&out, 0);
    let json = parse_json(&fs::read_to_string(dir.path().join("claimdiff.json")).expect("JSON"));
    assert!(num(&json["stats"], "errors") > 0);
    let out = shell(dir.path(), GL_JUNIT, &[]);
    expect_code(&out, 1);
    assert!(stdout(&out).is_empty());
    let xml = fs::read_to_string(dir.path().join("claimdiff.xml")).expect("JUnit");
    let root = parse_xml(&xml);
    assert_eq!(root.count("tests"), num(&json["stats"], "claims"));
    assert!(root.count("failures") > 0);

    let clean = project(&[DRAFTS[1]]);
    let out = shell(clean.path(), GL_JUNIT, &[]);
    expect_code(&out, 0);
    let root = parse_xml(&fs::read_to_string(clean.path().join("claimdiff.xml")).expect("JUnit"));
    assert_eq!(root.count("failures"), 0);
}

/// `git ARGS…` in `dir`, away from the user's and the system's git configuration.
fn git(dir: &Path, args: &[&str]) -> Output {
    std::process::Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_NAME", "Desk")
        .env("GIT_AUTHOR_EMAIL", "desk@example.com")
        .env("GIT_COMMITTER_NAME", "Desk")
        .env("GIT_COMMITTER_EMAIL", "desk@example.com")
        .env("PATH", path_with_binary())
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .env_remove("GIT_INDEX_FILE")
        .output()
        .expect("git runs")
}

#[test]
fn plain_pre_commit_hook_stops_a_wrong_number() {
    if std::process::Command::new("git")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("skipped: git is not installed, so there is no repository to hook into");
        return;
    }
    let hook = root().join("examples/pre-commit");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(&hook).expect("hook").permissions().mode();
        assert_ne!(mode & 0o111, 0, "examples/pre-commit is executable");
    }
    let dir = scratch(&[
        ("sources/wire.txt", &fixture(SOURCES[0])),
        ("drafts/summit story.md", &fixture(DRAFTS[0])),
        ("README.md", "Not a draft: 2 + 2 = 5.\n"),
    ]);
    let repo = dir.path();
    expect_code(&git(repo, &["init", "-q"]), 0);
    expect_code(&git(repo, &["add", "."]), 0);

    // Run by hand: the wrong figures are reported, the hook fails.
    let run_hook_with = |claimdiff: &str| {
        std::process::Command::new(&hook)
            .current_dir(repo)
            .env("PATH", path_with_binary())
            .env("CLAIMDIFF", claimdiff)
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .output()
            .expect("the hook runs")
    };
    let run_hook = || run_hook_with("claimdiff");
    let out = run_hook();
    assert_ne!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(
        text.contains("drafts/summit story.md:8:93: error[CD201] “two-hour” cannot be true"),
        "{text}\n{}",
        stderr(&out)
    );
    assert!(text.contains("drafts/summit story.md:8:118: error[CD201]"));
    assert!(!text.contains("README.md"), "only drafts are checked");
    assert!(stderr(&out).contains("--no-verify"));

    // Installed as the repository's hook, it stops the commit.
    let installed = repo.join(".git/hooks/pre-commit");
    fs::copy(&hook, &installed).expect("install");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&installed, fs::Permissions::from_mode(0o755)).expect("chmod");
    }
    let out = git(repo, &["commit", "-q", "-m", "draft"]);
    assert_ne!(out.status.code(), Some(0), "the commit went through");
    assert_ne!(
        git(repo, &["rev-parse", "-q", "--verify", "HEAD"])
            .status
            .code(),
        Some(0)
    );

    // The corrected draft passes, by hand and as the hook.
    fs::write(repo.join("drafts/summit story.md"), fixture(DRAFTS[1])).expect("write");
    expect_code(&git(repo, &["add", "."]), 0);
    let out = run_hook();
    expect_code(&out, 0);
    assert!(stdout(&out).is_empty(), "{}", stdout(&out));
    let out = git(repo, &["commit", "-q", "-m", "draft"]);
    expect_code(&out, 0);

    // A commit without drafts does not need claimdiff at all; one with drafts does.
    fs::write(repo.join("README.md"), "Still not a draft.\n").expect("write");
    expect_code(&git(repo, &["add", "README.md"]), 0);
    let out = run_hook_with("/nonexistent/claimdiff");
    expect_code(&out, 0);
    assert!(stdout(&out).is_empty() && stderr(&out).is_empty());
    fs::write(repo.join("drafts/summit story.md"), fixture(DRAFTS[0])).expect("write");
    expect_code(&git(repo, &["add", "."]), 0);
    let out = run_hook_with("/nonexistent/claimdiff");
    expect_code(&out, 1);
    assert!(stderr(&out).contains("not found"), "{}", stderr(&out));
}
