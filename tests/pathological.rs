//! Pathological inputs (`tests/common/pathological.rs`) run to completion and give
//! well-formed output: spans in range and on character boundaries, sentences that cover
//! their paragraph, quotations that stay inside the text, claims that do not run past the
//! paragraphs an unbalanced mark could reach. Sizes are up to 1 MB, smaller where the
//! debug build would take more than a few seconds (the pipeline is linear, so a smaller
//! input walks the same paths); the time itself is never asserted
//! (`benches/pathological.rs` and docs/PATHOLOGICAL.md measure it).

#[path = "common/pathological.rs"]
mod pathological;

mod common;

use claimdiff::ingest::{Document, InputFormat};
use claimdiff::pipeline::{Extracted, document_quantities, extract_document};
use claimdiff::segment::ParaRole;
use pathological::Input;

const MB: usize = 1_000_000;

fn run(input: Input, bytes: usize) -> (Extracted, Vec<claimdiff::pipeline::Found>) {
    let text = input.generate(bytes, 0);
    assert!(
        text.len() >= bytes && text.len() < bytes + 200,
        "{}",
        text.len()
    );
    let doc = Document::from_text("p.txt", 0, text, InputFormat::Text);
    let ex = extract_document(doc);
    let found = document_quantities(&ex.doc, &ex.seg, None);
    check_spans(&ex, &found);
    (ex, found)
}

#[track_caller]
fn check_range(text: &str, r: &std::ops::Range<usize>, what: &str) {
    assert!(
        r.start <= r.end && r.end <= text.len(),
        "{what} {r:?} out of range (text is {} bytes)",
        text.len()
    );
    assert!(
        text.is_char_boundary(r.start) && text.is_char_boundary(r.end),
        "{what} {r:?} not on character boundaries"
    );
}

/// Every span of the segmentation, the claims and the quantities is a well-formed range
/// of the text, in order where the stage promises order.
fn check_spans(ex: &Extracted, found: &[claimdiff::pipeline::Found]) {
    let text = &ex.doc.text;
    let seg = &ex.seg;
    let mut prev_para_end = 0;
    for (pi, p) in seg.paragraphs.iter().enumerate() {
        check_range(text, &p.span, "paragraph");
        assert!(p.span.start >= prev_para_end, "paragraphs overlap");
        prev_para_end = p.span.end;
        let mut prev_end = p.span.start;
        for s in &seg.sentences[p.sentences.clone()] {
            check_range(text, &s.span, "sentence");
            assert_eq!(s.para, pi);
            assert!(s.span.start >= prev_end && s.span.end <= p.span.end);
            prev_end = s.span.end;
        }
    }
    for q in &seg.quotes {
        for part in &q.parts {
            check_range(text, part, "quotation part");
        }
        for m in q.open.iter().chain(&q.close) {
            check_range(text, m, "quotation mark");
        }
        assert!(q.first_para <= q.last_para && q.last_para < seg.paragraphs.len());
        assert!(q.start() <= q.end());
    }
    let mut prev_claim = 0;
    for c in &ex.claims {
        let r = c.range();
        check_range(text, &r, "claim");
        assert!(r.start >= prev_claim, "claims out of order");
        prev_claim = r.start;
        assert_eq!(
            (c.span().line, c.span().column),
            ex.doc.line_col(c.range().start),
            "claim position"
        );
        assert!(!c.text.is_empty());
        for q in &c.quantities {
            check_range(text, &(q.start..q.end), "claim quantity");
        }
    }
    let mut prev_q = 0;
    for f in found {
        let r = f.quantity.start..f.quantity.end;
        check_range(text, &r, "quantity");
        assert!(r.start >= prev_q, "quantities overlap or are out of order");
        prev_q = r.end;
        assert_eq!((f.span.line, f.span.column), ex.doc.line_col(r.start));
    }
}

/// The index of the paragraph whose span holds `r`, if one does.
fn paragraph_of(ex: &Extracted, r: &std::ops::Range<usize>) -> Option<usize> {
    ex.seg
        .paragraphs
        .iter()
        .position(|p| p.span.start <= r.start && r.end <= p.span.end)
}

#[test]
fn paragraph_without_punctuation_is_one_sentence_covering_it() {
    let (ex, _) = run(Input::NoPunctuation, MB / 2);
    let seg = &ex.seg;
    assert_eq!(seg.paragraphs.len(), 1);
    let p = &seg.paragraphs[0];
    assert_eq!(p.role, ParaRole::Body);
    assert_eq!(p.span, 0..ex.doc.text.trim_end().len());
    let spans: Vec<_> = seg.sentences.iter().map(|s| s.span.clone()).collect();
    assert_eq!(spans, std::slice::from_ref(&p.span));
    assert!(seg.quotes.is_empty());
}

#[test]
fn straight_marks_that_all_open_end_with_the_paragraph() {
    let (ex, _) = run(Input::StraightQuotes, MB);
    let marks = ex.doc.text.matches('"').count();
    assert!(marks >= 100_000, "{marks} marks");
    // Each mark stands after a space and before a word, so each opens: one outer
    // quotation and the rest nested in it, all ending where the paragraph ends.
    assert_eq!(ex.seg.paragraphs.len(), 1);
    let end = ex.seg.paragraphs[0].span.end;
    assert_eq!(ex.seg.quotes.len(), marks);
    assert_eq!(ex.seg.quotes.iter().filter(|q| q.depth == 0).count(), 1);
    assert!(
        ex.seg
            .quotes
            .iter()
            .all(|q| q.end() == end && q.close.is_none())
    );
}

