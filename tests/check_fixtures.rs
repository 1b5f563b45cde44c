//! `claimdiff check` on the check fixtures: every known problem of `drafts/bad.md` is
//! reported under its rule, the legitimate edits of `drafts/good.md` pass, and the
//! suppression comments of `drafts/suppressed.md` hide exactly what they name
//! (fixtures/check/README.md).

use std::collections::BTreeSet;

use assert_cmd::Command;
use serde_json::Value;

fn root() -> &'static str {
    env!("CARGO_MANIFEST_DIR")
}

#[test]
fn drafts_report_exactly_the_expected_findings() {
    let expected: Value = serde_json::from_str(
        &std::fs::read_to_string(format!("{}/fixtures/check/expected.json", root()))
            .expect("expected.json"),
    )
    .expect("JSON");
    let drafts = expected["drafts"].as_object().expect("drafts");
    let mut cmd = Command::cargo_bin("claimdiff").expect("binary");
    cmd.current_dir(root()).args(["check", "--format", "json"]);
    for d in drafts.keys() {
        cmd.arg(d);
    }
    for s in expected["sources"].as_array().expect("sources") {
        cmd.args(["--source", s.as_str().expect("path")]);
    }
    let out = cmd.output().expect("runs");
    assert_eq!(out.status.code(), Some(1), "bad.md holds errors");
    let got: Value = serde_json::from_slice(&out.stdout).expect("JSON output");
    for d in got["drafts"].as_array().expect("drafts") {
        let path = d["path"].as_str().expect("path");
        let want = &drafts[path];
        let reported: BTreeSet<(String, u64, String)> = d["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .map(|f| {
                (
                    f["rule"].as_str().unwrap_or("").to_string(),
                    f["draft"]["line"].as_u64().unwrap_or(0),
                    f["draft"]["text"].as_str().unwrap_or("").to_string(),
                )
            })
            .collect();
        let wanted: BTreeSet<(String, u64, String)> = want["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .map(|f| {
                (
                    f["rule"].as_str().unwrap_or("").to_string(),
                    f["line"].as_u64().unwrap_or(0),
                    f["text"].as_str().unwrap_or("").to_string(),
                )
            })
            .collect();
        let missing: Vec<_> = wanted.difference(&reported).collect();
        let extra: Vec<_> = reported.difference(&wanted).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{path}: missing {missing:#?}\nunexpected {extra:#?}"
        );
        for verdict in ["supported", "contradicted", "unsupported"] {
            let n = d["claims"]
                .as_array()
                .expect("claims")
                .iter()
                .filter(|c| c["verdict"] == verdict)
                .count() as u64;
            assert_eq!(
                Some(n),
                want["verdicts"][verdict].as_u64(),
                "{path}: {verdict} claims"
            );
        }
    }
}

#[test]
fn github_format_also_writes_the_job_summary() {
    let dir = tempfile::tempdir().expect("tempdir");
    let summary = dir.path().join("summary.md");
    std::fs::write(&summary, "earlier step\n").expect("write");
    let out = Command::cargo_bin("claimdiff")
        .expect("binary")
        .current_dir(root())
        .env("GITHUB_STEP_SUMMARY", &summary)
        .args([
            "check",
            "fixtures/check/drafts/bad.md",
            "--source",
            "fixtures/budapest-summit/wire.txt",
            "--format",
            "github",
        ])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).expect("utf-8");
    assert!(stdout.lines().all(|l| l.starts_with("::")), "{stdout}");
    let text = std::fs::read_to_string(&summary).expect("summary");
    assert!(
        text.starts_with("earlier step\n## claimdiff check: "),
        "{text}"
    );
    assert!(text.contains("### ❌ CD201 number-mismatch"), "{text}");
}

fn check_cmd(dir: &std::path::Path) -> Command {
    let mut c = Command::cargo_bin("claimdiff").expect("binary");
    c.current_dir(dir);
    c
}

