//! `claimdiff compare --format html`: one self-contained page that is well formed, links
//! only to itself, lists every finding, anchors every claim, escapes its input and comes
//! out byte for byte the same on every run.

use std::collections::BTreeSet;

use assert_cmd::Command;
use regex::Regex;
use serde_json::Value;

/// The fixture set, as relative paths (with a glob the binary expands) so the report does
/// not depend on where the repository is checked out.
const INPUTS: [&str; 2] = [
    "fixtures/budapest-summit/*.txt",
    "fixtures/budapest-summit/aggregator.md",
];

/// Elements without an end tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

fn claimdiff() -> Command {
    let mut c = Command::cargo_bin("claimdiff").expect("binary builds");
    c.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE");
    c
}

/// Run `compare --format html -o FILE` with `args` and return the page; the exit code must
/// be `code`.
fn html_report(args: &[&str], code: i32) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("report.html");
    let run = claimdiff()
        .arg("compare")
        .args(args)
        .args(["--format", "html", "-o"])
        .arg(&out)
        .output()
        .expect("runs");
    assert_eq!(
        run.status.code(),
        Some(code),
        "stderr: {}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(run.stdout.is_empty(), "the report goes to the -o file only");
    std::fs::read_to_string(&out).expect("report is UTF-8")
}

fn fixture_report() -> String {
    // Exit 1: the fixture set has error findings (the default --fail-on error).
    html_report(&INPUTS, 1)
}

