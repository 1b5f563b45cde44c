//! The `claimdiff` command: argument parsing, wiring of library stages, choice of renderer.

use std::io::{self, Write};
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};

use claimdiff::exit_codes;
use claimdiff::ingest::{DEFAULT_MAX_SIZE, IngestOptions, InputFormat};
use claimdiff::pipeline::{Extracted, extract_paths_with, extract_stream, quantities_paths};
use claimdiff::report;
use claimdiff::report::progress::Progress;

#[derive(Parser)]
#[command(
    name = "claimdiff",
    version,
    about = "Who said what, across news reports: extract claims and compare outlets"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum ColorArg {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, ValueEnum)]
enum InputFormatArg {
    Txt,
    Md,
    Html,
    Json,
    Jsonl,
}

#[derive(clap::Args)]
struct Common {
    /// Write the output to FILE instead of standard output (`-`: standard output).
    #[arg(short, long, value_name = "FILE")]
    output: Option<String>,
    /// When to colour human output (also honours NO_COLOR).
    #[arg(long, value_enum, default_value = "auto")]
    color: ColorArg,
    /// Worker threads (default: one per core).
    #[arg(short = 'j', long, value_name = "N")]
    threads: Option<usize>,
    /// Refuse inputs larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = DEFAULT_MAX_SIZE)]
    max_size: u64,
    /// Parse every input as this format instead of guessing from the extension.
    #[arg(long, value_enum, value_name = "FORMAT")]
    input_format: Option<InputFormatArg>,
    /// The name standard input (`-`) goes by: its records are named NAME#ID and its
    /// format is guessed from NAME, as if the file NAME had been given.
    #[arg(long, value_name = "NAME")]
    stdin_name: Option<String>,
    /// Never draw the progress line (drawn on standard error only when it is a
    /// terminal and the run lasts over 0.3 s).
    #[arg(long)]
    no_progress: bool,
}

#[derive(Clone, Copy, PartialEq, ValueEnum)]
enum ExtractFormat {
    Human,
    Json,
    /// One claim per line.
    Jsonl,
    /// One claims record per document (everything `compare --claims` needs).
    Claims,
}

#[derive(Clone, Copy, ValueEnum)]
enum QuantitiesFormat {
    Human,
    Json,
    Jsonl,
}

#[derive(Subcommand)]
enum Command {
    /// Extract claims (quotes, reported speech, statements) from articles.
    Extract {
        /// Article files (.txt, .md, .html, .json, .jsonl); `-` reads standard input.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<String>,
        /// Output format.
        #[arg(long, value_enum, default_value = "human")]
        format: ExtractFormat,
        /// Standard input is streamed JSON Lines whose first line is line N of the file
        /// it was cut from (one Spark partition): errors, spans and claims records give
        /// the whole file's line numbers.
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
        first_line: Option<u64>,
        #[command(flatten)]
        common: Common,
    },
    /// Compare reports of one event: aligned claims, typed contradictions, coverage.
    Compare {
        /// Article files, directories (their .txt and .md files) or glob patterns; at
        /// least two documents.
        #[arg(required_unless_present = "claims", value_name = "FILE")]
        files: Vec<String>,
        /// Also compare the documents of this claims file (`extract --format claims`
        /// output; `-` reads standard input) without extracting them again. Repeatable.
        #[arg(long, value_name = "FILE")]
        claims: Vec<String>,
        /// Output format.
        #[arg(long, value_enum, default_value = "human")]
        format: CompareFormat,
        /// Exit 1 when a finding is at or above this severity.
        #[arg(long, value_enum, default_value = "error")]
        fail_on: FailOn,
        /// Configuration file (default: claimdiff.toml found upwards from the first input).
        #[arg(long, value_name = "FILE")]
        config: Option<String>,
        /// Compare the documents per value of this metadata field (a header key or a
        /// JSON record field such as `event`): one comparison per event in one run.
        #[arg(long, value_name = "KEY")]
        group_by: Option<String>,
        #[command(flatten)]
        common: Common,
    },
    /// Check drafts against their sources: quotes word for word and to the right
    /// person, numbers and dates that agree, claims that a source carries.
    Check(CheckArgs),
    /// List every number, amount, measure and date with its normalized value.
    Quantities {
        /// Article files (.txt, .md, .html, .json, .jsonl); `-` reads standard input.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<String>,
        /// Output format.
        #[arg(long, value_enum, default_value = "human")]
        format: QuantitiesFormat,
        /// Resolve relative dates ("on Thursday", "last week") against this date
        /// (YYYY-MM-DD) instead of each document's own date.
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_day)]
        date: Option<chrono::NaiveDate>,
        #[command(flatten)]
        common: Common,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum CompareFormat {
    Human,
    Json,
    Jsonl,
    Markdown,
    Html,
}

