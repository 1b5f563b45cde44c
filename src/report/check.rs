//! Renderers for `claimdiff check`: human, concise, json, jsonl, github and markdown
//! (SARIF and JUnit are in [`super::check_ci`]).
//!
//! # JSON Lines (`--format jsonl`)
//! One record per line, each with a `type` and `schema_version`: a `source` record per
//! source, then per draft a `claim` record for each claim (with the draft's `path`) and a
//! `finding` record for each finding (with `path`), then one `stats` record.

use std::io::{self, Write};

use serde::Serialize;

use super::{short, style};
use crate::check::{CheckFinding, CheckReport, DraftReport, Place, Verdict};
use crate::compare::classify::Piece;
use crate::compare::rules::Severity;
use crate::config::Config;
use crate::pipeline::Extracted;

/// Version of the check JSON output.
pub const SCHEMA_VERSION: u32 = 1;

/// The effective configuration as TOML, with where it came from.
pub fn dump_config<W: Write + ?Sized>(w: &mut W, cfg: &Config) -> io::Result<()> {
    match &cfg.source {
        Some(p) => writeln!(w, "# effective configuration, read from {}", p.display())?,
        None => writeln!(
            w,
            "# effective configuration: defaults (no claimdiff.toml found)"
        )?,
    }
    let mut shown = cfg.clone();
    // Every rule with its effective level, so the dump is complete.
    for r in crate::compare::rules::ALL_RULES {
        let level = match cfg.severity(*r) {
            None => crate::config::Level::Off,
            Some(Severity::Error) => crate::config::Level::Error,
            Some(Severity::Warning) => crate::config::Level::Warning,
            Some(Severity::Info) => crate::config::Level::Info,
        };
        shown.rules.remove(r.name());
        shown.rules.insert(r.id().to_string(), level);
    }
    let text = toml::to_string(&shown).map_err(io::Error::other)?;
    w.write_all(text.as_bytes())
}

fn diff_text(pieces: &[Piece]) -> String {
    super::compare::diff_inline(pieces)
}

fn source_line(p: &Place) -> String {
    format!(
        "{}:{}:{} ({}): {}",
        p.path,
        p.line,
        p.column,
        p.outlet,
        short(&p.text, 140)
    )
}

/// Findings with the draft line shown and the span underlined, sources beside it.
pub fn human<W: Write + ?Sized>(
    w: &mut W,
    r: &CheckReport,
    drafts: &[Extracted],
    show_supported: bool,
) -> io::Result<()> {
    let h = style::HEADER;
    let d = style::DIM;
    for (di, dr) in r.drafts.iter().enumerate() {
        let text = drafts.get(di).map(|e| &*e.doc.text).unwrap_or("");
        let lines: Vec<&str> = text.lines().collect();
        writeln!(
            w,
            "{h}{}{h:#} {d}— {} claims: {} supported, {} contradicted, {} unsupported{d:#}",
            dr.path,
            dr.claims.len(),
            count(dr, Verdict::Supported),
            count(dr, Verdict::Contradicted),
            count(dr, Verdict::Unsupported),
        )?;
        writeln!(w)?;
        for f in &dr.findings {
            write_finding(w, f, &lines)?;
        }
        if show_supported {
            for c in dr.claims.iter().filter(|c| c.verdict == Verdict::Supported) {
                let g = anstyle::AnsiColor::Green.on_default();
                writeln!(
                    w,
                    "{g}supported{g:#}: {}:{}:{} {}",
                    dr.path,
                    c.place.line,
                    c.place.column,
                    short(&c.place.text, 100)
                )?;
                for e in c.evidence.iter().take(3) {
                    writeln!(w, "   = {d}{}{d:#}", source_line(e))?;
                }
            }
            writeln!(w)?;
        }
    }
    writeln!(w, "{h}{}{h:#}", summary_line(r))
}

fn count(d: &DraftReport, v: Verdict) -> usize {
    d.claims.iter().filter(|c| c.verdict == v).count()
}

