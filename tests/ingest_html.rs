//! Saved news pages (fixtures/html): the extracted article text must be exactly the
//! story's paragraphs, in order, with none of the page furniture; headline, byline, date
//! and outlet must come from the page's metadata.

use std::collections::BTreeMap;

use claimdiff::ingest::{InputFormat, TextOrigin, parse_bytes};
use serde::Deserialize;

#[derive(Deserialize)]
struct Expected {
    title: String,
    author: Option<String>,
    date: Option<String>,
    outlet: Option<String>,
    paragraphs: Vec<String>,
    absent: Vec<String>,
}

fn expected() -> BTreeMap<String, Expected> {
    let text = std::fs::read_to_string("fixtures/html/expected.json").expect("expected.json");
    serde_json::from_str(&text).expect("expected.json parses")
}

#[test]
fn every_saved_page_yields_exactly_its_article() {
    let all = expected();
    assert!(all.len() >= 5, "at least five page layouts");
    let mut failures = Vec::new();
    for (file, exp) in &all {
        let path = format!("fixtures/html/{file}");
        let bytes = std::fs::read(&path).expect("fixture");
        let mut docs = parse_bytes(&path, bytes, InputFormat::Html);
        assert_eq!(docs.len(), 1);
        let doc = match docs.remove(0) {
            Ok(d) => d,
            Err(e) => {
                failures.push(format!("{file}: {e}"));
                continue;
            }
        };
        assert_eq!(doc.origin, TextOrigin::HtmlExtract);
        let blocks: Vec<&str> = doc
            .blocks
            .iter()
            .map(|b| &doc.text[b.span.clone()])
            .collect();
        if blocks.first() != Some(&exp.title.as_str()) {
            failures.push(format!(
                "{file}: headline {:?}, expected {:?}",
                blocks.first(),
                exp.title
            ));
        }
        let body: Vec<&str> = blocks.iter().skip(1).copied().collect();
        let want: Vec<&str> = exp.paragraphs.iter().map(String::as_str).collect();
        if body != want {
            let missing: Vec<&&str> = want.iter().filter(|p| !body.contains(p)).collect();
            let extra: Vec<&&str> = body.iter().filter(|p| !want.contains(p)).collect();
            failures.push(format!(
                "{file}: body differs\n  missing: {missing:#?}\n  extra: {extra:#?}"
            ));
        }
        for a in &exp.absent {
            if doc.text.contains(a.as_str()) {
                failures.push(format!("{file}: boilerplate {a:?} leaked into the text"));
            }
        }
        let checks = [
            ("outlet", Some(doc.outlet.clone()), exp.outlet.clone()),
            ("date", doc.date.map(|d| d.to_string()), exp.date.clone()),
            ("author", doc.author.clone(), exp.author.clone()),
        ];
        for (what, got, want) in checks {
            if want.is_some() && got != want {
                failures.push(format!("{file}: {what} {got:?}, expected {want:?}"));
            }
        }
        // Every paragraph maps back to a line of the page, and that line holds its
        // first word.
        let raw = std::fs::read_to_string(&path).expect("utf-8 fixture");
        let lines: Vec<&str> = raw.lines().collect();
        for b in doc.blocks.iter().skip(1) {
            let text = &doc.text[b.span.clone()];
            let Some(line) = doc.source_line(b.span.start) else {
                failures.push(format!("{file}: no page line for {text:?}"));
                continue;
            };
            let first = text.split(' ').next().unwrap_or_default();
            let first: String = first
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            if !first.is_empty() && !lines[line - 1].contains(&first) {
                failures.push(format!("{file}: line {line} does not hold {first:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

mod common;

/// The saved pages compare like any other articles, and the JSON says where spans point:
/// documents carry `text_origin`, spans carry the page line.
#[test]
fn saved_pages_compare_with_file_lines() {
    let mut files: Vec<String> = std::fs::read_dir("fixtures/html")
        .expect("fixtures")
        .filter_map(|e| e.ok())
        .map(|e| e.path().to_string_lossy().into_owned())
        .filter(|p| p.ends_with(".html"))
        .collect();
    files.sort();
    files.push("fixtures/budapest-summit/wire.txt".to_string());
    let out = common::claimdiff()
        .arg("compare")
        .args(&files)
        .args(["--format", "json", "--fail-on", "never"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", common::stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let errors = common::errors(&common::output_validator("compare"), &v);
    assert!(errors.is_empty(), "{errors:#?}");
    let docs = v["documents"].as_array().expect("documents");
    let origins: Vec<&str> = docs
        .iter()
        .map(|d| common::str_of(d, "text_origin"))
        .collect();
    assert_eq!(
        origins.iter().filter(|o| **o == "html-extract").count(),
        files.len() - 1
    );
    assert_eq!(origins.last(), Some(&"file"));
    let findings = v["findings"].as_array().expect("findings");
    assert!(!findings.is_empty());
    for f in findings {
        let p = &f["primary"];
        let html = common::str_of(p, "path").ends_with(".html");
        assert_eq!(p["span"].get("source_line").is_some(), html, "{p}");
    }
}

/// A page that renders its story with scripts carries the text only in its JSON-LD
/// `articleBody`: that text is the article, paragraph by paragraph, rather than an error.
#[test]
fn a_script_rendered_page_gives_its_json_ld_article_body() {
    let page = r#"<!DOCTYPE html><html><head><title>Bridge collapse | Vale Courier</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Bridge collapse kills three","datePublished":"2026-03-08T19:00:00Z","publisher":{"@type":"Organization","name":"The Vale Courier"},"articleBody":"Three people died when the footbridge collapsed on Saturday.\n\nCouncil leader Tomasz Wieczorek said the council would co-operate with the inquiry.\n\n\"Our thoughts are with the families,\" he told reporters outside the town hall on Sunday."}</script>
</head><body><div id="app"></div><script src="/bundle.js"></script></body></html>"#;
    let mut docs = parse_bytes("spa.html", page.as_bytes().to_vec(), InputFormat::Html);
    let doc = docs.remove(0).expect("the JSON-LD body is the article");
    let blocks: Vec<&str> = doc
        .blocks
        .iter()
        .map(|b| &doc.text[b.span.clone()])
        .collect();
    assert_eq!(
        blocks,
        [
            "Bridge collapse kills three",
            "Three people died when the footbridge collapsed on Saturday.",
            "Council leader Tomasz Wieczorek said the council would co-operate with the inquiry.",
            "\"Our thoughts are with the families,\" he told reporters outside the town hall on Sunday.",
        ]
    );
    assert_eq!(doc.outlet, "The Vale Courier");
    // A page whose body holds the story keeps its own text, whatever the JSON-LD says.
    let page = page.replace(
        r#"<div id="app"></div>"#,
        "<article><p>Three people died when the footbridge in Kettering Vale collapsed on Saturday evening, officials said, in the second bridge failure in the county in five years.</p><p>Council leader Tomasz Wieczorek said the council would co-operate fully with an independent inquiry into the collapse.</p></article>",
    );
    let doc = parse_bytes("page.html", page.into_bytes(), InputFormat::Html)
        .remove(0)
        .expect("page");
    assert!(
        doc.text.contains("Kettering Vale"),
        "the visible story wins: {}",
        doc.text
    );
}
