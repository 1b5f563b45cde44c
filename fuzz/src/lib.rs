//! The fuzz targets' bodies and the invariants they check. Each target in `fuzz_targets/`
//! calls one function here, and `tests/fuzz_regressions.rs` replays saved inputs through
//! the same functions. A failed invariant panics, which libFuzzer reports as a crash.

use std::ops::Range;

use claimdiff::compare::Comparison;
use claimdiff::config::Config;
use claimdiff::ingest::{Document, InputFormat};
use claimdiff::pipeline::Extracted;
use claimdiff::quantities::{Quantity, ScanContext};
use claimdiff::segment::Segmentation;

/// The publication date the quantities target resolves relative dates against.
pub fn doc_date() -> ScanContext {
    ScanContext {
        doc_date: claimdiff::ingest::parse_date("2025-10-17"),
        ..ScanContext::default()
    }
}

/// `start..end` lies inside `text` and both ends are on character boundaries.
pub fn check_range(text: &str, start: usize, end: usize, what: &str) {
    assert!(
        start <= end && end <= text.len(),
        "{what}: {start}..{end} outside 0..{}",
        text.len()
    );
    assert!(
        text.is_char_boundary(start) && text.is_char_boundary(end),
        "{what}: {start}..{end} not on char boundaries"
    );
}

fn check_span(text: &str, r: &Range<usize>, what: &str) {
    check_range(text, r.start, r.end, what);
}

fn contains(outer: &Range<usize>, inner: &Range<usize>) -> bool {
    outer.start <= inner.start && inner.end <= outer.end
}

/// The document view has the text's length and every block lies in the body.
pub fn check_document(doc: &Document) {
    assert_eq!(
        doc.view().len(),
        doc.text.len(),
        "view and text differ in length"
    );
    check_range(&doc.text, doc.body_start, doc.text.len(), "body");
    for b in &doc.blocks {
        check_span(&doc.text, &b.span, "block");
        check_span(doc.view(), &b.span, "block in view");
        assert!(b.span.start >= doc.body_start, "block before the body");
    }
}

/// Paragraphs, sentences and quotations lie in the text, sentences in their paragraph.
pub fn check_segmentation(doc: &Document, seg: &Segmentation) {
    let text = &doc.text;
    let view = doc.view();
    for p in &seg.paragraphs {
        check_span(text, &p.span, "paragraph");
        if let Some(d) = &p.dateline {
            check_span(text, d, "dateline");
        }
        assert!(
            p.sentences.end <= seg.sentences.len(),
            "paragraph sentence index"
        );
    }
    for s in &seg.sentences {
        check_span(text, &s.span, "sentence");
        check_span(view, &s.span, "sentence in view");
        let p = &seg.paragraphs[s.para];
        assert!(contains(&p.span, &s.span), "sentence outside its paragraph");
    }
    for q in &seg.quotes {
        for r in q.open.iter().chain(q.close.iter()).chain(q.parts.iter()) {
            check_span(text, r, "quotation");
            check_span(view, r, "quotation in view");
        }
        assert!(q.first_para <= q.last_para, "quotation paragraphs reversed");
        assert!(
            q.last_para < seg.paragraphs.len(),
            "quotation paragraph index"
        );
        assert!(q.start() <= q.end(), "quotation reversed");
    }
}

/// Every quantity and linked rendering lies in the scanned text.
pub fn check_quantities(text: &str, qs: &[Quantity]) {
    for q in qs {
        check_range(text, q.start, q.end, "quantity");
        for r in q.also() {
            check_range(text, r.start, r.end, "rendering");
        }
    }
}

/// Segmentation, claims (their span, its line and column, their quantities) and role
/// mentions all point into the document text.
pub fn check_extracted(ex: &Extracted) {
    let doc = &ex.doc;
    check_document(doc);
    check_segmentation(doc, &ex.seg);
    for c in &ex.claims {
        check_range(&doc.text, c.span().start, c.span().end, "claim");
        assert_eq!(
            doc.line_col(c.span().start),
            (c.span().line, c.span().column),
            "claim line and column"
        );
        let claim = c.span().start..c.span().end;
        check_quantities(&doc.text, &c.quantities);
        for q in &c.quantities {
            assert!(
                contains(&claim, &(q.start..q.end)),
                "quantity outside its claim"
            );
        }
    }
    for p in &ex.people {
        for m in &p.roles {
            check_range(&doc.text, m.start, m.end, "role mention");
        }
    }
}

/// Cluster members point at real claims of real documents.
pub fn check_comparison(docs: &[Extracted], cmp: &Comparison) {
    assert_eq!(cmp.documents.len(), docs.len(), "compared documents");
    for c in &cmp.clusters {
        for m in &c.members {
            let claims = &docs[m.document].claims;
            assert_eq!(claims[m.index].id, m.claim, "cluster member id");
        }
    }
}

/// Segment and extract a parsed document and check everything on the way.
pub fn run_document(doc: Document) -> Extracted {
    check_document(&doc);
    let seg = claimdiff::segment::segment(&doc);
    check_segmentation(&doc, &seg);
    let ex = claimdiff::pipeline::extract_document(doc);
    check_extracted(&ex);
    ex
}

/// `ingest_*`: raw bytes through ingest in one format (every record of a JSON or JSON
/// Lines input), then segmentation and extraction of each document. Extracted text
/// (HTML, JSON) must also map back to lines of the input.
pub fn ingest(data: &[u8], format: InputFormat) {
    let lines = data.iter().filter(|&&b| b == b'\n').count() + 1;
    for doc in claimdiff::ingest::parse_bytes("fuzz", data.to_vec(), format)
        .into_iter()
        .flatten()
    {
        for b in &doc.blocks {
            if let Some(line) = doc.source_line(b.span.start) {
                // Decoding may turn lone CRs or UTF-16 into more lines, never into more
                // than one per input byte.
                assert!(
                    line <= lines.max(data.len()),
                    "source line {line} past the input"
                );
            }
        }
        run_document(doc);
    }
}

/// `segment`: UTF-8 text as a plain-text document, segmented.
pub fn segment(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let doc = Document::from_text("fuzz.txt", 0, text.to_string(), InputFormat::Text);
    check_document(&doc);
    let seg = claimdiff::segment::segment(&doc);
    check_segmentation(&doc, &seg);
}

/// `quantities`: UTF-8 text scanned with and without a document date.
pub fn quantities(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let dated = claimdiff::quantities::scan(text, &doc_date());
    check_quantities(text, &dated);
    for q in &dated {
        q.interval();
    }
    let undated = claimdiff::quantities::scan(text, &ScanContext::default());
    check_quantities(text, &undated);
}

/// `extract`: the first byte picks plain text (even) or Markdown (odd); the rest is one
/// document, or two split at the first NUL, which are then compared.
pub fn extract(data: &[u8]) {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let (format, paths) = if first & 1 == 0 {
        (InputFormat::Text, ["a.txt", "b.txt"])
    } else {
        (InputFormat::Markdown, ["a.md", "b.md"])
    };
    let docs: Vec<Extracted> = text
        .splitn(2, '\0')
        .enumerate()
        .map(|(id, t)| run_document(Document::from_text(paths[id], id, t.to_string(), format)))
        .collect();
    if docs.len() == 2 {
        let cmp = claimdiff::compare::compare(&docs, &Config::default());
        check_comparison(&docs, &cmp);
    }
}
