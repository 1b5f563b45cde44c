//! `check` formats for CI systems: SARIF 2.1.0 (code scanning) and JUnit XML.

use std::collections::BTreeSet;
use std::io::{self, Write};

use serde_json::json;

use super::short;
use crate::check::{CheckFinding, CheckReport, DraftReport, Place, Verdict};
use crate::compare::rules::{ALL_RULES, Rule, Severity};

/// SARIF `level` of a severity.
fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// The rules of the tool, as SARIF reporting descriptors.
fn rules() -> Vec<serde_json::Value> {
    ALL_RULES
        .iter()
        .map(|r| {
            json!({
                "id": r.id(),
                "name": r.name(),
                "shortDescription": {"text": r.short()},
                "fullDescription": {"text": format!("{}. {}", r.short(), r.help())},
                "help": {
                    "text": r.help(),
                    "markdown": format!("{} Rule {} is described in `docs/RULES.md` of the claimdiff repository.", r.help(), r.id()),
                },
                "defaultConfiguration": {"level": level(r.severity())},
            })
        })
        .collect()
}

fn rule_index(r: Rule) -> Option<usize> {
    ALL_RULES.iter().position(|x| *x == r)
}

/// A SARIF region for a place. `snippet` must be the artifact's text inside the region
/// (SARIF §3.30.13), and a place's words are not always that: a quotation is located from
/// its first to its last word while its text keeps the closing comma or full stop, and a
/// quotation spread over fragments (`"…," said X, "…"`) is located over the whole
/// sentence. So the snippet is written only when the words are exactly as long as the
/// located span.
fn region(p: &Place) -> serde_json::Value {
    // Extracted text (an HTML page) has no columns in the file: the region is the line
    // the paragraph starts on.
    if let (line, None) = p.file_position() {
        return json!({ "startLine": line });
    }
    let mut r = json!({
        "startLine": p.line,
        "startColumn": p.column,
        "endLine": p.end_line,
        "endColumn": p.end_column,
    });
    let exact = if p.end > p.start {
        p.end - p.start == p.text.len()
    } else {
        // Places located by line and column only (suppression comments).
        p.line == p.end_line && p.end_column.saturating_sub(p.column) == p.text.chars().count()
    };
    if exact && !p.text.is_empty() {
        r["snippet"] = json!({"text": p.text});
    }
    r
}

/// SARIF 2.1.0: one run, the tool's rules, one result per finding. Columns are counted
/// in Unicode characters (`columnKind: unicodeCodePoints`), lines from 1; `endColumn` is
/// one past the last character.
pub fn sarif<W: Write + ?Sized>(w: &mut W, r: &CheckReport) -> io::Result<()> {
    let results: Vec<serde_json::Value> = r
        .findings()
        .map(|(_, f)| {
            let p = &f.draft;
            let related: Vec<serde_json::Value> = f
                .sources
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    json!({
                        "id": i,
                        "physicalLocation": {
                            "artifactLocation": {"uri": uri(&s.path)},
                            "region": region(s),
                        },
                        "message": {"text": format!("{}: {}", s.outlet, s.text)},
                    })
                })
                .collect();
            let mut res = json!({
                "ruleId": f.rule.id(),
                "level": level(f.severity),
                "message": {"text": f.message},
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": {"uri": uri(&p.path)},
                        "region": region(p),
                    },
                }],
                "partialFingerprints": {"claimdiff/v1": f.fingerprint},
            });
            if let Some(i) = rule_index(f.rule) {
                res["ruleIndex"] = json!(i);
            }
            if !related.is_empty() {
                res["relatedLocations"] = json!(related);
            }
            res
        })
        .collect();
    // Each file once: `run.artifacts` is `uniqueItems`, and a file can be named twice
    // (`--source a.txt --source dir/` with a.txt in dir/, or a draft that is also a source).
    let mut seen = BTreeSet::new();
    let artifacts: Vec<serde_json::Value> = r
        .drafts
        .iter()
        .map(|d| d.path.as_str())
        .chain(r.sources.iter().map(|s| s.path.as_str()))
        .map(uri)
        .filter(|u| seen.insert(u.clone()))
        .map(|u| json!({"location": {"uri": u}}))
        .collect();
    let doc = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "claimdiff",
                    "version": env!("CARGO_PKG_VERSION"),
                    "rules": rules(),
                },
            },
            "columnKind": "unicodeCodePoints",
            "artifacts": artifacts,
            "results": results,
        }],
    });
    serde_json::to_writer_pretty(&mut *w, &doc).map_err(io::Error::from)?;
    w.write_all(b"\n")
}