#[derive(Clone, Copy, ValueEnum)]
enum CheckFormat {
    Human,
    Concise,
    Json,
    Jsonl,
    Github,
    Sarif,
    Junit,
    Markdown,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum FailOn {
    Error,
    Warning,
    Never,
}

impl FailOn {
    /// Whether findings up to severity `max` make the run fail.
    fn fails(self, max: Option<claimdiff::compare::rules::Severity>) -> bool {
        use claimdiff::compare::rules::Severity;
        let threshold = match self {
            FailOn::Error => Severity::Error,
            FailOn::Warning => Severity::Warning,
            FailOn::Never => return false,
        };
        max.is_some_and(|s| s >= threshold)
    }
}

fn parse_day(s: &str) -> Result<chrono::NaiveDate, String> {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("`{s}` is not a date in the form YYYY-MM-DD"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            if is_broken_pipe(&e) {
                return ExitCode::from(exit_codes::OK);
            }
            eprintln!("claimdiff: error: {e:#}");
            ExitCode::from(exit_codes::ERROR)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}

fn setup(common: &Common) -> anyhow::Result<IngestOptions> {
    if let Some(n) = common.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global()
            .context("cannot start the worker threads")?;
    }
    anstream::ColorChoice::write_global(match common.color {
        ColorArg::Auto => anstream::ColorChoice::Auto,
        ColorArg::Always => anstream::ColorChoice::Always,
        ColorArg::Never => anstream::ColorChoice::Never,
    });
    Ok(IngestOptions {
        max_size: common.max_size,
        format: common.input_format.map(|f| match f {
            InputFormatArg::Txt => InputFormat::Text,
            InputFormatArg::Md => InputFormat::Markdown,
            InputFormatArg::Html => InputFormat::Html,
            InputFormatArg::Json => InputFormat::Json,
            InputFormatArg::Jsonl => InputFormat::Jsonl,
        }),
        stdin_name: common.stdin_name.clone(),
        stdin_first_line: None,
    })
}

/// Standard output or the `--output` file. Human output goes through anstream, which
/// keeps colour only on a terminal (and honours NO_COLOR and `--color`); machine formats
/// are written as they are.
fn open_output(path: Option<&str>, human: bool) -> anyhow::Result<Box<dyn Write>> {
    // `-o -` is standard output, as `-` is standard input.
    let path = path.filter(|p| *p != "-");
    Ok(match (path, human) {
        (Some(p), _) => {
            let f = std::fs::File::create(p)
                .with_context(|| format!("{p}: cannot create the output file"))?;
            if human {
                // Colour in a file only when asked for with `--color always`.
                Box::new(io::BufWriter::new(anstream::AutoStream::new(
                    f,
                    anstream::ColorChoice::global(),
                )))
            } else {
                Box::new(io::BufWriter::new(f))
            }
        }
        (None, true) => Box::new(io::BufWriter::new(anstream::AutoStream::auto(
            io::stdout().lock(),
        ))),
        (None, false) => Box::new(io::BufWriter::new(io::stdout().lock())),
    })
}

/// Something read from an input, whose reading notes are worth a line on stderr.
trait Ingested {
    fn document(&self) -> &claimdiff::ingest::Document;
}

impl Ingested for Extracted {
    fn document(&self) -> &claimdiff::ingest::Document {
        &self.doc
    }
}

impl<T> Ingested for (claimdiff::ingest::Document, T) {
    fn document(&self) -> &claimdiff::ingest::Document {
        &self.0
    }
}

/// Report unreadable inputs on stderr, one line each, and notes on how the others were
/// read (an encoding guess); keep the readable ones.
fn split_errors<T: Ingested>(
    results: Vec<Result<T, claimdiff::error::InputError>>,
) -> (Vec<T>, bool) {
    let mut ok = Vec::new();
    let mut failed = false;
    for r in results {
        match r {
            Ok(v) => {
                let d = v.document();
                for n in &d.notes {
                    eprintln!("claimdiff: {}: note: {n}", d.path);
                }
                ok.push(v)
            }
            Err(e) => {
                eprintln!("claimdiff: {e}");
                failed = true;
            }
        }
    }
    (ok, failed)
}

fn run(cli: Cli) -> anyhow::Result<u8> {
    match cli.command {
        Command::Extract {
            files,
            format,
            first_line,
            common,
        } => {
            let mut opts = setup(&common)?;
            let files = expand_inputs(&files);
            if let Some(n) = first_line {
                let streamed =
                    files.iter().any(|f| f == "-") && opts.format_of("-") == InputFormat::Jsonl;
                if !streamed {
                    eprintln!(
                        "claimdiff: --first-line numbers JSON Lines read from standard input (`-` with --input-format jsonl or a .jsonl --stdin-name)"
                    );
                    return Ok(exit_codes::ERROR);
                }
                opts.stdin_first_line = usize::try_from(n).ok();
            }
            let progress = Progress::new(!common.no_progress);
            progress.stage("extracting", files.len());
            let mut out = open_output(
                common.output.as_deref(),
                matches!(format, ExtractFormat::Human),
            )?;
            let mut failed = false;
            // Written as it is extracted: memory holds one batch, not the corpus. Each
            // document is rendered on the workers; this thread only writes.
            let render = |d: &Extracted| -> std::io::Result<Vec<u8>> {
                let mut v = Vec::new();
                match format {
                    ExtractFormat::Human => report::extract::human(&mut v, d)?,
                    ExtractFormat::Json => v = report::extract::json_document(d)?,
                    ExtractFormat::Jsonl => report::extract::jsonl_into(&mut v, d),
                    ExtractFormat::Claims => claimdiff::claims_io::write_into(&mut v, d)?,
                }
                Ok(v)
            };
            let mut first = true;
            let mut json = report::extract::JsonStream::default();
            extract_stream(&files, &opts, &|| progress.step(), &render, &mut |r| {
                let (r, bytes) = match r {
                    Ok((d, bytes)) => (Ok(d), Some(bytes)),
                    Err(e) => (Err(e), None),
                };
                let (_, bad) = split_errors(vec![r]);
                failed |= bad;
                // `None` when the input could not be read (reported above).
                let Some(bytes) = bytes else {
                    return Ok(());
                };
                match format {
                    ExtractFormat::Json => json.document(&mut out, &bytes?)?,
                    _ => {
                        if format == ExtractFormat::Human && !first {
                            writeln!(out)?;
                        }
                        out.write_all(&bytes?)?;
                    }
                }
                first = false;
                Ok(())
            })?;
            if format == ExtractFormat::Json {
                json.finish(&mut out)?;
            }
            progress.finish();
            out.flush()?;
            Ok(if failed {
                exit_codes::ERROR
            } else {
                exit_codes::OK
            })
        }
        Command::Compare {
            files,
            claims,
            format,
            fail_on,
            config,
            group_by,
            common,
        } => run_compare(
            Inputs { files, claims },
            format,
            fail_on,
            config,
            group_by,
            common,
        ),
        Command::Check(args) => run_check(args),
        Command::Quantities {
            files,
            format,
            date,
            common,
        } => {
            let opts = setup(&common)?;
            let files = expand_inputs(&files);
            let (docs, failed) = split_errors(quantities_paths(&files, &opts, date));
            let mut out = open_output(
                common.output.as_deref(),
                matches!(format, QuantitiesFormat::Human),
            )?;
            match format {
                QuantitiesFormat::Json => report::quantities::json(&mut out, &docs)?,
                QuantitiesFormat::Jsonl => {
                    for (d, found) in &docs {
                        report::quantities::jsonl(&mut out, d, found)?;
                    }
                }
                QuantitiesFormat::Human => {
                    for (i, (d, found)) in docs.iter().enumerate() {
                        if i > 0 {
                            writeln!(out)?;
                        }
                        report::quantities::human(&mut out, d, found)?;
                    }
                }
            }
            out.flush()?;
            Ok(if failed {
                exit_codes::ERROR
            } else {
                exit_codes::OK
            })
        }
    }
}

/// Directories become their article files (.txt, .md, .markdown, .html, .htm, .json,
/// .jsonl, .ndjson; sorted, not recursive);
/// patterns with `*`, `?` or `[` that name no file are expanded as globs.
fn expand_inputs(args: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for a in args {
        let p = std::path::Path::new(a);
        if a != "-" && p.is_dir() {
            let mut files: Vec<String> = std::fs::read_dir(p)
                .map(|rd| {
                    rd.filter_map(|e| e.ok().map(|e| e.path()))
                        .filter(|f| {
                            f.is_file()
                                && f.extension().and_then(|x| x.to_str()).is_some_and(|x| {
                                    matches!(
                                        x,
                                        "txt"
                                            | "md"
                                            | "markdown"
                                            | "html"
                                            | "htm"
                                            | "json"
                                            | "jsonl"
                                            | "ndjson"
                                    )
                                })
                        })
                        .map(|f| f.to_string_lossy().to_string())
                        .collect()
                })
                .unwrap_or_default();
            files.sort();
            if files.is_empty() {
                out.push(a.clone());
            }
            out.extend(files);
        } else if !p.exists() && a.contains(['*', '?', '[']) {
            let mut found: Vec<String> = glob::glob(a)
                .map(|g| {
                    g.filter_map(Result::ok)
                        .map(|f| f.to_string_lossy().to_string())
                        .collect()
                })
                .unwrap_or_default();
            found.sort();
            if found.is_empty() {
                out.push(a.clone());
            }
            out.extend(found);
        } else {
            out.push(a.clone());
        }
    }
    out
}

/// The inputs of `compare`: article files, and claims files read without extracting.
struct Inputs {
    files: Vec<String>,
    claims: Vec<String>,
}

fn run_compare(
    inputs: Inputs,
    format: CompareFormat,
    fail_on: FailOn,
    config: Option<String>,
    group_by: Option<String>,
    common: Common,
) -> anyhow::Result<u8> {
    if group_by.is_some() && matches!(format, CompareFormat::Html) {
        eprintln!(
            "claimdiff: --group-by writes human, markdown, json or jsonl, not html; compare one event per HTML report"
        );
        return Ok(exit_codes::ERROR);
    }
    let opts = setup(&common)?;
    let files = expand_inputs(&inputs.files);
    let cfg = match claimdiff::config::Config::for_run(
        config.as_deref().map(std::path::Path::new),
        files
            .iter()
            .chain(&inputs.claims)
            .find(|f| *f != "-")
            .map(std::path::Path::new),
    ) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("claimdiff: {e}");
            return Ok(exit_codes::ERROR);
        }
    };
    let progress = Progress::new(!common.no_progress);
    if let Some(key) = group_by {
        return compare_groups(
            &files,
            &inputs.claims,
            &opts,
            &cfg,
            &key,
            format,
            fail_on,
            &common,
            progress,
        );
    }
    progress.stage("extracting", files.len());
    // Only the HTML page shows the documents' layout and header fields.
    let html = matches!(format, CompareFormat::Html);
    let keep_read = |e: &mut Extracted| {
        if !html {
            e.drop_unread_by_compare();
        }
    };
    let mut results = extract_paths_with(&files, &opts, &|e| {
        if let Some(e) = e {
            keep_read(e);
        }
        progress.step();
    });
    for path in &inputs.claims {
        results.extend(claimdiff::claims_io::read_path_with(
            path,
            &opts,
            &mut |e| keep_read(e),
        ));
    }
    let (mut docs, failed) = split_errors(results);
    for (i, d) in docs.iter_mut().enumerate() {
        d.doc.id = i;
    }
    if docs.len() < 2 {
        progress.finish();
        eprintln!(
            "claimdiff: compare needs at least two readable documents, got {}",
            docs.len()
        );
        return Ok(exit_codes::ERROR);
    }
    progress.stage("aligning and comparing", 0);
    // Extraction's working memory is free now, and then the comparison's: each is handed
    // back before the next stage (see `claimdiff::memory`).
    claimdiff::memory::release_freed();
    let comparison = claimdiff::compare::compare(&docs, &cfg);
    claimdiff::memory::release_freed();
    progress.finish();
    // Only the HTML page shows the documents' text; every other report reads the
    // comparison alone. Free the documents before the report renders and hand their
    // memory back: the report's buffers are made on the worker threads, whose arenas
    // the documents' holes are not in, so with the documents freed on a thread of their
    // own while the report rendered, the peak resident set came at the report's end (at
    // 1,000 reports on two threads 53.4–53.6 MB; 50.1–50.7 MB freed and handed back
    // first, in the same time).
    let docs = if html {
        docs
    } else {
        drop(docs);
        claimdiff::memory::release_freed();
        Vec::new()
    };
    let mut out = open_output(
        common.output.as_deref(),
        matches!(format, CompareFormat::Human),
    )?;
    match format {
        CompareFormat::Human => report::compare::human(&mut out, &comparison)?,
        CompareFormat::Json => report::compare::json(&mut out, &comparison)?,
        CompareFormat::Jsonl => report::compare::jsonl(&mut out, &comparison)?,
        CompareFormat::Markdown => report::compare::markdown(&mut out, &comparison)?,
        CompareFormat::Html => report::html::compare(&mut out, &comparison, &docs)?,
    }
    out.flush()?;
    let fails = fail_on.fails(comparison.max_severity());
    // The process ends next: freeing every claim and finding one by one would only add
    // to its run time (8 ms of 200 on 100 reports), and the OS takes the memory back.
    std::mem::forget(comparison);
    std::mem::forget(docs);
    if failed {
        return Ok(exit_codes::ERROR);
    }
    Ok(if fails {
        exit_codes::FINDINGS
    } else {
        exit_codes::OK
    })
}

