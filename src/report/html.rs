//! The self-contained HTML report for `claimdiff compare`.

use std::io::{self, Write};

use crate::compare::Comparison;
use crate::pipeline::Extracted;

/// Write the HTML report (one file, inline CSS, no network).
pub fn compare<W: Write + ?Sized>(
    w: &mut W,
    c: &Comparison,
    _docs: &[Extracted],
) -> io::Result<()> {
    writeln!(
        w,
        "<!doctype html><title>claimdiff</title><p>{} findings</p>",
        c.findings.len()
    )
}