/// A URI reference for a path (RFC 3986): forward slashes, and every byte that is not
/// unreserved, a sub-delimiter, `@` or `/` percent-encoded as UTF-8 — spaces, `%`, `#`,
/// `?`, brackets, and non-ASCII letters (`café.md` → `caf%C3%A9.md`). `:` is encoded too,
/// so `a:b.md` is not read as the scheme `a`.
fn uri(path: &str) -> String {
    let p = path.replace('\\', "/");
    let p = p.strip_prefix("./").unwrap_or(&p);
    let mut out = String::with_capacity(p.len());
    for b in p.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=@/".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Text for XML 1.0 character data: the five markup characters as entities, and the
/// characters XML 1.0 cannot carry at all (C0 controls other than tab, line feed and
/// carriage return; U+FFFE, U+FFFF) as U+FFFD.
fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\u{fffe}' | '\u{ffff}' => out.push('\u{fffd}'),
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

/// Text for an XML attribute value: as [`xml`], and tab, line feed and carriage return as
/// character references, which attribute-value normalization would turn into spaces.
fn xml_attr(s: &str) -> String {
    xml(s)
        .replace('\t', "&#9;")
        .replace('\n', "&#10;")
        .replace('\r', "&#13;")
}

/// One JUnit test case: a draft claim with its findings, or a finding that belongs to no
/// claim (a suppression comment that suppressed nothing) on its own.
struct Case<'a> {
    name: String,
    line: usize,
    verdict: Option<Verdict>,
    findings: Vec<&'a CheckFinding>,
}

impl Case<'_> {
    fn errors(&self) -> impl Iterator<Item = &&CheckFinding> {
        self.findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
    }

    fn fails(&self) -> bool {
        self.errors().next().is_some()
    }
}

fn cases(d: &DraftReport) -> Vec<Case<'_>> {
    let mut out: Vec<Case> = d
        .claims
        .iter()
        .map(|c| Case {
            name: format!(
                "{}:{}:{} {}",
                d.path,
                c.place.line,
                c.place.column,
                short(&c.place.text, 80)
            ),
            line: c.place.line,
            verdict: Some(c.verdict),
            findings: c
                .findings
                .iter()
                .filter_map(|&i| d.findings.get(i))
                .collect(),
        })
        .collect();
    // A finding outside every claim still needs a test case: at error level (configured
    // so in claimdiff.toml) it makes the run fail, and the report must say why.
    let claimed: BTreeSet<usize> = d
        .claims
        .iter()
        .flat_map(|c| c.findings.iter().copied())
        .collect();
    for (i, f) in d.findings.iter().enumerate() {
        if !claimed.contains(&i) {
            out.push(Case {
                name: format!(
                    "{}:{}:{} {} {}",
                    d.path,
                    f.draft.line,
                    f.draft.column,
                    f.rule.id(),
                    f.name
                ),
                line: f.draft.line,
                verdict: None,
                findings: vec![f],
            });
        }
    }
    out
}