/// An input of `compare --group-by`: a document read but not yet extracted (it is
/// extracted when its group is compared), or claims read from a claims file.
enum Pending {
    Read(claimdiff::ingest::Document),
    Extracted(Extracted),
}

impl Pending {
    fn document_mut(&mut self) -> &mut claimdiff::ingest::Document {
        match self {
            Pending::Read(d) => d,
            Pending::Extracted(e) => &mut e.doc,
        }
    }

    fn extract(self) -> Extracted {
        match self {
            Pending::Read(d) => claimdiff::pipeline::extract_document(d),
            Pending::Extracted(e) => e,
        }
    }
}

impl Ingested for Pending {
    fn document(&self) -> &claimdiff::ingest::Document {
        match self {
            Pending::Read(d) => d,
            Pending::Extracted(e) => &e.doc,
        }
    }
}

/// `compare --group-by KEY`: every input is read, then the groups are extracted, compared
/// and written out a few at a time, so that memory holds the inputs' documents and those
/// groups' claims and findings, not every group's.
#[allow(clippy::too_many_arguments)]
fn compare_groups(
    files: &[String],
    claims: &[String],
    opts: &IngestOptions,
    cfg: &claimdiff::config::Config,
    key: &str,
    format: CompareFormat,
    fail_on: FailOn,
    common: &Common,
    progress: Progress,
) -> anyhow::Result<u8> {
    progress.stage("reading", 0);
    let mut results: Vec<Result<Pending, claimdiff::error::InputError>> =
        claimdiff::pipeline::read_numbered(files, opts)
            .into_iter()
            .map(|r| r.map(Pending::Read))
            .collect();
    for path in claims {
        // `--group-by` writes no HTML: the layout is not read, and goes as each record
        // is read.
        results.extend(
            claimdiff::claims_io::read_path_with(path, opts, &mut Extracted::drop_layout)
                .into_iter()
                .map(|r| r.map(Pending::Extracted)),
        );
    }
    let (docs, failed) = split_errors(results);
    let (groups, left_out) = group_documents(docs, key);
    let mut out = open_output(
        common.output.as_deref(),
        matches!(format, CompareFormat::Human),
    )?;
    progress.stage("aligning and comparing", groups.len());
    let n = groups.len();
    let mut groups = groups.into_iter();
    let mut worst = None;
    // Groups are compared a few at a time, as many as there are threads, side by side:
    // a comparison of a few reports leaves threads idle on its own. Each is written in
    // group order once its batch is done.
    let batch = rayon::current_num_threads().max(1);
    let mut ready = std::collections::VecDeque::new();
    let mut next = || -> io::Result<(String, claimdiff::compare::Comparison)> {
        if ready.is_empty() {
            use rayon::prelude::*;
            let taken: Vec<(String, Vec<Pending>)> = groups.by_ref().take(batch).collect();
            let done: Vec<(String, claimdiff::compare::Comparison)> = taken
                .into_par_iter()
                .map(|(g, docs)| {
                    // `--group-by` writes no HTML: the layout is not read.
                    let docs: Vec<Extracted> = docs
                        .into_par_iter()
                        .map(|p| {
                            let mut e = p.extract();
                            e.drop_unread_by_compare();
                            e
                        })
                        .collect();
                    (g, claimdiff::compare::compare(&docs, cfg))
                })
                .collect();
            for (_, c) in &done {
                worst = worst.max(c.max_severity());
                progress.step();
            }
            ready.extend(done);
        }
        ready
            .pop_front()
            .ok_or_else(|| io::Error::other("claimdiff: fewer groups than counted"))
    };
    match format {
        CompareFormat::Json => report::compare::json_grouped_with(&mut out, key, n, |_| next())?,
        // Refused above: one event per HTML report.
        CompareFormat::Html => {}
        CompareFormat::Human | CompareFormat::Markdown | CompareFormat::Jsonl => {
            for i in 0..n {
                let (g, c) = next()?;
                if matches!(format, CompareFormat::Jsonl) {
                    report::compare::jsonl_in(&mut out, &c, Some(&g))?;
                    continue;
                }
                if i > 0 {
                    writeln!(out)?;
                }
                let markdown = matches!(format, CompareFormat::Markdown);
                let heading = if markdown { "##" } else { "==" };
                writeln!(
                    out,
                    "{heading} {key}: {g} ({} documents)\n",
                    c.documents.len()
                )?;
                if markdown {
                    report::compare::markdown(&mut out, &c)?;
                } else {
                    report::compare::human(&mut out, &c)?;
                }
            }
        }
    }
    progress.finish();
    out.flush()?;
    if failed || left_out {
        return Ok(exit_codes::ERROR);
    }
    Ok(if fail_on.fails(worst) {
        exit_codes::FINDINGS
    } else {
        exit_codes::OK
    })
}

