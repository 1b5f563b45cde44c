//! Hostile and broken inputs through the command line: each gets its exact one-line
//! message and exit code, and never stops the other inputs from being processed.

mod common;

use std::path::{Path, PathBuf};

use common::{claimdiff, stderr, stdout};

struct Dir(tempfile::TempDir);

impl Dir {
    fn new() -> Dir {
        Dir(tempfile::tempdir().expect("temp dir"))
    }
    fn file(&self, name: &str, bytes: &[u8]) -> String {
        let p = self.0.path().join(name);
        std::fs::write(&p, bytes).expect("write");
        p.to_string_lossy().into_owned()
    }
    fn path(&self, name: &str) -> PathBuf {
        self.0.path().join(name)
    }
}

const GOOD: &str =
    "outlet: Wire\ndate: 2025-10-16\n\n“Real progress was made,” Trump said on Thursday.\n";

/// Run `extract` on `bad` and a good article; the bad one gives exactly `message` on
/// stderr and exit code 2, the good one is still extracted.
fn rejects(bad: &str, message: &str) {
    let dir = Dir::new();
    let good = dir.file("good.txt", GOOD.as_bytes());
    let out = claimdiff()
        .args(["extract", bad, &good, "--format", "jsonl"])
        .output()
        .expect("runs");
    assert_eq!(stderr(&out), format!("claimdiff: {message}\n"), "for {bad}");
    assert_eq!(out.status.code(), Some(2), "for {bad}");
    assert!(
        stdout(&out).contains("Real progress was made"),
        "good input still read"
    );
}

#[test]
fn empty_and_whitespace_only_files() {
    let dir = Dir::new();
    let empty = dir.file("empty.txt", b"");
    rejects(&empty, &format!("{empty}: is empty; nothing to read"));
    let blank = dir.file("blank.md", b" \n\t\r\n  \n");
    rejects(&blank, &format!("{blank}: is empty; nothing to read"));
}

#[test]
fn missing_file_and_directory() {
    let dir = Dir::new();
    let missing = dir.path("nope.txt").to_string_lossy().into_owned();
    rejects(
        &missing,
        &format!("{missing}: no such file; check the path"),
    );
    let sub = dir.path("sub");
    std::fs::create_dir(&sub).expect("mkdir");
    let sub = sub.to_string_lossy().into_owned();
    rejects(
        &sub,
        &format!(
            "{sub}: is a directory with no .txt, .md, .html or .json articles in it; pass article files"
        ),
    );
}

#[test]
fn invalid_utf8_in_the_middle_names_line_and_column() {
    let dir = Dir::new();
    let mut bytes = "outlet: X\n\nOrbán said the summit\nwould be held"
        .as_bytes()
        .to_vec();
    bytes.insert(bytes.len() - 4, 0xFF);
    let bad = dir.file("bad.txt", &bytes);
    rejects(
        &bad,
        &format!("{bad}:4:10: invalid UTF-8 (byte 0xFF); save the file as UTF-8 and try again"),
    );
}

