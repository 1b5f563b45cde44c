//! Wiring of the stages for whole inputs: read, segment, extract — one document per
//! rayon task, results in input order.

use rayon::prelude::*;

use crate::error::InputError;
use crate::extract::{Claim, extract};
use crate::ingest::{Document, IngestOptions, read};
use crate::segment::{Segmentation, segment};

/// A document with its segmentation and claims.
#[derive(Debug, Clone)]
pub struct Extracted {
    /// The parsed input.
    pub doc: Document,
    /// Its paragraphs, sentences and quotations.
    pub seg: Segmentation,
    /// Its claims in order.
    pub claims: Vec<Claim>,
}

/// Segment and extract one parsed document.
pub fn extract_document(doc: Document) -> Extracted {
    let seg = segment(&doc);
    let claims = extract(&doc, &seg);
    Extracted { doc, seg, claims }
}

/// Read and extract every path in parallel; results come back in input order, an error in
/// place of each input that could not be read.
pub fn extract_paths(paths: &[String], opts: &IngestOptions) -> Vec<Result<Extracted, InputError>> {
    paths
        .par_iter()
        .enumerate()
        .map(|(i, p)| read(p, i, opts).map(extract_document))
        .collect()
}