fn write_finding<W: Write + ?Sized>(w: &mut W, f: &CheckFinding, lines: &[&str]) -> io::Result<()> {
    let s = style::severity(f.severity);
    let d = style::DIM;
    writeln!(
        w,
        "{s}{}[{}]{s:#} {}: {}",
        f.severity.as_str(),
        f.rule.id(),
        f.name,
        f.message
    )?;
    let p = &f.draft;
    writeln!(
        w,
        "  {d}-->{d:#} {}:{}:{}{}",
        p.path,
        p.line,
        p.column,
        origin_note(p)
    )?;
    if let Some(line) = p.line.checked_sub(1).and_then(|i| lines.get(i)) {
        let num = p.line.to_string();
        let pad = " ".repeat(num.len());
        let line = line.trim_end_matches('\r');
        writeln!(w, "{pad} {d}|{d:#}")?;
        writeln!(w, "{num} {d}|{d:#} {line}")?;
        let width = line.chars().count();
        let from = p.column.saturating_sub(1).min(width);
        let to = if p.end_line == p.line {
            p.end_column
                .saturating_sub(1)
                .clamp(from + 1, width.max(from + 1))
        } else {
            width.max(from + 1)
        };
        writeln!(
            w,
            "{pad} {d}|{d:#} {}{s}{}{s:#}",
            " ".repeat(from),
            "^".repeat(to - from)
        )?;
    }
    for src in &f.sources {
        writeln!(w, "   = source {}", source_line(src))?;
    }
    if !f.diff.is_empty() {
        writeln!(w, "   = diff (draft → source) {}", diff_text(&f.diff))?;
    }
    writeln!(w)
}

/// `path:line:col: severity[RULE] message`, one line per finding.
pub fn concise<W: Write + ?Sized>(w: &mut W, r: &CheckReport) -> io::Result<()> {
    for (_, f) in r.findings() {
        writeln!(
            w,
            "{}:{}:{}: {}[{}] {}",
            f.draft.path,
            f.draft.line,
            f.draft.column,
            f.severity.as_str(),
            f.rule.id(),
            one_line(&f.message)
        )?;
    }
    Ok(())
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[derive(Serialize)]
struct Output<'a> {
    schema_version: u32,
    #[serde(flatten)]
    report: &'a CheckReport,
}

/// The whole report as one JSON document.
pub fn json<W: Write + ?Sized>(w: &mut W, r: &CheckReport) -> io::Result<()> {
    serde_json::to_writer(
        &mut *w,
        &Output {
            schema_version: SCHEMA_VERSION,
            report: r,
        },
    )
    .map_err(io::Error::from)?;
    w.write_all(b"\n")
}

#[derive(Serialize)]
struct Record<'a, T: Serialize> {
    #[serde(rename = "type")]
    kind: &'static str,
    schema_version: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    path: Option<&'a str>,
    #[serde(flatten)]
    item: &'a T,
}

fn record<W: Write + ?Sized, T: Serialize>(
    w: &mut W,
    kind: &'static str,
    path: Option<&str>,
    item: &T,
) -> io::Result<()> {
    super::write_json_line(
        w,
        &Record {
            kind,
            schema_version: SCHEMA_VERSION,
            path,
            item,
        },
    )
}

/// One record per line: sources, claims, findings, stats.
pub fn jsonl<W: Write + ?Sized>(w: &mut W, r: &CheckReport) -> io::Result<()> {
    for s in &r.sources {
        record(w, "source", None, s)?;
    }
    for d in &r.drafts {
        for c in &d.claims {
            record(w, "claim", Some(&d.path), c)?;
        }
        for f in &d.findings {
            record(w, "finding", Some(&d.path), f)?;
        }
    }
    record(w, "stats", None, &r.stats)
}