/// Inputs by the value of their metadata field `key`, each group in path order (so a
/// group compares the same way whatever order its records arrived in) and numbered from
/// 0. An input without the field is reported and left out (`true`); a group of one
/// input is noted (nothing to compare) and skipped.
fn group_documents(docs: Vec<Pending>, key: &str) -> (Vec<(String, Vec<Pending>)>, bool) {
    let mut groups: std::collections::BTreeMap<String, Vec<Pending>> = Default::default();
    let mut left_out = false;
    let key_lc = key.to_ascii_lowercase();
    for d in docs {
        let value = d
            .document()
            .meta
            .get(&key_lc)
            .filter(|v| !v.trim().is_empty());
        match value {
            Some(v) => groups.entry(v.clone()).or_default().push(d),
            None => {
                eprintln!(
                    "claimdiff: {}: no \"{key}\" field, so it is in no group; add it or drop --group-by",
                    d.document().path
                );
                left_out = true;
            }
        }
    }
    let mut out = Vec::new();
    for (g, mut docs) in groups {
        if docs.len() < 2 {
            eprintln!("claimdiff: note: group {key}={g} has one document; nothing to compare");
            continue;
        }
        docs.sort_by(|a, b| a.document().path.cmp(&b.document().path));
        for (i, d) in docs.iter_mut().enumerate() {
            d.document_mut().id = i;
        }
        out.push((g, docs));
    }
    (out, left_out)
}