/// JUnit XML: one test suite per draft, one test case per draft claim (and one per
/// finding that belongs to no claim). A case with an error finding fails with a single
/// `<failure>` that lists every error finding — GitLab, for one, reads only one failure
/// per test case — and warnings and info go to its `system-out`.
pub fn junit<W: Write + ?Sized>(w: &mut W, r: &CheckReport) -> io::Result<()> {
    writeln!(w, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    let suites: Vec<(&DraftReport, Vec<Case>)> = r.drafts.iter().map(|d| (d, cases(d))).collect();
    let total: usize = suites.iter().map(|(_, c)| c.len()).sum();
    let failed: usize = suites
        .iter()
        .map(|(_, c)| c.iter().filter(|c| c.fails()).count())
        .sum();
    writeln!(
        w,
        r#"<testsuites name="claimdiff check" tests="{total}" failures="{failed}" errors="0">"#
    )?;
    for (d, cases) in &suites {
        writeln!(
            w,
            r#"  <testsuite name="{}" tests="{}" failures="{}" errors="0" skipped="0">"#,
            xml_attr(&d.path),
            cases.len(),
            cases.iter().filter(|c| c.fails()).count()
        )?;
        for c in cases {
            writeln!(
                w,
                r#"    <testcase classname="{}" name="{}" file="{}" line="{}">"#,
                xml_attr(&d.path),
                xml_attr(&c.name),
                xml_attr(&d.path),
                c.line
            )?;
            if c.fails() {
                let ids: Vec<&str> = c.errors().map(|f| f.rule.id()).collect();
                let message: Vec<String> = c
                    .errors()
                    .map(|f| format!("{} {}: {}", f.rule.id(), f.name, f.message))
                    .collect();
                let body: Vec<String> = c.errors().map(|f| failure_text(f)).collect();
                writeln!(
                    w,
                    r#"      <failure type="{}" message="{}">{}</failure>"#,
                    xml_attr(&ids.join(" ")),
                    xml_attr(&message.join("; ")),
                    xml(&body.join("\n\n"))
                )?;
            }
            let mut out = String::new();
            if let Some(v) = c.verdict {
                out.push_str(&format!("verdict: {}\n", verdict(v)));
            }
            for f in c.findings.iter().filter(|f| f.severity != Severity::Error) {
                out.push_str(&format!(
                    "{}[{}] {}\n",
                    f.severity.as_str(),
                    f.rule.id(),
                    f.message
                ));
            }
            if !out.is_empty() {
                writeln!(w, "      <system-out>{}</system-out>", xml(&out))?;
            }
            writeln!(w, "    </testcase>")?;
        }
        writeln!(w, "  </testsuite>")?;
    }
    writeln!(w, "</testsuites>")
}

/// A failing finding in full: rule, message, where, the sources and the word diff.
fn failure_text(f: &CheckFinding) -> String {
    let mut t = format!(
        "{} {}: {}\n  at {}:{}:{}",
        f.rule.id(),
        f.name,
        f.message,
        f.draft.path,
        f.draft.line,
        f.draft.column
    );
    for s in &f.sources {
        t.push_str(&format!(
            "\n  source {}:{}:{} ({}): {}",
            s.path, s.line, s.column, s.outlet, s.text
        ));
    }
    if !f.diff.is_empty() {
        t.push_str(&format!(
            "\n  diff (draft → source): {}",
            super::check::plain_diff(&f.diff)
        ));
    }
    t
}

fn verdict(v: Verdict) -> &'static str {
    match v {
        Verdict::Supported => "supported",
        Verdict::Contradicted => "contradicted",
        Verdict::Unsupported => "unsupported",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uri_encodes_what_a_uri_reference_cannot_carry() {
        assert_eq!(uri("drafts/a.md"), "drafts/a.md");
        assert_eq!(uri("./drafts\\a b.md"), "drafts/a%20b.md");
        assert_eq!(uri("100% #1?.md"), "100%25%20%231%3F.md");
        assert_eq!(uri("café.md"), "caf%C3%A9.md");
        assert_eq!(uri("a:b[1].md"), "a%3Ab%5B1%5D.md");
        assert_eq!(uri("/abs/x,y.md"), "/abs/x,y.md");
    }

    #[test]
    fn xml_escapes_markup_and_drops_what_xml_cannot_carry() {
        assert_eq!(
            xml(r#"<b>&"it's"</b>"#),
            "&lt;b&gt;&amp;&quot;it&apos;s&quot;&lt;/b&gt;"
        );
        assert_eq!(xml("a\u{1}b\u{fffe}c\td\ne"), "a\u{fffd}b\u{fffd}c\td\ne");
        assert_eq!(xml_attr("a\tb\nc\r\nd"), "a&#9;b&#10;c&#13;&#10;d");
    }

    fn place(line: usize, column: usize, start: usize, text: &str) -> Place {
        Place {
            path: "d.md".into(),
            outlet: "d".into(),
            claim: None,
            start,
            end: start + text.len(),
            line,
            column,
            end_line: line,
            end_column: column + text.chars().count(),
            text: text.into(),
            claim_text: String::new(),
            extracted: false,
            source_line: None,
        }
    }

    #[test]
    fn snippet_only_when_it_is_the_region_text() {
        let p = place(3, 5, 40, "two-hour");
        assert_eq!(region(&p)["snippet"]["text"], "two-hour");
        // A quotation located without its closing comma.
        let mut q = place(3, 2, 40, "very frank");
        q.text.push(',');
        assert!(region(&q).get("snippet").is_none());
        assert_eq!(region(&q)["endColumn"], 12);
    }
}