#[test]
fn binary_files_are_refused_by_what_they_are() {
    let dir = Dir::new();
    let nul = dir.file("nul.txt", b"text\nmore\x00text");
    rejects(
        &nul,
        &format!("{nul}:2:5: looks binary (NUL byte); give a text, Markdown, HTML or JSON article"),
    );
    let pdf = dir.file("paper.txt", b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj");
    rejects(
        &pdf,
        &format!("{pdf}:1:1: looks like a PDF; give a text, Markdown, HTML or JSON article"),
    );
}

#[test]
fn oversize_input_names_the_limit() {
    let dir = Dir::new();
    let big = dir.file("big.txt", &vec![b'a'; 4096]);
    let good = dir.file("good.txt", GOOD.as_bytes());
    let out = claimdiff()
        .args([
            "extract",
            &big,
            &good,
            "--max-size",
            "1000",
            "--format",
            "jsonl",
        ])
        .output()
        .expect("runs");
    assert_eq!(
        stderr(&out),
        format!(
            "claimdiff: {big}: 4096 bytes is over the limit of 1000 bytes; raise it with --max-size\n"
        )
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stdout(&out).contains("Real progress"));
}

#[test]
fn unreadable_file_is_permission_denied() {
    use std::os::unix::fs::PermissionsExt;
    let dir = Dir::new();
    let secret = dir.file("secret.txt", GOOD.as_bytes());
    std::fs::set_permissions(&secret, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    std::fs::set_permissions(dir.0.path(), std::fs::Permissions::from_mode(0o755)).expect("chmod");
    // Root reads any file, so as root the binary runs as `nobody` (setpriv, util-linux)
    // to meet the permission check a newsroom user would.
    let bin = assert_cmd::cargo::cargo_bin("claimdiff");
    let is_root = std::process::Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false);
    let mut cmd = if is_root {
        let mut c = std::process::Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(&bin);
        c
    } else {
        std::process::Command::new(&bin)
    };
    let out = cmd.args(["extract", &secret]).output().expect("runs");
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!("claimdiff: {secret}: permission denied; make the file readable\n")
    );
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn fifo_is_read_like_a_file() {
    let dir = Dir::new();
    let fifo = dir.path("pipe.txt");
    let status = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(status.success());
    let writer_path = fifo.clone();
    let writer = std::thread::spawn(move || std::fs::write(writer_path, GOOD).expect("write fifo"));
    let out = claimdiff()
        .args(["extract", &fifo.to_string_lossy(), "--format", "jsonl"])
        .output()
        .expect("runs");
    writer.join().expect("writer");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("Real progress was made"));
}

#[test]
fn only_quote_marks_and_a_megabyte_line_are_processed() {
    let dir = Dir::new();
    let quotes = dir.file(
        "quotes.txt",
        "\"“”‘’«»„'\"\n“““”””\n".repeat(2000).as_bytes(),
    );
    let line: String =
        "Officials said the talks would go on and \"nothing was agreed\" yet. ".repeat(16_000);
    assert!(line.len() > 1_000_000);
    let long = dir.file("long.txt", line.as_bytes());
    let out = claimdiff()
        .args(["extract", &quotes, &long, "--format", "json"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let docs = v["documents"].as_array().expect("documents");
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0]["claims"].as_array().map(Vec::len), Some(0));
    // The long line is one paragraph of many attributed sentences: all of them found,
    // every span inside the line.
    let claims = docs[1]["claims"].as_array().expect("claims");
    assert!(claims.len() >= 15_000, "{} claims", claims.len());
    assert!(
        claims
            .iter()
            .all(|c| c["span"]["end"].as_u64().unwrap() as usize <= line.len())
    );
}