/// Options of `claimdiff check`.
#[derive(clap::Args)]
struct CheckArgs {
    /// Draft files (.txt, .md, .html, .json), directories or glob patterns.
    #[arg(value_name = "DRAFT", required_unless_present = "dump_config")]
    drafts: Vec<String>,
    /// Source files, directories or glob patterns (repeatable).
    #[arg(long = "source", short = 's', value_name = "FILE", num_args = 1.., required_unless_present = "dump_config")]
    sources: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    format: CheckFormat,
    /// Exit 1 when a finding is at or above this severity.
    #[arg(long, value_enum, default_value = "error")]
    fail_on: FailOn,
    /// Exit 0 whatever the findings (still 2 for usage, configuration or input
    /// errors).
    #[arg(long)]
    exit_zero: bool,
    /// List supported claims too (human, markdown).
    #[arg(long)]
    show_supported: bool,
    /// Configuration file (default: claimdiff.toml found upwards from the first draft).
    #[arg(long, value_name = "FILE")]
    config: Option<String>,
    /// Print the effective configuration as TOML and exit.
    #[arg(long)]
    dump_config: bool,
    /// Hide the findings recorded in this baseline file.
    #[arg(long, value_name = "FILE")]
    baseline: Option<String>,
    /// Record the fingerprints of the current findings in FILE (and exit 0).
    #[arg(long, value_name = "FILE")]
    write_baseline: Option<String>,
    #[command(flatten)]
    common: Common,
}