/// Escape a workflow-command message.
fn gh_escape(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escape a workflow-command property value.
fn gh_prop(s: &str) -> String {
    gh_escape(s).replace(':', "%3A").replace(',', "%2C")
}

/// GitHub Actions workflow commands: one annotation per finding.
pub fn github<W: Write + ?Sized>(w: &mut W, r: &CheckReport) -> io::Result<()> {
    for (_, f) in r.findings() {
        let level = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let p = &f.draft;
        let mut msg = f.message.clone();
        for s in &f.sources {
            msg.push_str(&format!("\nsource: {}", source_line(s)));
        }
        if !f.diff.is_empty() {
            msg.push_str(&format!("\ndiff: {}", plain_diff(&f.diff)));
        }
        let at = match p.file_position() {
            (_, Some(_)) => format!(
                "line={},col={},endLine={},endColumn={}",
                p.line, p.column, p.end_line, p.end_column
            ),
            (line, None) => format!("line={line}"),
        };
        writeln!(
            w,
            "::{level} file={},{at},title={}::{}",
            gh_prop(&p.path),
            gh_prop(&format!("{} {}", f.rule.id(), f.name)),
            gh_escape(&msg)
        )?;
    }
    Ok(())
}

// For extracted text, say so and give the file line where known.
fn origin_note(p: &Place) -> String {
    match (p.extracted, p.source_line) {
        (false, _) => String::new(),
        (true, Some(l)) => format!(" (extracted text; file line {l})"),
        (true, None) => " (extracted text)".to_string(),
    }
}

/// A word diff on one line: `[-deleted-]` and `{+inserted+}`.
pub(crate) fn plain_diff(pieces: &[Piece]) -> String {
    pieces
        .iter()
        .map(|p| match p {
            Piece::Equal(t) => t.clone(),
            Piece::Delete(t) => format!("[-{t}-]"),
            Piece::Insert(t) => format!("{{+{t}+}}"),
        })
        .collect()
}

/// One line: drafts, claims by verdict, findings by severity.
pub fn summary_line(r: &CheckReport) -> String {
    let s = &r.stats;
    let mut line = format!(
        "{} against {}: {} claims — {} supported, {} contradicted, {} unsupported; {} errors, {} warnings, {} info",
        plural(r.drafts.len(), "draft", "drafts"),
        plural(r.sources.len(), "source", "sources"),
        s.claims,
        s.supported,
        s.contradicted,
        s.unsupported,
        s.errors,
        s.warnings,
        s.infos
    );
    if s.suppressed > 0 || s.baselined > 0 {
        line.push_str(&format!(
            " ({} suppressed, {} in the baseline)",
            s.suppressed, s.baselined
        ));
    }
    line
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn md(s: &str) -> String {
    s.replace('|', "\\|")
        .replace('\n', " ")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A Markdown report for a pull-request comment or a CI job summary.
pub fn markdown<W: Write + ?Sized>(
    w: &mut W,
    r: &CheckReport,
    show_supported: bool,
) -> io::Result<()> {
    writeln!(w, "## claimdiff check: {}\n", md(&summary_line(r)))?;
    writeln!(
        w,
        "| draft | claims | supported | contradicted | unsupported | errors | warnings |"
    )?;
    writeln!(w, "|---|---|---|---|---|---|---|")?;
    for d in &r.drafts {
        let sev = |s: Severity| d.findings.iter().filter(|f| f.severity == s).count();
        writeln!(
            w,
            "| `{}` | {} | {} | {} | {} | {} | {} |",
            md(&d.path),
            d.claims.len(),
            count(d, Verdict::Supported),
            count(d, Verdict::Contradicted),
            count(d, Verdict::Unsupported),
            sev(Severity::Error),
            sev(Severity::Warning)
        )?;
    }
    writeln!(w)?;
    for (_, f) in r.findings() {
        let icon = match f.severity {
            Severity::Error => "❌",
            Severity::Warning => "⚠️",
            Severity::Info => "ℹ️",
        };
        writeln!(
            w,
            "### {icon} {} {} — `{}:{}:{}`\n",
            f.rule.id(),
            f.name,
            md(&f.draft.path),
            f.draft.line,
            f.draft.column
        )?;
        writeln!(w, "{}\n", md(&f.message))?;
        writeln!(w, "> {}\n", md(&short(&f.draft.text, 300)))?;
        for s in &f.sources {
            writeln!(
                w,
                "- source `{}:{}:{}` ({}): {}",
                md(&s.path),
                s.line,
                s.column,
                md(&s.outlet),
                md(&short(&s.text, 200))
            )?;
        }
        if !f.diff.is_empty() {
            let mut line = String::new();
            for p in &f.diff {
                match p {
                    Piece::Equal(t) => line.push_str(&md(t)),
                    Piece::Delete(t) => line.push_str(&format!("~~{}~~", md(t.trim()))),
                    Piece::Insert(t) => line.push_str(&format!("**{}**", md(t.trim()))),
                }
            }
            writeln!(w, "- diff (draft → source): {line}")?;
        }
        writeln!(w)?;
    }
    if show_supported {
        writeln!(w, "### ✅ supported claims\n")?;
        for d in &r.drafts {
            for c in d.claims.iter().filter(|c| c.verdict == Verdict::Supported) {
                writeln!(
                    w,
                    "- `{}:{}` {} — {}",
                    md(&d.path),
                    c.place.line,
                    md(&short(&c.place.text, 120)),
                    c.evidence
                        .iter()
                        .map(|e| md(&e.outlet))
                        .collect::<std::collections::BTreeSet<_>>()
                        .into_iter()
                        .collect::<Vec<_>>()
                        .join(", ")
                )?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn workflow_command_escapes() {
        // Data: `%`, CR and LF only (the `%` first, so escapes are not escaped again).
        assert_eq!(
            gh_escape("50%, a: b\r\nnext %0A"),
            "50%25, a: b%0D%0Anext %250A"
        );
        // Properties: also `:` and `,`, which end a value or the property list.
        assert_eq!(gh_prop("dir,1/a:b%.md\n"), "dir%2C1/a%3Ab%25.md%0A");
    }
}