#[test]
fn unbalanced_openers_never_reach_past_their_paragraph() {
    let (ex, _) = run(Input::CurlyOpeners, MB);
    let openers = ex.doc.text.matches('“').count();
    assert!(openers >= 75_000, "{openers} openers");
    assert_eq!(ex.seg.paragraphs.len(), 3);
    for q in &ex.seg.quotes {
        assert_eq!(q.first_para, q.last_para, "a quotation spans paragraphs");
        assert!(q.close.is_none());
    }
    for c in &ex.claims {
        assert!(
            paragraph_of(&ex, &(c.range())).is_some(),
            "claim {} spans more than one paragraph",
            c.id
        );
    }
    // The plain paragraph after the unclosed marks is read as usual.
    let last = ex.claims.last().expect("a claim");
    assert!(last.text.starts_with("Officials said"), "{}", last.text);
}

#[test]
fn deep_nesting_pairs_every_level() {
    let (ex, _) = run(Input::NestedQuotes, MB / 4);
    let levels = ex.doc.text.matches(['“', '‘']).count();
    assert!(levels > 3_000, "{levels} levels");
    assert_eq!(ex.seg.quotes.len(), levels);
    assert_eq!(ex.seg.quotes.iter().filter(|q| q.depth == 0).count(), 1);
    assert_eq!(
        ex.seg.quotes.iter().map(|q| q.depth).max(),
        Some(levels - 1)
    );
    assert!(ex.seg.quotes.iter().all(|q| q.close.is_some()));
    // Quotations are sorted by start, each inside the one before it.
    for w in ex.seg.quotes.windows(2) {
        assert!(w[0].start() < w[1].start() && w[1].end() <= w[0].end());
    }
    assert_eq!(ex.claims.len(), 1);
}

#[test]
fn one_line_of_sentences_gives_claims_in_order() {
    let (ex, found) = run(Input::OneLine, MB / 8);
    assert_eq!(ex.seg.paragraphs.len(), 1);
    // About one sentence per 55 bytes, most of them claims.
    assert!(ex.seg.sentences.len() > 2_000, "{}", ex.seg.sentences.len());
    assert!(ex.claims.len() > 1_500, "{}", ex.claims.len());
    assert!(ex.claims.iter().any(|c| c.span().column > 100_000));
    assert!(!found.is_empty());
}

#[test]
fn short_paragraphs_are_each_a_list_item() {
    let (ex, _) = run(Input::ShortParagraphs, MB / 4);
    let lines = ex.doc.text.lines().count();
    assert_eq!(ex.seg.paragraphs.len(), lines);
    for p in &ex.seg.paragraphs {
        assert!(p.list_item);
        assert_eq!(&ex.doc.text[p.span.clone()], "x");
    }
}

#[test]
fn digit_runs_give_ordered_quantities() {
    for input in [Input::DigitsCommas, Input::DigitsDots, Input::InitialsDots] {
        let (ex, found) = run(input, MB / 16);
        assert_eq!(ex.seg.paragraphs.len(), 1);
        if input == Input::DigitsCommas {
            assert!(found.len() > 5_000, "{}", found.len());
        }
    }
}

#[test]
fn number_soup_gives_ordered_quantities() {
    let (_, found) = run(Input::NumberSoup, MB / 16);
    assert!(found.len() > 5_000, "{}", found.len());
}

#[test]
fn a_run_of_names_is_one_speaker() {
    let (ex, _) = run(Input::Names, MB / 4);
    assert_eq!(ex.claims.len(), 1);
    let speaker = ex.claims[0].speaker.as_ref().expect("a speaker");
    assert!(!speaker.name.is_empty());
    assert_eq!(
        ex.claims[0].cue.as_ref().map(|c| c.lemma.as_ref()),
        Some("say")
    );
}

#[test]
fn thousands_of_speakers_are_each_resolved() {
    let (ex, _) = run(Input::Speakers, MB / 8);
    let sentences = ex.seg.sentences.len();
    assert!(
        ex.claims.len() * 10 >= sentences * 9,
        "{} of {sentences}",
        ex.claims.len()
    );
    for c in &ex.claims {
        let s = c.speaker.as_ref().expect("a speaker");
        let surname = s.name.split_whitespace().last().unwrap_or("");
        assert!(c.text.contains(surname), "{} not in {}", s.name, c.text);
    }
}

#[test]
fn a_run_of_speech_cues_completes() {
    let (ex, _) = run(Input::SaidCues, MB / 2);
    assert_eq!(ex.seg.sentences.len(), 1);
    assert_eq!(ex.claims.len(), 1);
}

#[test]
fn cli_reads_pathological_files() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let a = dir.path().join("a.txt");
    let b = dir.path().join("b.txt");
    std::fs::write(&a, Input::OneLine.generate(MB / 32, 0)).expect("write a");
    std::fs::write(&b, Input::OneLine.generate(MB / 32, 1)).expect("write b");
    let (a, b) = (a.to_string_lossy(), b.to_string_lossy());
    for args in [
        vec!["extract", &a, "--format", "json"],
        vec!["quantities", &a, "--format", "json"],
        vec!["compare", &a, &b, "--format", "json", "--fail-on", "never"],
    ] {
        let out = common::claimdiff().args(&args).output().expect("runs");
        assert!(out.status.success(), "{args:?}: {}", common::stderr(&out));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON output");
        assert!(v.is_object());
    }
}