#[test]
fn encodings_are_decoded_with_notes_where_guessed() {
    let dir = Dir::new();
    let cp = dir.file(
        "cp1252.txt",
        b"outlet: Old CMS\n\n\x93Real progress was made,\x94 Trump said \x96 Orb\xE1n agreed.\r\n",
    );
    let mut utf16 = vec![0xFF, 0xFE];
    for u in "outlet: Desk\r\n\r\n“We are ready,” Orbán said.\r\n".encode_utf16() {
        utf16.extend(u.to_le_bytes());
    }
    let u16 = dir.file("utf16.txt", &utf16);
    let bom = dir.file("bom.md", "\u{FEFF}# Title\n\n“Yes,” he said.\n".as_bytes());
    let cr = dir.file("cr.txt", b"outlet: Mac\r\r\"We are ready,\" Orban said.\r");
    let out = claimdiff()
        .args(["extract", &cp, &u16, &bom, &cr, "--format", "json"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        stderr(&out),
        format!(
            "claimdiff: {cp}: note: not valid UTF-8; decoded as Windows-1252 (smart quotes and accents kept); save the file as UTF-8 to silence this note\n"
        )
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let docs = v["documents"].as_array().expect("documents");
    let enc: Vec<&str> = docs
        .iter()
        .map(|d| d["encoding"].as_str().unwrap())
        .collect();
    assert_eq!(enc, ["windows-1252", "UTF-16LE", "UTF-8 (BOM)", "UTF-8"]);
    assert_eq!(docs[0]["claims"][0]["quote"], "Real progress was made,");
    assert_eq!(docs[1]["claims"][0]["speaker"]["name"], "Orbán");
    // Lines count CRLF and lone CR line ends: the quote is on line 3 in both.
    assert_eq!(docs[1]["claims"][0]["span"]["line"], 3);
    assert_eq!(docs[3]["claims"][0]["span"]["line"], 3);
    assert_eq!(
        docs[2]["claims"][0]["span"]["start"], 9,
        "offsets exclude the BOM"
    );
}

#[test]
fn jsonl_bad_lines_are_reported_and_the_rest_processed() {
    let dir = Dir::new();
    let feed = dir.file(
        "feed.jsonl",
        concat!(
            r#"{"id":"a1","outlet":"Wire","title":"Summit","body":"“Real progress was made,” Trump said."}"#,
            "\n",
            r#"{"id":"a2","outlet":"Wire","body": oops}"#,
            "\n\n",
            r#"{"id":"a3","outlet":"Daily","title":"Summit"}"#,
            "\n",
            r#"{"id":"a4","outlet":"Daily","body":"Orbán said Hungary was ready.","event":"budapest"}"#,
            "\n",
        )
        .as_bytes(),
    );
    let out = claimdiff()
        .args(["extract", &feed, "--format", "jsonl"])
        .output()
        .expect("runs");
    assert_eq!(
        stderr(&out),
        format!(
            "claimdiff: {feed}:2:36: invalid JSON: expected value; fix the record or drop it\n\
             claimdiff: {feed}:4:1: record has no \"body\" field; give the article text as \"body\"\n"
        )
    );
    assert_eq!(out.status.code(), Some(2));
    let text = stdout(&out);
    assert!(text.contains(&format!("\"path\":\"{feed}#a1\"")));
    assert!(text.contains(&format!("\"path\":\"{feed}#a4\"")));
}

#[test]
fn html_without_an_article_is_an_error() {
    let dir = Dir::new();
    let page = dir.file(
        "menu.html",
        b"<html><body><nav><a href=/>Home</a> <a href=/w>World</a></nav>\
          <script>var quote = \"not copy\";</script></body></html>",
    );
    rejects(
        &page,
        &format!(
            "{page}: no article text found in the HTML page (no paragraphs outside navigation, scripts and boilerplate); save the article page itself, or pass --input-format txt"
        ),
    );
}

#[test]
fn malformed_json_file_names_line_and_column() {
    let dir = Dir::new();
    let bad = dir.file(
        "rec.json",
        b"{\n  \"title\": \"x\",\n  \"body\": \"y\"\n  \"url\": 1\n}",
    );
    rejects(
        &bad,
        &format!("{bad}:4:3: invalid JSON: expected `,` or `}}`; fix the record or drop it"),
    );
}

#[test]
fn input_format_flag_overrides_the_extension() {
    let dir = Dir::new();
    let page = dir.file(
        "page.txt",
        b"<html><body><article><h1>Trump and Putin to meet</h1>\
          <p>&ldquo;Real progress was made,&rdquo; Trump said on Thursday after the call.</p>\
          <p>Orb&aacute;n said Hungary was ready to host the summit in Budapest.</p>\
          </article></body></html>",
    );
    let out = claimdiff()
        .args([
            "extract",
            &page,
            "--input-format",
            "html",
            "--format",
            "json",
        ])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let doc = &v["documents"][0];
    assert_eq!(doc["text_origin"], "html-extract");
    assert_eq!(doc["title"], "Trump and Putin to meet");
    assert!(doc["text"].as_str().unwrap().contains("Orbán said Hungary"));
    assert_eq!(doc["claims"][0]["quote"], "Real progress was made,");
    assert!(Path::new(&page).exists());
}
