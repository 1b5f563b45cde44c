//! Report: renderers only, no logic. Each takes the results of a stage and writes one
//! output format.

pub mod check;
pub mod check_ci;
pub(crate) mod claims_json;
pub mod compare;
pub mod extract;
pub mod html;
mod pretty;
pub mod progress;
pub mod quantities;

use std::io::{self, Write};

/// Colours used by the human renderers (stripped by `anstream` when not a terminal, when
/// `NO_COLOR` is set or with `--color never`).
pub(crate) mod style {
    use anstyle::{AnsiColor, Style};
    pub const HEADER: Style = Style::new().bold();
    pub const DIM: Style = AnsiColor::BrightBlack.on_default();
    pub const KIND: Style = AnsiColor::Cyan.on_default();
    pub const SPEAKER: Style = AnsiColor::Green.on_default().bold();
    pub const CUE: Style = AnsiColor::Yellow.on_default();
    pub const QUOTE: Style = AnsiColor::Magenta.on_default();
    pub const WARN: Style = AnsiColor::Red.on_default();

    /// How a finding's severity is shown.
    pub fn severity(s: crate::compare::rules::Severity) -> Style {
        use crate::compare::rules::Severity;
        match s {
            Severity::Error => WARN.bold(),
            Severity::Warning => AnsiColor::Yellow.on_default().bold(),
            Severity::Info => DIM,
        }
    }
}

/// `s` on one line (whitespace runs collapsed), cut to at most `n` characters with an
/// ellipsis.
pub(crate) fn short(s: &str, n: usize) -> String {
    let flat: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= n {
        return flat;
    }
    let mut out: String = flat.chars().take(n.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// Write a line of JSON (one value, then `\n`).
pub fn write_json_line<W: Write + ?Sized, T: serde::Serialize>(
    w: &mut W,
    value: &T,
) -> io::Result<()> {
    serde_json::to_writer(&mut *w, value).map_err(io::Error::from)?;
    w.write_all(b"\n")
}