fn json(args: &[&str]) -> Value {
    let run = claimdiff()
        .args(args)
        .args(["--format", "json"])
        .output()
        .expect("runs");
    serde_json::from_slice(&run.stdout).expect("stdout is JSON")
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// Check that every `<` starts a tag or the doctype, and that start and end tags of
/// non-void elements pair up. Returns the first problem.
fn check_balanced(html: &str) -> Result<(), String> {
    let tag = Regex::new(r"^<(/?)([a-zA-Z][a-zA-Z0-9]*)(?:\s[^<>]*)?>").expect("regex");
    let mut stack: Vec<(String, usize)> = Vec::new();
    let mut pos = 0;
    while let Some(i) = html[pos..].find('<') {
        let at = pos + i;
        let rest = &html[at..];
        if at == 0 && rest.starts_with("<!doctype html>") {
            pos = at + "<!doctype html>".len();
            continue;
        }
        let Some(m) = tag.captures(rest) else {
            return Err(format!(
                "stray `<` at byte {at}: {:?}",
                &rest[..rest.len().min(60)]
            ));
        };
        let name = m[2].to_ascii_lowercase();
        let whole = m[0].len();
        if name == "style" && m[1].is_empty() {
            // Skip the style sheet; it holds no markup.
            let end = rest.find("</style>").ok_or("unclosed <style>")?;
            pos = at + end + "</style>".len();
            continue;
        }
        if m[1].is_empty() {
            if !VOID.contains(&name.as_str()) {
                stack.push((name, at));
            }
        } else {
            match stack.pop() {
                Some((open, _)) if open == name => {}
                Some((open, o)) => {
                    return Err(format!(
                        "</{name}> at byte {at} closes <{open}> from byte {o}"
                    ));
                }
                None => return Err(format!("</{name}> at byte {at} closes nothing")),
            }
        }
        pos = at + whole;
    }
    match stack.pop() {
        Some((open, o)) => Err(format!("<{open}> at byte {o} is never closed")),
        None => Ok(()),
    }
}

fn ids(html: &str) -> Vec<String> {
    let re = Regex::new(r#"\sid="([^"]*)""#).expect("regex");
    re.captures_iter(html).map(|c| c[1].to_string()).collect()
}

#[test]
fn the_balance_checker_catches_broken_markup() {
    assert!(check_balanced("<!doctype html><html><body><p>a<br>b</p></body></html>").is_ok());
    assert!(check_balanced("<p><span>a</p></span>").is_err());
    assert!(check_balanced("<p>a").is_err());
    assert!(check_balanced("<p>a < b</p>").is_err());
    assert!(check_balanced("</p>").is_err());
}

#[test]
fn page_is_well_formed_and_self_contained() {
    let html = fixture_report();
    assert!(
        html.starts_with("<!doctype html>\n"),
        "starts with the doctype"
    );
    assert_eq!(html.matches("<html").count(), 1);
    assert!(html.contains("<html lang=\"en\">"));
    assert!(html.contains("<meta charset=\"utf-8\">"));
    assert!(
        html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
    );
    assert_eq!(html.matches("<title>").count(), 1);
    assert_eq!(html.matches("<body>").count(), 1);
    assert!(html.trim_end().ends_with("</html>"));
    if let Err(e) = check_balanced(&html) {
        panic!("unbalanced markup: {e}");
    }
    // Nothing is loaded from anywhere: no style sheets, scripts, images, fonts or imports.
    for bad in [
        "<link",
        "src=\"http",
        "src='http",
        "@import",
        "url(http",
        "url(//",
        "@font-face",
        "<script",
        "<iframe",
    ] {
        assert!(!html.contains(bad), "the page contains {bad:?}");
    }
    assert!(
        !Regex::new(r"\ssrc=").expect("regex").is_match(&html),
        "nothing has a src"
    );
    // Headings go down one level at a time, starting at h1.
    let levels: Vec<u32> = Regex::new(r"<h([1-6])[\s>]")
        .expect("regex")
        .captures_iter(&html)
        .map(|c| c[1].parse().expect("digit"))
        .collect();
    assert_eq!(levels.first(), Some(&1));
    assert_eq!(levels.iter().filter(|&&l| l == 1).count(), 1, "one h1");
    for w in levels.windows(2) {
        assert!(w[1] <= w[0] + 1, "heading h{} follows h{}", w[1], w[0]);
    }
    // Every table header cell says what it heads.
    for th in Regex::new(r"<th[\s>][^>]*")
        .expect("regex")
        .find_iter(&html)
    {
        assert!(
            th.as_str().contains("scope=\"col\"") || th.as_str().contains("scope=\"row\""),
            "{}",
            th.as_str()
        );
    }
    // The header summarizes the documents and the findings.
    for outlet in [
        "The Sentinel",
        "Global Wire Service (GWS)",
        "NewsPulse Digest",
        "L’Observateur Européen (English edition)",
    ] {
        assert!(html.contains(outlet), "{outlet}");
    }
    assert!(html.contains("fixtures/budapest-summit/aggregator.md"));
    assert!(html.contains("Agreement between outlets"));
}

#[test]
fn every_finding_is_listed_errors_first() {
    let html = fixture_report();
    let v = json(&[&["compare"][..], &INPUTS[..]].concat());
    let findings = v["findings"].as_array().expect("findings");
    assert!(findings.len() > 50, "the fixture set has many findings");
    let entries: Vec<String> = Regex::new(r#"<article class="finding sev-(\w+)" id="f(\d+)""#)
        .expect("regex")
        .captures_iter(&html)
        .map(|c| c[1].to_string())
        .collect();
    assert_eq!(entries.len(), findings.len(), "one entry per finding");
    // Errors, then warnings, then info.
    let rank = |s: &str| match s {
        "error" => 0,
        "warning" => 1,
        "info" => 2,
        other => panic!("severity {other}"),
    };
    assert!(
        entries.windows(2).all(|w| rank(&w[0]) <= rank(&w[1])),
        "{entries:?}"
    );
    for (s, n) in ["error", "warning", "info"]
        .iter()
        .map(|s| (s, entries.iter().filter(|e| e == s).count()))
    {
        let expected = findings.iter().filter(|f| f["severity"] == *s).count();
        assert_eq!(n, expected, "{s} findings");
    }
    for f in findings {
        let rule = f["rule"].as_str().expect("rule");
        let name = f["name"].as_str().expect("name");
        let message = f["message"].as_str().expect("message");
        assert!(
            html.contains(&format!("<code>{rule}</code> {name}")),
            "{rule} {name}"
        );
        assert!(
            html.contains(&format!("<p class=\"msg\">{}</p>", escape(message))),
            "message {message:?}"
        );
        let primary = &f["primary"];
        let pos = format!(
            "{}:{}:{}",
            primary["path"].as_str().expect("path"),
            primary["span"]["line"],
            primary["span"]["column"]
        );
        assert!(html.contains(&escape(&pos)), "location {pos}");
        assert!(html.contains(&escape(primary["text"].as_str().expect("text"))));
    }
    // Quote findings show their word diff.
    let with_diff = findings.iter().filter(|f| f.get("diff").is_some()).count();
    assert!(with_diff > 0);
    assert_eq!(html.matches("<p class=\"diff\">").count(), with_diff);
    assert!(html.contains("<del>") && html.contains("<ins>"));
}

#[test]
fn every_link_has_a_target_and_every_claim_an_anchor() {
    let html = fixture_report();
    let all = ids(&html);
    let set: BTreeSet<&str> = all.iter().map(String::as_str).collect();
    assert_eq!(set.len(), all.len(), "ids are unique");
    let hrefs: Vec<String> = Regex::new(r#"href="([^"]*)""#)
        .expect("regex")
        .captures_iter(&html)
        .map(|c| c[1].to_string())
        .collect();
    assert!(hrefs.len() > 500);
    for h in &hrefs {
        let target = h
            .strip_prefix('#')
            .unwrap_or_else(|| panic!("link out of the page: {h}"));
        assert!(set.contains(target), "no id for {h}");
    }
    // Every claim of every document, as `d{doc}-{claim}`; extract takes the files compare
    // expanded the glob to, in the same order.
    let cmp = json(&[&["compare"][..], &INPUTS[..]].concat());
    let paths: Vec<&str> = cmp["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .map(|d| d["path"].as_str().expect("path"))
        .collect();
    let v = json(&[&["extract"][..], &paths[..]].concat());
    let docs = v["documents"].as_array().expect("documents");
    assert_eq!(docs.len(), 8);
    let mut claims = 0;
    for (d, doc) in docs.iter().enumerate() {
        for c in doc["claims"].as_array().expect("claims") {
            let id = format!("d{d}-{}", c["id"].as_str().expect("id"));
            assert!(set.contains(id.as_str()), "no anchor {id}");
            claims += 1;
        }
    }
    assert_eq!(claims, 200);
    // Every location of every finding is anchored in its article, and linked to.
    let findings = cmp["findings"].as_array().expect("findings");
    let numbers: Vec<usize> = Regex::new(r#"<article class="finding sev-\w+" id="f(\d+)""#)
        .expect("regex")
        .captures_iter(&html)
        .map(|c| c[1].parse().expect("number"))
        .collect();
    assert_eq!(numbers, (1..=findings.len()).collect::<Vec<_>>());
    let mut expected = 0;
    for n in 1..=findings.len() {
        assert!(set.contains(format!("f{n}-p").as_str()), "f{n}-p");
        expected += 1;
    }
    for f in findings {
        expected += f["related"].as_array().map_or(0, Vec::len);
        expected += f
            .get("supporting")
            .and_then(Value::as_array)
            .map_or(0, Vec::len);
    }
    let spans = all
        .iter()
        .filter(|i| Regex::new(r"^f\d+-[prs]\d*$").expect("regex").is_match(i))
        .count();
    assert_eq!(spans, expected, "one anchor per finding location");
    assert_eq!(
        hrefs
            .iter()
            .filter(|h| Regex::new(r"^#f\d+-[prs]\d*$").expect("regex").is_match(h))
            .count(),
        expected
    );
}

#[test]
fn input_is_escaped_everywhere() {
    let dir = tempfile::tempdir().expect("temp dir");
    let a = dir.path().join("a.txt");
    // A hostile file name too.
    let b = dir.path().join("b<&'\">.txt");
    std::fs::write(
        &a,
        "outlet: Evil <b>Times</b> & \"Sons\"\ndate: 2025-10-16\n\
         title: <script>alert('t')</script>\n\n\
         Minister Jane Doe said on Monday that 40 people were hurt.\n\n\
         “<script>alert(1)</script> is not a policy,” Doe told reporters.\n\n\
         “Try \"><img src=x onerror=alert(1)> now,” Doe said.\n",
    )
    .expect("writes");
    std::fs::write(
        &b,
        "outlet: Daily 'Quote'\ndate: 2025-10-16\n\n\
         Minister Jane Doe said on Monday that 45 people were hurt.\n\n\
         “<script>alert(1)</script> is a policy,” Doe told reporters.\n\n\
         “Try \"><img src=x onerror=alert(1)> later,” Doe said.\n",
    )
    .expect("writes");
    let (a, b) = (
        a.to_string_lossy().to_string(),
        b.to_string_lossy().to_string(),
    );
    let html = html_report(&[a.as_str(), b.as_str()], 1);
    if let Err(e) = check_balanced(&html) {
        panic!("unbalanced markup: {e}");
    }
    for raw in [
        "<script",
        "<img",
        "<b>",
        "alert('t')",
        "Daily 'Quote'",
        "b<&'\">.txt",
    ] {
        assert!(!html.contains(raw), "{raw:?} appears unescaped");
    }
    // No tag carries an event handler (every `<` of the page opens a tag: checked above).
    assert!(!Regex::new(r"<[^>]*onerror").expect("regex").is_match(&html));
    for escaped in [
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;",
        "Evil &lt;b&gt;Times&lt;/b&gt; &amp; &quot;Sons&quot;",
        "Daily &#39;Quote&#39;",
        "b&lt;&amp;&#39;&quot;&gt;.txt",
        "&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;",
    ] {
        assert!(html.contains(escaped), "{escaped:?} is missing");
    }
    // The hostile quotes are claims, anchored in the articles.
    let set: BTreeSet<String> = ids(&html).into_iter().collect();
    assert!(set.contains("d0-c2") && set.contains("d1-c2"), "{set:?}");
}

#[test]
fn output_is_deterministic() {
    let first = fixture_report();
    assert_eq!(first, fixture_report(), "two runs differ");
    let one = html_report(&[&["-j", "1"][..], &INPUTS[..]].concat(), 1);
    let two = html_report(&[&["-j", "2"][..], &INPUTS[..]].concat(), 1);
    assert_eq!(one, two, "-j 1 and -j 2 differ");
    assert_eq!(one, first);
    assert!(
        !Regex::new(r"20\d\d-\d\d-\d\dT\d\d:")
            .expect("regex")
            .is_match(&first),
        "no timestamp"
    );
}

#[test]
fn the_report_can_go_to_standard_output() {
    let run = claimdiff()
        .arg("compare")
        .args(INPUTS)
        .args(["--format", "html"])
        .output()
        .expect("runs");
    assert_eq!(run.status.code(), Some(1));
    let page = String::from_utf8(run.stdout).expect("UTF-8");
    assert_eq!(page, fixture_report());
}
