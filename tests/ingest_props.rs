//! Invariants of ingest, segmentation and extraction over generated input:
//! - every span (paragraph, sentence, quotation, claim, quantity) lies inside the text on
//!   UTF-8 boundaries, whatever the bytes and line ends;
//! - the line and column of a span round-trip to its offset;
//! - processing the same input twice gives identical output;
//! - appending a second article never changes the claims of the first;
//! - every format (text, Markdown, HTML, JSON, JSONL) either reads or gives a typed error.

use claimdiff::ingest::{Document, InputFormat, parse_bytes};
use claimdiff::pipeline::extract_document;
use proptest::prelude::*;

// Pieces of news copy: attributed quotes in several mark styles, reported speech,
// numbers, dates, names with diacritics, bullets, headings, and hostile odds and ends.
const PIECES: &[&str] = &[
    "“Real progress was made,” Trump said.",
    "\"We are ready,\" Orbán told reporters in Budapest.",
    "«Preparations will begin right away», Ushakov said.",
    "Putin warned that the missiles would not change the situation.",
    "According to the Kremlin, the call lasted nearly two and a half hours.",
    "The Tomahawk has a range of up to 2,500 km (1,553 miles).",
    "Zelensky said on Friday that Kyiv needed 25 more systems.",
    "‘It was a very productive call,’ he added.",
    "He said: “The war must end. We will meet in two weeks.",
    "The talks, officials said, were “frank”.",
    "Sources said about 300 people had been evacuated by 9.30am.",
    "- Trump says he will meet Putin",
    "# Key events",
    "Peskov declined to comment.",
    "“",
    "”",
    "'",
    "\"",
    "Mr.",
    "U.S.",
    "…",
    "—",
    "\u{00A0}",
    "\u{200B}",
    "🙂",
    "Ω",
    "e\u{301}",
    "",
];

const BREAKS: &[&str] = &[
    " ", "\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\r\r", "\t", "  ",
];

fn article() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (prop::sample::select(PIECES), prop::sample::select(BREAKS)),
        0..40,
    )
    .prop_map(|parts| {
        parts
            .into_iter()
            .map(|(p, b)| format!("{p}{b}"))
            .collect::<String>()
    })
}

// Well-formed articles: whole sentences in paragraphs, no dangling marks, so that
// appending another article cannot legitimately continue one of its quotations.
const SENTENCES: &[&str] = &[
    "“Real progress was made,” Trump said.",
    "\"We are ready,\" Orbán told reporters in Budapest.",
    "Putin warned that the missiles would not change the situation.",
    "According to the Kremlin, the call lasted nearly two and a half hours.",
    "The Tomahawk has a range of up to 2,500 km (1,553 miles).",
    "Zelensky said on Friday that Kyiv needed 25 more systems.",
    "Peskov declined to comment.",
    "Sources said about 300 people had been evacuated.",
];

fn clean_article() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::collection::vec(prop::sample::select(SENTENCES), 1..4),
        1..6,
    )
    .prop_map(|paras| {
        let paras: Vec<String> = paras.into_iter().map(|p| p.join(" ")).collect();
        format!("outlet: Wire\ndate: 2025-10-17\n\n{}\n", paras.join("\n\n"))
    })
}

fn boundary(text: &str, start: usize, end: usize) -> Result<(), TestCaseError> {
    prop_assert!(
        start <= end && end <= text.len(),
        "{start}..{end} of {}",
        text.len()
    );
    prop_assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
    Ok(())
}