#[test]
fn baselines_survive_path_spelling_and_rewriting() {
    let dir = tempfile::tempdir().expect("tempdir");
    let base = dir.path().join("base.json");
    let src = format!("{}/fixtures/budapest-summit/wire.txt", root());
    let draft = format!("{}/fixtures/check/drafts/bad.md", root());
    std::fs::create_dir(dir.path().join("d")).expect("mkdir");
    std::fs::copy(&draft, dir.path().join("d/bad.md")).expect("copy");
    let write = check_cmd(dir.path())
        .args(["check", "d/bad.md", "-s", &src, "--write-baseline"])
        .arg(&base)
        .output()
        .expect("runs");
    assert_eq!(write.status.code(), Some(0));
    let n = |p: &std::path::Path| -> usize {
        let v: Value =
            serde_json::from_str(&std::fs::read_to_string(p).expect("baseline")).expect("JSON");
        v["findings"].as_array().map_or(0, Vec::len)
    };
    let all = n(&base);
    assert!(all >= 6, "{all} findings recorded");
    // The same draft spelled `./d//bad.md` is the same draft.
    let read = check_cmd(dir.path())
        .args([
            "check",
            "./d//bad.md",
            "-s",
            &src,
            "--format",
            "json",
            "--baseline",
        ])
        .arg(&base)
        .output()
        .expect("runs");
    assert_eq!(read.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&read.stdout).expect("JSON");
    assert_eq!(v["stats"]["baselined"].as_u64(), Some(all as u64));
    assert_eq!(v["stats"]["errors"].as_u64(), Some(0));
    // Rewriting a baseline records every finding, not only the new ones.
    let again = dir.path().join("again.json");
    let rewrite = check_cmd(dir.path())
        .args(["check", "d/bad.md", "-s", &src, "--baseline"])
        .arg(&base)
        .arg("--write-baseline")
        .arg(&again)
        .output()
        .expect("runs");
    assert_eq!(rewrite.status.code(), Some(0));
    assert_eq!(n(&again), all);
}

#[test]
fn dump_config_without_a_draft_reads_the_current_directory() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("claimdiff.toml"),
        "[check]\nunsupported = \"off\"\n",
    )
    .expect("write");
    let out = check_cmd(dir.path())
        .args(["check", "--dump-config"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let v: toml::Value = toml::from_str(&text).expect("TOML");
    assert_eq!(v["check"]["unsupported"].as_str(), Some("off"), "{text}");
}

#[test]
fn a_comment_above_a_wrapped_paragraph_covers_the_whole_claim() {
    let dir = tempfile::tempdir().expect("tempdir");
    let body = "US President Donald Trump said on Thursday he would meet Vladimir Putin in\n\
                Budapest after a two-hour phone call, the seventh between the two leaders\n\
                this year.\n";
    let run = |comment: &str| -> Value {
        let draft = dir.path().join("wrap.md");
        std::fs::write(
            &draft,
            format!("---\noutlet: W\ndate: 2025-10-17\n---\n\n{comment}{body}"),
        )
        .expect("write");
        let out = Command::cargo_bin("claimdiff")
            .expect("binary")
            .current_dir(root())
            .args(["check", "--format", "json", "--fail-on", "never"])
            .arg(&draft)
            .args(["--source", "fixtures/budapest-summit/wire.txt"])
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(0));
        serde_json::from_slice(&out.stdout).expect("JSON")
    };
    let open = run("");
    let lines: Vec<u64> = open["drafts"][0]["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["rule"] == "CD201")
        .filter_map(|f| f["draft"]["line"].as_u64())
        .collect();
    assert_eq!(
        lines,
        [7, 7],
        "both figures are on the paragraph's second line"
    );
    let hidden = run("<!-- claimdiff: ignore-next-line CD201 -->\n");
    assert_eq!(hidden["stats"]["suppressed"].as_u64(), Some(2));
    assert_eq!(
        hidden["drafts"][0]["findings"].as_array().map(Vec::len),
        Some(0),
        "{hidden}"
    );
}

#[test]
fn a_directive_line_in_plain_text_is_no_part_of_the_claim_below() {
    let dir = tempfile::tempdir().expect("tempdir");
    let draft = dir.path().join("long.txt");
    std::fs::write(
        &draft,
        "outlet: W\ndate: 2025-10-17\n\n\
         # claimdiff: ignore-next-line CD201, CD203, quote-altered, attribution-mismatch\n\
         US President Donald Trump said on Thursday he would meet Vladimir Putin in Budapest after a two-hour phone call, the seventh between the two leaders this year.\n",
    )
    .expect("write");
    let out = Command::cargo_bin("claimdiff")
        .expect("binary")
        .current_dir(root())
        .args(["check", "--format", "json"])
        .arg(&draft)
        .args(["--source", "fixtures/budapest-summit/wire.txt"])
        .output()
        .expect("runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "both number findings are hidden"
    );
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let claims = v["drafts"][0]["claims"].as_array().expect("claims");
    assert_eq!(claims.len(), 1);
    let text = claims[0]["place"]["text"].as_str().expect("text");
    assert!(text.starts_with("US President Donald Trump"), "{text}");
    assert_eq!(v["stats"]["suppressed"].as_u64(), Some(2));
}
