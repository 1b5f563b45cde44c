//! claimdiff — who said what, across news reports.
pub mod ingest;
pub mod quantities;
