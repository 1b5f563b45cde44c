//! Write a synthetic, seeded corpus of news reports for benchmarks and scale tests.
//!
//! ```text
//! cargo run --release --example gen_corpus -- --seed 7 --events 10 --reports 100 --format jsonl --out corpus.jsonl
//! cargo run --release --example gen_corpus -- --seed 7 --events 1 --reports 1000 --format txt --out DIR
//! cargo run --release --example gen_corpus -- --seed 7 --bytes 5000000 --reports 50 --format txt --out DIR
//! cargo run --release --example gen_corpus -- --seed 7 --events 3 --reports 50 --check
//! ```
//!
//! `--format jsonl` writes one record per line (`id, outlet, date, url, title, body,
//! event`) to `--out` or standard output; `--format txt` writes one `ID.txt` per report
//! into the `--out` directory (created if missing), each with an `outlet:`/`date:`/
//! `title:`/`event:` header, a blank line, the headline, a blank line and the paragraphs.
//! `--bytes N` generates events of `--reports` reports each until the bodies add up to N
//! bytes. The same arguments always give byte-identical output. `--check` generates
//! twice, compares, looks for template markers left in the text and prints statistics.

#[path = "../benches/corpus/mod.rs"]
mod corpus;

use std::io::Write;
use std::process::ExitCode;

struct Args {
    seed: u64,
    events: usize,
    reports: usize,
    bytes: Option<usize>,
    format: String,
    out: Option<String>,
    check: bool,
    stats: bool,
}

const USAGE: &str = "usage: gen_corpus [--seed N] [--events N] [--reports N] [--bytes N] \
[--format jsonl|txt] [--out PATH] [--stats] [--check]";

fn parse() -> Result<Args, String> {
    let mut a = Args {
        seed: 7,
        events: 1,
        reports: 10,
        bytes: None,
        format: "jsonl".to_string(),
        out: None,
        check: false,
        stats: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = |name: &str| it.next().ok_or(format!("{name} needs a value"));
        let num = |s: String, name: &str| -> Result<u64, String> {
            s.replace('_', "")
                .parse()
                .map_err(|_| format!("{name}: `{s}` is not a number"))
        };
        match flag.as_str() {
            "--seed" => a.seed = num(value("--seed")?, "--seed")?,
            "--events" => a.events = num(value("--events")?, "--events")? as usize,
            "--reports" => a.reports = num(value("--reports")?, "--reports")? as usize,
            "--bytes" => a.bytes = Some(num(value("--bytes")?, "--bytes")? as usize),
            "--format" => a.format = value("--format")?,
            "--out" | "-o" => a.out = Some(value("--out")?),
            "--check" => a.check = true,
            "--stats" => a.stats = true,
            "-h" | "--help" => return Err(USAGE.to_string()),
            other => return Err(format!("unknown argument `{other}`\n{USAGE}")),
        }
    }
    if a.format != "jsonl" && a.format != "txt" {
        return Err(format!("--format must be jsonl or txt, not `{}`", a.format));
    }
    if a.reports == 0 {
        return Err("--reports must be at least 1".to_string());
    }
    Ok(a)
}

fn generate(a: &Args) -> Vec<corpus::Article> {
    match a.bytes {
        Some(b) => corpus::generate_bytes(a.seed, b, a.reports),
        None => corpus::generate(a.seed, a.events, a.reports),
    }
}

fn stats(arts: &[corpus::Article]) {
    let total: usize = arts.iter().map(|a| a.to_txt().len()).sum();
    let n = arts.len().max(1);
    eprintln!(
        "{} reports, {} bytes as text files, {:.0} bytes per report on average",
        arts.len(),
        total,
        total as f64 / n as f64
    );
    for s in corpus::Style::ALL {
        let sizes: Vec<usize> = arts
            .iter()
            .filter(|a| a.style == s)
            .map(|a| a.to_txt().len())
            .collect();
        if sizes.is_empty() {
            continue;
        }
        let min = sizes.iter().min().copied().unwrap_or(0);
        let max = sizes.iter().max().copied().unwrap_or(0);
        let avg = sizes.iter().sum::<usize>() as f64 / sizes.len() as f64;
        eprintln!(
            "  {:<12} {:>5} reports  avg {:>6.0}  min {:>6}  max {:>6}",
            s.name(),
            sizes.len(),
            avg,
            min,
            max
        );
    }
}

fn check(a: &Args) -> Result<(), String> {
    let one = generate(a);
    let two = generate(a);
    if one != two {
        return Err("two runs with the same seed differ".to_string());
    }
    for art in &one {
        let text = art.to_txt();
        for marker in [
            "#", "@", "~", "[", "]", "{", "}", "«", "»", "%s", "%p", ",,", " ,",
        ] {
            if let Some(i) = text.find(marker) {
                let from = text[..i].char_indices().rev().nth(40).map_or(0, |(j, _)| j);
                let to = text[i..]
                    .char_indices()
                    .nth(40)
                    .map_or(text.len(), |(j, _)| i + j);
                return Err(format!(
                    "{}: template marker `{marker}` left in: …{}…",
                    art.id,
                    &text[from..to]
                ));
            }
        }
        // Two hedges in a row ("about around 300") mean a template hedges a quantity
        // that already carries its own.
        let lower = text.to_lowercase();
        const HEDGES: [&str; 7] = [
            "about",
            "around",
            "some",
            "roughly",
            "almost",
            "nearly",
            "estimated",
        ];
        for a in HEDGES {
            for b in HEDGES {
                let pair = format!(" {a} {b} ");
                if lower.contains(&pair) {
                    return Err(format!("{}: doubled hedge `{}`", art.id, pair.trim()));
                }
            }
        }
        if serde_json::from_str::<serde_json::Value>(&art.to_json()).is_err() {
            return Err(format!("{}: the JSON record does not parse", art.id));
        }
    }
    stats(&one);
    eprintln!("check: same seed gives identical output; no template markers left");
    Ok(())
}

fn write(a: &Args) -> std::io::Result<()> {
    let arts = generate(a);
    if a.stats {
        stats(&arts);
    }
    match (a.format.as_str(), &a.out) {
        ("txt", Some(dir)) => {
            std::fs::create_dir_all(dir)?;
            for art in &arts {
                let path = std::path::Path::new(dir).join(art.file_name());
                std::fs::write(path, art.to_txt())?;
            }
        }
        ("txt", None) => {
            return Err(std::io::Error::other(
                "--format txt needs --out DIR (one file per report)",
            ));
        }
        (_, out) => {
            let sink: Box<dyn Write> = match out {
                Some(p) => Box::new(std::fs::File::create(p)?),
                None => Box::new(std::io::stdout().lock()),
            };
            let mut w = std::io::BufWriter::new(sink);
            for art in &arts {
                w.write_all(art.to_json().as_bytes())?;
                w.write_all(b"\n")?;
            }
            w.flush()?;
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    let a = match parse() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("gen_corpus: {e}");
            return ExitCode::from(2);
        }
    };
    if a.check {
        return match check(&a) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("gen_corpus: check failed: {e}");
                ExitCode::FAILURE
            }
        };
    }
    match write(&a) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gen_corpus: {e}");
            ExitCode::FAILURE
        }
    }
}