fn check_spans(doc: Document) -> Result<(), TestCaseError> {
    let text = doc.text.clone();
    // Markdown markup is blanked in the view the claims are read from.
    let view = doc.view().to_string();
    let ex = extract_document(doc);
    for p in &ex.seg.paragraphs {
        boundary(&text, p.span.start, p.span.end)?;
    }
    for s in &ex.seg.sentences {
        boundary(&text, s.span.start, s.span.end)?;
    }
    for q in &ex.seg.quotes {
        for r in q.parts.iter().chain(q.open.iter()).chain(q.close.iter()) {
            boundary(&text, r.start, r.end)?;
        }
    }
    for c in &ex.claims {
        boundary(&text, c.range().start, c.range().end)?;
        // The claim's text is its span with line breaks and runs of spaces made single.
        let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        prop_assert_eq!(words(&view[c.range()]), words(&c.text), "claim text");
        // Line and column round-trip to the offset.
        let back = ex
            .doc
            .line_index()
            .offset(&text, c.span().line, c.span().column);
        prop_assert_eq!(back, Some(c.range().start), "line/column round trip");
        for q in &c.quantities {
            boundary(&text, q.start, q.end)?;
        }
    }
    Ok(())
}

fn claims_json(doc: Document) -> String {
    let ex = extract_document(doc);
    serde_json::to_string(&ex.claims).expect("claims serialize")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 192, ..ProptestConfig::default() })]

    #[test]
    fn spans_lie_on_boundaries_and_round_trip(text in article(), md in any::<bool>()) {
        let format = if md { InputFormat::Markdown } else { InputFormat::Text };
        check_spans(Document::from_text("p.txt", 0, text, format))?;
    }

    #[test]
    fn arbitrary_unicode_is_safe(text in "\\PC{0,300}") {
        check_spans(Document::from_text("p.txt", 0, text, InputFormat::Text))?;
    }

    #[test]
    fn same_input_same_output(text in article()) {
        let a = claims_json(Document::from_text("p.txt", 0, text.clone(), InputFormat::Text));
        let b = claims_json(Document::from_text("p.txt", 0, text, InputFormat::Text));
        prop_assert_eq!(a, b);
    }

    #[test]
    fn appending_an_article_keeps_the_first_ones_claims(a in clean_article(), b in clean_article()) {
        let first = extract_document(Document::from_text("a.txt", 0, a.clone(), InputFormat::Text));
        let both = extract_document(Document::from_text(
            "a.txt",
            0,
            format!("{a}\n{}", b.split_once("\n\n").map_or(b.as_str(), |(_, body)| body)),
            InputFormat::Text,
        ));
        let kept: Vec<_> = both.claims.iter().filter(|c| c.range().end <= a.len()).collect();
        prop_assert_eq!(
            serde_json::to_string(&first.claims.iter().collect::<Vec<_>>()).unwrap(),
            serde_json::to_string(&kept).unwrap()
        );
    }

    #[test]
    fn every_format_reads_or_errors(bytes in prop::collection::vec(any::<u8>(), 0..400), f in 0usize..5) {
        let format = [
            InputFormat::Text,
            InputFormat::Markdown,
            InputFormat::Html,
            InputFormat::Json,
            InputFormat::Jsonl,
        ][f];
        for doc in parse_bytes("x", bytes, format).into_iter().flatten() {
            for b in &doc.blocks {
                boundary(&doc.text, b.span.start, b.span.end)?;
            }
            check_spans(doc)?;
        }
    }

    #[test]
    fn html_and_json_wrappers_keep_every_paragraph(paras in prop::collection::vec(prop::sample::select(SENTENCES), 1..8)) {
        let html = format!(
            "<html><body><article><h1>Summit news today</h1>{}</article></body></html>",
            paras.iter().map(|p| format!("<p>{}</p>", p.replace('&', "&amp;"))).collect::<String>()
        );
        let json = serde_json::json!({"title": "Summit news today", "body": paras.join("\n\n")}).to_string();
        for (bytes, format) in [(html.into_bytes(), InputFormat::Html), (json.into_bytes(), InputFormat::Json)] {
            let doc = parse_bytes("x", bytes, format).remove(0).expect("reads");
            let blocks: Vec<&str> = doc.blocks.iter().map(|b| &doc.text[b.span.clone()]).collect();
            prop_assert_eq!(blocks[0], "Summit news today");
            prop_assert_eq!(&blocks[1..], &paras[..]);
        }
    }
}
