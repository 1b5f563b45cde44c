//! Process exit codes, shared by every subcommand.

/// Success: everything read, nothing at or above `--fail-on`.
pub const OK: u8 = 0;
/// Findings at or above `--fail-on` (compare, check).
pub const FINDINGS: u8 = 1;
/// Usage, configuration or input error (a missing, unreadable or invalid file). The other
/// inputs are still processed and reported.
pub const ERROR: u8 = 2;
