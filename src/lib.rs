//! claimdiff — who said what, across news reports.
pub mod check;
pub mod claims_io;
pub mod compare;
pub mod config;
pub mod error;
pub mod eval;
pub mod exit_codes;
pub mod extract;
pub mod ingest;
pub(crate) mod inline;
pub(crate) mod lexicon;
pub mod memory;
pub mod pipeline;
pub mod quantities;
pub mod report;
pub mod resolve;
pub mod segment;
pub mod span;
pub(crate) mod swar;
pub mod text;

pub use lexicon::Stance;
