//! `check` formats for CI systems: SARIF 2.1.0 (code scanning) and JUnit XML.

use std::io::{self, Write};

use serde_json::json;

use super::check::short;
use crate::check::{CheckReport, Verdict};
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
                    "markdown": format!("{} See [docs/RULES.md](https://github.com/claimdiff/claimdiff/blob/main/docs/RULES.md#{}).", r.help(), r.id().to_lowercase()),
                },
                "defaultConfiguration": {"level": level(r.severity())},
            })
        })
        .collect()
}

fn rule_index(r: Rule) -> usize {
    ALL_RULES.iter().position(|x| *x == r).unwrap_or(0)
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
                            "region": {
                                "startLine": s.line,
                                "startColumn": s.column,
                                "endLine": s.end_line,
                                "endColumn": s.end_column,
                                "snippet": {"text": s.text},
                            },
                        },
                        "message": {"text": format!("{}: {}", s.outlet, s.text)},
                    })
                })
                .collect();
            let mut res = json!({
                "ruleId": f.rule.id(),
                "ruleIndex": rule_index(f.rule),
                "level": level(f.severity),
                "message": {"text": f.message},
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": {"uri": uri(&p.path)},
                        "region": {
                            "startLine": p.line,
                            "startColumn": p.column,
                            "endLine": p.end_line,
                            "endColumn": p.end_column,
                            "snippet": {"text": p.text},
                        },
                    },
                }],
                "partialFingerprints": {"claimdiff/v1": f.fingerprint},
            });
            if !related.is_empty() {
                res["relatedLocations"] = json!(related);
            }
            res
        })
        .collect();
    let artifacts: Vec<serde_json::Value> = r
        .drafts
        .iter()
        .map(|d| d.path.as_str())
        .chain(r.sources.iter().map(|s| s.path.as_str()))
        .map(|p| json!({"location": {"uri": uri(p)}}))
        .collect();
    let doc = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "claimdiff",
                    "version": env!("CARGO_PKG_VERSION"),
                    "informationUri": "https://github.com/claimdiff/claimdiff",
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

/// A relative URI for a path: forward slashes, spaces and `%` escaped.
fn uri(path: &str) -> String {
    let p = path.replace('\\', "/");
    let p = p.strip_prefix("./").unwrap_or(&p);
    let mut out = String::new();
    for c in p.chars() {
        match c {
            ' ' => out.push_str("%20"),
            '%' => out.push_str("%25"),
            '#' => out.push_str("%23"),
            '?' => out.push_str("%3F"),
            c => out.push(c),
        }
    }
    out
}

fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 cannot carry.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

/// JUnit XML: one test suite per draft, one test case per draft claim; a claim with an
/// error finding fails, warnings and info are written to its `system-out`.
pub fn junit<W: Write + ?Sized>(w: &mut W, r: &CheckReport) -> io::Result<()> {
    writeln!(w, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    let total = r.stats.claims;
    let failed_claims = |d: &crate::check::DraftReport| {
        d.claims
            .iter()
            .filter(|c| {
                c.findings.iter().any(|&i| {
                    d.findings
                        .get(i)
                        .is_some_and(|f| f.severity == Severity::Error)
                })
            })
            .count()
    };
    let all_failed: usize = r.drafts.iter().map(failed_claims).sum();
    writeln!(
        w,
        r#"<testsuites name="claimdiff check" tests="{total}" failures="{all_failed}" errors="0">"#
    )?;
    for d in &r.drafts {
        writeln!(
            w,
            r#"  <testsuite name="{}" tests="{}" failures="{}" errors="0" skipped="0">"#,
            xml(&d.path),
            d.claims.len(),
            failed_claims(d)
        )?;
        for c in &d.claims {
            let name = format!(
                "{}:{}:{} {}",
                d.path,
                c.place.line,
                c.place.column,
                short(&c.place.text, 80)
            );
            writeln!(
                w,
                r#"    <testcase classname="{}" name="{}" file="{}" line="{}">"#,
                xml(&d.path),
                xml(&name),
                xml(&d.path),
                c.place.line
            )?;
            let mut out = format!("verdict: {}\n", verdict(c.verdict));
            for &i in &c.findings {
                let Some(f) = d.findings.get(i) else { continue };
                if f.severity == Severity::Error {
                    let mut body = f.message.clone();
                    for s in &f.sources {
                        body.push_str(&format!(
                            "\nsource {}:{}:{} ({}): {}",
                            s.path, s.line, s.column, s.outlet, s.text
                        ));
                    }
                    writeln!(
                        w,
                        r#"      <failure type="{}" message="{}">{}</failure>"#,
                        f.rule.id(),
                        xml(&format!("{} {}: {}", f.rule.id(), f.name, f.message)),
                        xml(&body)
                    )?;
                } else {
                    out.push_str(&format!(
                        "{}[{}] {}\n",
                        f.severity.as_str(),
                        f.rule.id(),
                        f.message
                    ));
                }
            }
            writeln!(w, "      <system-out>{}</system-out>", xml(&out))?;
            writeln!(w, "    </testcase>")?;
        }
        writeln!(w, "  </testsuite>")?;
    }
    writeln!(w, "</testsuites>")
}

fn verdict(v: Verdict) -> &'static str {
    match v {
        Verdict::Supported => "supported",
        Verdict::Contradicted => "contradicted",
        Verdict::Unsupported => "unsupported",
    }
}