fn run_check(a: CheckArgs) -> anyhow::Result<u8> {
    let opts = setup(&a.common)?;
    let drafts = expand_inputs(&a.drafts);
    let sources = expand_inputs(&a.sources);
    // Found upwards from the first draft, or from the current directory without one.
    let start = drafts
        .iter()
        .find(|f| *f != "-")
        .map_or(std::path::Path::new("."), std::path::Path::new);
    let cfg = match claimdiff::config::Config::for_run(
        a.config.as_deref().map(std::path::Path::new),
        Some(start),
    ) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("claimdiff: {e}");
            return Ok(exit_codes::ERROR);
        }
    };
    if a.dump_config {
        let mut out = open_output(a.common.output.as_deref(), false)?;
        report::check::dump_config(&mut out, &cfg)?;
        out.flush()?;
        return Ok(exit_codes::OK);
    }
    let drafts = claimdiff::check::skip_ignored(drafts, &cfg);
    // Writing a baseline records every current finding, so an old one is not applied.
    let baseline = match a.baseline.as_ref().filter(|_| a.write_baseline.is_none()) {
        Some(p) => match claimdiff::check::baseline::read(std::path::Path::new(p)) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("claimdiff: {e}");
                return Ok(exit_codes::ERROR);
            }
        },
        None => Default::default(),
    };
    let progress = Progress::new(!a.common.no_progress);
    let all: Vec<String> = drafts.iter().chain(&sources).cloned().collect();
    progress.stage("extracting", all.len());
    let mut results = extract_paths_with(&all, &opts, &|_| progress.step());
    let source_results = results.split_off(drafts.len());
    let (draft_docs, bad_drafts) = split_errors(results);
    let (source_docs, bad_sources) = split_errors(source_results);
    if source_docs.is_empty() {
        progress.finish();
        eprintln!("claimdiff: check needs at least one readable source (--source FILE)");
        return Ok(exit_codes::ERROR);
    }
    progress.stage("checking", 0);
    let report = claimdiff::check::check(
        &draft_docs,
        &source_docs,
        &cfg,
        &claimdiff::check::CheckOptions { baseline },
    );
    progress.finish();
    if let Some(p) = &a.write_baseline {
        claimdiff::check::baseline::write(std::path::Path::new(p), &report)
            .with_context(|| format!("{p}: cannot write the baseline"))?;
        eprintln!(
            "claimdiff: wrote {} fingerprints to {p}",
            report.findings().count()
        );
        return Ok(if bad_drafts || bad_sources {
            exit_codes::ERROR
        } else {
            exit_codes::OK
        });
    }
    let mut out = open_output(
        a.common.output.as_deref(),
        matches!(a.format, CheckFormat::Human),
    )?;
    let show = a.show_supported;
    match a.format {
        CheckFormat::Human => report::check::human(&mut out, &report, &draft_docs, show)?,
        CheckFormat::Concise => report::check::concise(&mut out, &report)?,
        CheckFormat::Json => report::check::json(&mut out, &report)?,
        CheckFormat::Jsonl => report::check::jsonl(&mut out, &report)?,
        CheckFormat::Github => report::check::github(&mut out, &report)?,
        CheckFormat::Sarif => report::check_ci::sarif(&mut out, &report)?,
        CheckFormat::Junit => report::check_ci::junit(&mut out, &report)?,
        CheckFormat::Markdown => report::check::markdown(&mut out, &report, show)?,
    }
    out.flush()?;
    if matches!(a.format, CheckFormat::Github) {
        // In a GitHub Actions job the Markdown report also goes to the job summary.
        if let Some(p) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty()) {
            let mut f = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(&p)
                .with_context(|| format!("{}: cannot write the job summary", p.display()))?;
            report::check::markdown(&mut f, &report, a.show_supported)?;
        }
    }
    if bad_drafts || bad_sources {
        return Ok(exit_codes::ERROR);
    }
    let fails = a.fail_on.fails(report.max_severity());
    Ok(if fails && !a.exit_zero {
        exit_codes::FINDINGS
    } else {
        exit_codes::OK
    })
}
