//! Ingest: files and stdin into [`Document`]s.
//!
//! For plain text and Markdown a document keeps the decoded file text unchanged in
//! [`Document::text`], so every span points into the original file. Markup is not part of
//! claims: for Markdown the *view* ([`Document::view`]) is the same text with markup
//! characters replaced by spaces (newlines kept), so offsets in the view are offsets in
//! the file. The body is cut into [`Block`]s (paragraphs, headings, list items) that the
//! segmenter works on.
//!
//! HTML pages and JSON/JSONL records are different: their text is *extracted* (the article
//! body of a page, the `body` field of a record), so spans point into that extracted text
//! ([`Document::origin`] says which), and [`Document::source_line`] maps an offset back to
//! the line of the file it came from where that is known.
//!
//! Bytes are decoded by [`decode`]: UTF-8 with or without a byte-order mark, UTF-16 with a
//! byte-order mark (or recognisably without), Windows-1252 when the bytes say so; binary
//! input is refused.

mod decode;
mod html;
pub(crate) mod records;

pub use decode::Encoding;

use std::collections::BTreeMap;
use std::io::{BufRead, Read};
use std::ops::Range;
use std::path::Path;
use std::sync::Arc;

use chrono::NaiveDate;
use serde::Serialize;

use crate::error::InputError;
use crate::span::{LineIndex, Span};

/// Default per-input size limit in bytes (50 MiB).
pub const DEFAULT_MAX_SIZE: u64 = 50 * 1024 * 1024;

/// How an input is parsed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum InputFormat {
    /// Plain text with an optional `key: value` header block.
    Text,
    /// Markdown with optional front matter.
    Markdown,
    /// A saved web page: the article body is extracted.
    Html,
    /// A JSON article record, an array of them, or an object holding them.
    Json,
    /// JSON Lines: one article record per line.
    Jsonl,
}

impl InputFormat {
    /// Pick the format from a file name: `.md`/`.markdown`/`.mdx` are Markdown,
    /// `.html`/`.htm`/`.xhtml` HTML, `.json` JSON, `.jsonl`/`.ndjson` JSON Lines, anything
    /// else (and stdin) plain text.
    pub fn from_path(path: &str) -> InputFormat {
        let ext = Path::new(path)
            .extension()
            .and_then(|e| e.to_str())
            .map(|e| e.to_ascii_lowercase());
        match ext.as_deref() {
            Some("md" | "markdown" | "mdx" | "mkd") => InputFormat::Markdown,
            Some("html" | "htm" | "xhtml" | "shtml") => InputFormat::Html,
            Some("json") => InputFormat::Json,
            Some("jsonl" | "ndjson") => InputFormat::Jsonl,
            _ => InputFormat::Text,
        }
    }
}

/// What a document's text (and so every span in it) refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TextOrigin {
    /// The file itself: offsets, lines and columns are the file's.
    File,
    /// The article text extracted from an HTML page (headline, then body paragraphs
    /// separated by blank lines).
    HtmlExtract,
    /// The `title` and `body` of a JSON record (headline, blank line, body).
    JsonRecord,
}

/// What kind of block the markup (or the layout of plain text) says a block is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    /// A paragraph of running text.
    Paragraph,
    /// A Markdown heading.
    Heading,
    /// A list item (Markdown list or a bulleted line in plain text).
    ListItem,
    /// Anything else with text in it (table cells): shown, never a claim.
    Other,
}

/// A block of the body: the segmenter's unit above sentences.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Block {
    /// Byte range in the document text (trimmed of surrounding whitespace).
    pub span: Range<usize>,
    /// What the markup says it is.
    pub kind: BlockKind,
}

/// One input article.
#[derive(Debug, Clone)]
pub struct Document {
    /// Position among the inputs of this run (0-based).
    pub id: usize,
    /// The path as given (`-` for stdin).
    pub path: String,
    /// Outlet name from the header, else the file stem.
    pub outlet: String,
    /// Publication date from the header, if it parses.
    pub date: Option<NaiveDate>,
    /// Source URL from the header.
    pub url: Option<String>,
    /// Title from the header.
    pub title: Option<String>,
    /// Author from the header.
    pub author: Option<String>,
    /// Language from the header.
    pub lang: Option<String>,
    /// Every header key/value as written (including unknown keys and an unparsable date).
    pub meta: BTreeMap<String, String>,
    /// The parse format.
    pub format: InputFormat,
    /// The decoded file text (a UTF-8 byte-order mark is dropped), shared with the texts
    /// of the claims made from it ([`crate::text::SharedText`]).
    pub text: Arc<str>,
    /// Markdown only: `text` with markup blanked to spaces, same length.
    view: Option<Arc<str>>,
    /// Byte offset where the body starts (after the header block or front matter).
    pub body_start: usize,
    /// Body blocks in order.
    pub blocks: Vec<Block>,
    /// What the text is: the file, or text extracted from it.
    pub origin: TextOrigin,
    /// How the file's bytes were decoded.
    pub encoding: Encoding,
    /// Things the user should know about how the input was read (an encoding guess).
    pub notes: Vec<String>,
    /// What the text's spans are made from, shared with a comparison's places.
    lines: Arc<TextLines>,
}

/// Where a text's lines start and, for extracted text, the line of the file each block
/// came from: what a [`Span`] of the text is made from ([`TextLines::span`]). Shared by a
/// [`Document`] with the places a comparison cites, which make their spans when they are
/// written, not when they are found (see `crate::compare::classify::Location`).
#[derive(Debug, Clone)]
pub(crate) struct TextLines {
    index: LineIndex,
    // For extracted text: (offset in the text, 1-based line in the file) at block
    // starts, sorted by offset.
    source: Vec<(usize, usize)>,
}

impl TextLines {
    /// The lines of `text`, none from a file beside it.
    pub(crate) fn new(text: &str) -> TextLines {
        TextLines {
            index: LineIndex::new(text),
            source: Vec::new(),
        }
    }

    /// A [`Span`] for a byte range of `text`, the text these lines are of.
    pub(crate) fn span(&self, text: &str, start: usize, end: usize) -> Span {
        let mut span = self.index.span(text, start, end);
        span.source_line = self.source_line(start);
        span
    }

    /// See [`Document::source_line`].
    fn source_line(&self, offset: usize) -> Option<usize> {
        let i = self.source.partition_point(|&(o, _)| o <= offset);
        let (_, line) = *self.source.get(i.checked_sub(1)?)?;
        (line > 0).then_some(line)
    }
}

/// Options for reading inputs.
#[derive(Debug, Clone)]
pub struct IngestOptions {
    /// Refuse inputs larger than this many bytes (for a JSON Lines stream: any one line).
    pub max_size: u64,
    /// Force a format instead of guessing from the extension.
    pub format: Option<InputFormat>,
    /// The name standard input goes by (`-` when `None`): in paths, outlet fallbacks and
    /// format guessing, so `extract --stdin-name corpus.jsonl - < corpus.jsonl` names
    /// its records exactly as `extract corpus.jsonl` does.
    pub stdin_name: Option<String>,
    /// The line number of standard input's first line when it is streamed as JSON Lines
    /// (1 when `None`): for a piece of a larger file, such as one Spark partition, so
    /// that errors, spans and claims records give the whole file's line numbers.
    pub stdin_first_line: Option<usize>,
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions {
            max_size: DEFAULT_MAX_SIZE,
            format: None,
            stdin_name: None,
            stdin_first_line: None,
        }
    }
}

impl IngestOptions {
    /// The name an input path goes by in output: `--stdin-name` for `-`.
    pub fn shown<'a>(&'a self, path: &'a str) -> &'a str {
        match (&self.stdin_name, path) {
            (Some(name), "-") => name,
            _ => path,
        }
    }

    /// The format of an input: `--input-format`, else guessed from its shown name.
    pub fn format_of(&self, path: &str) -> InputFormat {
        self.format
            .unwrap_or_else(|| InputFormat::from_path(self.shown(path)))
    }
}

/// Read and parse one input path (or `-` for standard input): one document, or one per
/// record for JSON and JSON Lines, with an error in place of each record that cannot be
/// read. Every document has id 0; callers number them.
pub fn read_all(path: &str, opts: &IngestOptions) -> Vec<Result<Document, InputError>> {
    match read_bytes(path, opts) {
        Ok(bytes) => parse_bytes(opts.shown(path), bytes, opts.format_of(path)),
        Err(e) => vec![Err(e)],
    }
}

/// The lines of a JSON Lines input, read one at a time so that an input too large to hold
/// (a day of wire copy piped in) costs one line of memory: each non-blank line as
/// (1-based line number, text), or an error in its place. The input must be UTF-8 (a
/// byte-order mark is dropped); each line is checked on its own, so one bad line costs
/// only itself. A line over the size limit is skipped unread.
pub struct JsonLines<R> {
    path: String,
    reader: R,
    max_line: u64,
    line: usize,
    buf: Vec<u8>,
    at_start: bool,
    done: bool,
}

impl<R: BufRead> JsonLines<R> {
    /// Lines of `reader`, whose errors name `path`; the first is line `first_line`.
    pub fn new(path: &str, reader: R, max_line: u64, first_line: usize) -> Self {
        JsonLines {
            path: path.to_string(),
            reader,
            max_line,
            line: first_line.saturating_sub(1),
            buf: Vec::new(),
            at_start: true,
            done: false,
        }
    }

    /// The path errors name.
    pub fn path(&self) -> &str {
        &self.path
    }
}

impl<R: BufRead> Iterator for JsonLines<R> {
    type Item = Result<(usize, String), InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            self.buf.clear();
            let read = (&mut self.reader)
                .take(self.max_line.saturating_add(1))
                .read_until(b'\n', &mut self.buf);
            let n = match read {
                Err(e) => {
                    self.done = true;
                    return Some(Err(InputError::from_io(&self.path, e)));
                }
                Ok(0) => {
                    self.done = true;
                    return None;
                }
                Ok(n) => n,
            };
            self.line += 1;
            if n as u64 > self.max_line && !self.buf.ends_with(b"\n") {
                if let Err(e) = skip_line(&mut self.reader) {
                    self.done = true;
                    return Some(Err(InputError::from_io(&self.path, e)));
                }
                return Some(Err(InputError::Record {
                    path: self.path.clone(),
                    line: self.line,
                    column: 1,
                    message: format!(
                        "line is over the limit of {} bytes; raise it with --max-size",
                        self.max_line
                    ),
                }));
            }
            let mut bytes = self.buf.as_slice();
            // A byte-order mark opens the input, not a later line.
            if std::mem::replace(&mut self.at_start, false) {
                bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
            }
            while let Some((b'\n' | b'\r', rest)) = bytes.split_last() {
                bytes = rest;
            }
            return Some(match std::str::from_utf8(bytes) {
                Ok(text) if text.trim().is_empty() => continue,
                Ok(text) => Ok((self.line, text.to_string())),
                Err(e) => {
                    let good = &bytes[..e.valid_up_to()];
                    Err(InputError::InvalidUtf8 {
                        path: self.path.clone(),
                        line: self.line,
                        column: String::from_utf8_lossy(good).chars().count() + 1,
                        byte: bytes[e.valid_up_to()],
                    })
                }
            });
        }
        None
    }
}

// Read past the next line end.
fn skip_line<R: BufRead>(reader: &mut R) -> std::io::Result<()> {
    loop {
        let buf = reader.fill_buf()?;
        if buf.is_empty() {
            return Ok(());
        }
        match buf.iter().position(|&b| b == b'\n') {
            Some(i) => {
                reader.consume(i + 1);
                return Ok(());
            }
            None => {
                let n = buf.len();
                reader.consume(n);
            }
        }
    }
}

/// A buffered reader of a line-by-line input (JSON Lines records, claims records):
/// standard input for `-`. Missing files and directories are refused here, as
/// [`read_bytes`] refuses them.
pub fn open_lines(path: &str) -> Result<Box<dyn BufRead + Send>, InputError> {
    if path == "-" {
        return Ok(Box::new(std::io::BufReader::new(std::io::stdin())));
    }
    let file = std::fs::File::open(path).map_err(|e| InputError::from_io(path, e))?;
    match file.metadata() {
        Ok(m) if m.is_dir() => Err(InputError::IsDirectory {
            path: path.to_string(),
        }),
        Ok(_) => Ok(Box::new(std::io::BufReader::with_capacity(1 << 16, file))),
        Err(e) => Err(InputError::from_io(path, e)),
    }
}

/// JSON Lines article records read as they arrive ([`JsonLines`]): one document per
/// record, named `PATH#ID` as [`read_all`] names them, or an error in place of a record.
/// An input without a record is one [`InputError::Empty`].
pub struct JsonlStream<R> {
    lines: JsonLines<R>,
    records: usize,
    done: bool,
}

impl<R: BufRead> JsonlStream<R> {
    /// Records of `reader`, read as input `path` (`-` takes `--stdin-name`).
    pub fn new(path: &str, reader: R, opts: &IngestOptions) -> Self {
        let first = match path {
            "-" => opts.stdin_first_line.unwrap_or(1),
            _ => 1,
        };
        JsonlStream::from_lines(JsonLines::new(
            opts.shown(path),
            reader,
            opts.max_size,
            first,
        ))
    }

    /// Records of `lines`.
    pub fn from_lines(lines: JsonLines<R>) -> Self {
        JsonlStream {
            lines,
            records: 0,
            done: false,
        }
    }
}

impl<R: BufRead> JsonlStream<R> {
    /// The next record's line, read but not parsed: reading is serial, parsing a record
    /// ([`RawRecord::parse`]) can run on any thread.
    pub fn next_raw(&mut self) -> Option<Result<RawRecord, InputError>> {
        if self.done {
            return None;
        }
        let Some(line) = self.lines.next() else {
            self.done = true;
            return (self.records == 0).then(|| {
                Err(InputError::Empty {
                    path: self.lines.path().to_string(),
                })
            });
        };
        self.records += 1;
        Some(line.map(|(line, text)| RawRecord {
            path: self.lines.path().to_string(),
            line,
            text,
        }))
    }
}

impl<R: BufRead> Iterator for JsonlStream<R> {
    type Item = Result<Document, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        self.next_raw().map(|r| r.and_then(RawRecord::parse))
    }
}

/// One line of a JSON Lines input ([`JsonlStream::next_raw`]), not yet parsed.
#[derive(Debug, Clone)]
pub struct RawRecord {
    /// The input's path as errors name it.
    pub path: String,
    /// The line's number in the input.
    pub line: usize,
    /// The line.
    pub text: String,
}

impl RawRecord {
    /// The record's document, or the error that names its line and column.
    pub fn parse(self) -> Result<Document, InputError> {
        let rec = records::parse_jsonl_line(&self.path, &self.text, self.line)?;
        Ok(Document::from_extracted(
            &rec.path,
            rec.meta,
            rec.title,
            rec.body,
            InputFormat::Jsonl,
            Source::Line(rec.line),
        ))
    }
}

/// How many JSON Lines records [`parse_bytes`] parses at a time.
const JSONL_PARSE_CHUNK: usize = 1024;

/// Read the bytes of one input, refusing directories and inputs over the size limit.
pub fn read_bytes(path: &str, opts: &IngestOptions) -> Result<Vec<u8>, InputError> {
    let limit = opts.max_size;
    let too_large = |size: u64| InputError::TooLarge {
        path: path.to_string(),
        size,
        limit,
    };
    let mut buf = Vec::new();
    if path == "-" {
        std::io::stdin()
            .lock()
            .take(limit.saturating_add(1))
            .read_to_end(&mut buf)
            .map_err(|e| InputError::from_io(path, e))?;
    } else {
        let meta = std::fs::metadata(path).map_err(|e| InputError::from_io(path, e))?;
        if meta.is_dir() {
            return Err(InputError::IsDirectory {
                path: path.to_string(),
            });
        }
        if meta.is_file() && meta.len() > limit {
            return Err(too_large(meta.len()));
        }
        // Not `metadata().len()` alone: a fifo or device has no length, so the read is
        // capped at one byte over the limit instead.
        let file = std::fs::File::open(path).map_err(|e| InputError::from_io(path, e))?;
        // Sized to the file, so the text made from these bytes holds no spare capacity
        // (growing by doubling left it 1.7 times the input).
        if meta.is_file() {
            buf.reserve_exact(meta.len() as usize);
        }
        file.take(limit.saturating_add(1))
            .read_to_end(&mut buf)
            .map_err(|e| InputError::from_io(path, e))?;
    }
    if buf.len() as u64 > limit {
        return Err(too_large(buf.len() as u64));
    }
    Ok(buf)
}

/// Decode and parse the bytes of one input in `format` (see [`read_all`]).
pub fn parse_bytes(
    path: &str,
    bytes: Vec<u8>,
    format: InputFormat,
) -> Vec<Result<Document, InputError>> {
    let declared = match format {
        InputFormat::Html => html::declared_charset(&bytes),
        _ => None,
    };
    let decoded = match decode::decode(path, bytes, declared.as_deref()) {
        Ok(d) => d,
        Err(e) => return vec![Err(e)],
    };
    let empty = || {
        vec![Err(InputError::Empty {
            path: path.to_string(),
        })]
    };
    if decoded.text.trim().is_empty() {
        return empty();
    }
    let (encoding, notes) = (
        decoded.encoding,
        decoded.note.into_iter().collect::<Vec<_>>(),
    );
    let finish = |mut doc: Document| {
        doc.encoding = encoding;
        doc.notes.extend(notes.iter().cloned());
        doc
    };
    match format {
        InputFormat::Text | InputFormat::Markdown => {
            vec![Ok(finish(Document::from_text(
                path,
                0,
                decoded.text,
                format,
            )))]
        }
        InputFormat::Html => match html::extract(&decoded.text) {
            Ok(page) => {
                let title = page.meta.get("title").cloned();
                let doc = Document::from_extracted(
                    path,
                    page.meta,
                    title,
                    records::Body::Blocks(page.blocks),
                    format,
                    Source::Html(&decoded.text),
                );
                vec![Ok(finish(doc))]
            }
            Err(reason) => vec![Err(InputError::NoArticle {
                path: path.to_string(),
                reason,
            })],
        },
        // The same reader as a stream, over the decoded text (which may have been UTF-16
        // or Windows-1252): one record per line.
        // Lines are read in order and parsed on every thread, a chunk at a time (so that
        // the lines of a large file are not all held at once beside its text).
        InputFormat::Jsonl => {
            use rayon::prelude::*;
            let mut stream =
                JsonlStream::from_lines(JsonLines::new(path, decoded.text.as_bytes(), u64::MAX, 1));
            let mut docs = Vec::new();
            loop {
                let chunk: Vec<_> = std::iter::from_fn(|| stream.next_raw())
                    .take(JSONL_PARSE_CHUNK)
                    .collect();
                if chunk.is_empty() {
                    return docs;
                }
                docs.par_extend(
                    chunk
                        .into_par_iter()
                        .map(|r| r.and_then(RawRecord::parse).map(&finish)),
                );
            }
        }
        InputFormat::Json => records::parse_json(path, &decoded.text)
            .into_iter()
            .map(|r| {
                r.map(|rec| {
                    finish(Document::from_extracted(
                        &rec.path,
                        rec.meta,
                        rec.title,
                        rec.body,
                        format,
                        Source::Line(rec.line),
                    ))
                })
            })
            .collect(),
    }
}

// Where extracted text came from, for mapping it back to lines of the file.
enum Source<'a> {
    // The decoded page: each block is looked up in it.
    Html(&'a str),
    // A record starting on this line.
    Line(usize),
}

impl Document {
    /// Decode and parse raw bytes as one document: the first record of a JSON or JSON Lines
    /// input (use [`parse_bytes`] for all of them). Refuses binary and empty input.
    pub fn from_bytes(
        path: &str,
        id: usize,
        bytes: Vec<u8>,
        format: InputFormat,
    ) -> Result<Document, InputError> {
        let mut docs = parse_bytes(path, bytes, format).into_iter();
        let mut doc = docs.next().unwrap_or_else(|| {
            Err(InputError::Empty {
                path: path.to_string(),
            })
        })?;
        doc.id = id;
        Ok(doc)
    }

    /// Parse already-decoded text (plain text or Markdown; other formats are read as
    /// plain text).
    pub fn from_text(path: &str, id: usize, text: String, format: InputFormat) -> Document {
        let header = parse_header(&text);
        let body_start = header.as_ref().map_or(0, |h| h.end);
        let meta = header.map(|h| h.fields).unwrap_or_default();
        let (view, blocks) = match format {
            InputFormat::Markdown => {
                let (view, blocks) = markdown_view(&text, body_start);
                (Some(blank_directives(&view).unwrap_or(view)), blocks)
            }
            _ => match blank_directives(&text) {
                Some(view) => {
                    let blocks = text_blocks(&view, body_start);
                    (Some(view), blocks)
                }
                None => (None, text_blocks(&text, body_start)),
            },
        };
        let format = match format {
            InputFormat::Markdown => InputFormat::Markdown,
            _ => InputFormat::Text,
        };
        let mut doc = Document::assemble(path, text, meta, format, TextOrigin::File);
        doc.id = id;
        doc.view = view.map(Arc::from);
        doc.body_start = body_start;
        doc.blocks = blocks;
        doc
    }

    // Text extracted from a page or record: the title as a heading, a blank line, then
    // the body — extracted blocks separated by blank lines, or a record's text as written,
    // cut into blocks by the plain-text rules.
    fn from_extracted(
        path: &str,
        meta: BTreeMap<String, String>,
        title: Option<String>,
        body: records::Body,
        format: InputFormat,
        source: Source,
    ) -> Document {
        let mut text = String::new();
        let mut blocks = Vec::new();
        let mut push = |t: &str, kind: BlockKind| {
            if !text.is_empty() {
                text.push_str("\n\n");
            }
            let start = text.len();
            text.push_str(t);
            blocks.push(Block {
                span: start..text.len(),
                kind,
            });
        };
        if let Some(t) = &title {
            push(t, BlockKind::Heading);
        }
        match body {
            records::Body::Blocks(parts) => {
                for p in &parts {
                    push(&p.text, p.kind);
                }
            }
            records::Body::Text(t) => {
                if !text.is_empty() {
                    text.push_str("\n\n");
                }
                let start = text.len();
                text.push_str(&t);
                blocks.extend(text_blocks(&text, start));
            }
        }
        let source_lines = match source {
            Source::Line(line) => vec![(0, line)],
            Source::Html(raw) => html_source_lines(raw, &text, &blocks),
        };
        let origin = match format {
            InputFormat::Html => TextOrigin::HtmlExtract,
            _ => TextOrigin::JsonRecord,
        };
        let mut doc = Document::assemble(path, text, meta, format, origin);
        doc.blocks = blocks;
        doc.set_source_lines(source_lines);
        doc
    }

    fn assemble(
        path: &str,
        text: String,
        meta: BTreeMap<String, String>,
        format: InputFormat,
        origin: TextOrigin,
    ) -> Document {
        let get = |k: &str| meta.get(k).filter(|v| !v.is_empty()).cloned();
        let outlet = get("outlet")
            .or_else(|| get("source"))
            .or_else(|| get("publisher"))
            .or_else(|| get("site"))
            .unwrap_or_else(|| file_stem(path));
        let date = get("date")
            .or_else(|| get("published"))
            .or_else(|| get("datepublished"))
            .or_else(|| get("published_at"))
            .and_then(|d| parse_date(&d));
        Document {
            id: 0,
            path: path.to_string(),
            outlet,
            date,
            url: get("url").or_else(|| get("link")),
            title: get("title").or_else(|| get("headline")),
            author: get("author").or_else(|| get("byline")),
            lang: get("lang").or_else(|| get("language")),
            meta,
            format,
            lines: Arc::new(TextLines::new(&text)),
            text: Arc::from(text),
            view: None,
            body_start: 0,
            blocks: Vec::new(),
            origin,
            encoding: Encoding::Utf8,
            notes: Vec::new(),
        }
    }

    /// Rebuild a document from the parts a claims record keeps (see
    /// [`crate::claims_io`]); outlet, date and the other header fields are worked out
    /// from `meta` and `path` as when it was first read. Offsets that do not fit the
    /// text are refused with a message.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn restore(
        path: &str,
        meta: BTreeMap<String, String>,
        format: InputFormat,
        origin: TextOrigin,
        text: String,
        view: Option<String>,
        body_start: usize,
        blocks: Vec<Block>,
        source_lines: Vec<(usize, usize)>,
    ) -> Result<Document, String> {
        // The pipeline reads the view when there is one (Markdown): offsets must fit both.
        let fits = |at: usize| {
            at <= text.len()
                && text.is_char_boundary(at)
                && view.as_ref().is_none_or(|v| v.is_char_boundary(at))
        };
        if !fits(body_start) {
            return Err(format!(
                "body_start {body_start} is not a character boundary of the text"
            ));
        }
        if let Some(b) = blocks
            .iter()
            .find(|b| !(b.span.start <= b.span.end && fits(b.span.start) && fits(b.span.end)))
        {
            return Err(format!(
                "block {}..{} does not fit the text",
                b.span.start, b.span.end
            ));
        }
        if view.as_ref().is_some_and(|v| v.len() != text.len()) {
            return Err("view is not as long as the text".to_string());
        }
        if source_lines.iter().any(|&(o, _)| o > text.len()) {
            return Err("a source line offset is past the end of the text".to_string());
        }
        let mut doc = Document::assemble(path, text, meta, format, origin);
        doc.view = view.map(Arc::from);
        doc.body_start = body_start;
        doc.blocks = blocks;
        doc.set_source_lines(source_lines);
        Ok(doc)
    }

    /// The blanked Markdown view when it differs from the text (see [`Document::view`]).
    pub(crate) fn own_view(&self) -> Option<&str> {
        self.view.as_deref()
    }

    /// (offset in the text, 1-based line in the file) at block starts, for extracted text.
    pub(crate) fn source_lines(&self) -> &[(usize, usize)] {
        &self.lines.source
    }

    fn set_source_lines(&mut self, source: Vec<(usize, usize)>) {
        // The document's own until a comparison shares it: no copy is made.
        Arc::make_mut(&mut self.lines).source = source;
    }

    /// What the text's spans are made from, to share.
    pub(crate) fn text_lines(&self) -> &Arc<TextLines> {
        &self.lines
    }

    /// For extracted text (HTML, JSON), the 1-based line of the file that the text at
    /// `offset` came from, where known: the line where its paragraph starts in the page,
    /// or the line of its record. `None` for plain text and Markdown (their lines are the
    /// file's own) and for paragraphs that could not be found in the page.
    pub fn source_line(&self, offset: usize) -> Option<usize> {
        self.lines.source_line(offset)
    }

    /// The text the pipeline reads: the file text with markup blanked (Markdown) or the
    /// file text itself. Same length as [`Document::text`], so offsets are shared.
    pub fn view(&self) -> &str {
        self.view.as_deref().unwrap_or(&self.text)
    }

    /// [`Document::view`] as the shared buffer it is, for texts that keep a slice of it
    /// ([`crate::text::SharedText`]).
    pub fn view_shared(&self) -> &Arc<str> {
        self.view.as_ref().unwrap_or(&self.text)
    }

    /// A [`Span`] for a byte range of the text.
    pub fn span(&self, start: usize, end: usize) -> Span {
        self.lines.span(&self.text, start, end)
    }

    /// 1-based (line, column) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        self.lines.index.line_col(&self.text, offset)
    }

    /// The line index of the text.
    pub fn line_index(&self) -> &LineIndex {
        &self.lines.index
    }
}

// Where each extracted block starts in the page: the first words of the block (letters,
// digits and spaces only, since the page may spell the rest with entities or tags) looked
// up after the previous block's position, starting at `<body` so a `<meta>` description
// that repeats the first paragraph is not taken for it. Blocks not found map to nothing
// (0) rather than to a wrong line.
fn html_source_lines(raw: &str, text: &str, blocks: &[Block]) -> Vec<(usize, usize)> {
    let index = LineIndex::new(raw);
    let lower_body = memchr::memmem::find(raw.as_bytes(), b"<body")
        .or_else(|| memchr::memmem::find(raw.as_bytes(), b"<BODY"))
        .unwrap_or(0);
    let mut cursor = lower_body;
    let mut out = Vec::with_capacity(blocks.len());
    for b in blocks {
        let t = &text[b.span.clone()];
        let found = probes(t).into_iter().find_map(|probe| {
            memchr::memmem::find(&raw.as_bytes()[cursor..], probe.as_bytes()).map(|p| p + cursor)
        });
        match found {
            Some(at) => {
                cursor = at;
                out.push((b.span.start, index.line_col(raw, at).0));
            }
            None => out.push((b.span.start, 0)),
        }
    }
    out
}

// Strings to look a paragraph up by in its page: runs of ASCII letters, digits and single
// spaces among its first 80 characters (capped at 24 bytes) — the longest, then the
// first, then the longest one's first word. Quote marks, accents and dashes may be
// entities in the page, inline tags may split words apart, and the page may wrap lines
// anywhere, so only such runs are safe to search for.
fn probes(t: &str) -> Vec<&str> {
    let head = &t[..t.char_indices().nth(80).map_or(t.len(), |(i, _)| i)];
    let mut runs: Vec<&str> = Vec::new();
    let mut start = None;
    for (i, c) in head
        .char_indices()
        .chain(std::iter::once((head.len(), '\u{0}')))
    {
        if c.is_ascii_alphanumeric() || (c == ' ' && start.is_some()) {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            let run = head[s..i].trim();
            let run = run[..run.len().min(24)].trim_end();
            if run.len() >= 4 {
                runs.push(run);
            }
        }
    }
    let mut out: Vec<&str> = Vec::new();
    if let Some(longest) = runs.iter().copied().max_by_key(|r| r.len()) {
        out.push(longest);
        out.push(runs[0]);
        out.push(longest.split(' ').next().unwrap_or_default());
    }
    out.retain(|p| p.len() >= 4);
    out.dedup();
    out
}

fn file_stem(path: &str) -> String {
    if path == "-" {
        return "stdin".to_string();
    }
    Path::new(path)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or(path)
        .to_string()
}

/// Parse a publication date as found in headers: ISO dates and date-times, `16 October
/// 2025`, `October 16, 2025`, `Oct. 16, 2025`, `16/10/2025` is not accepted (ambiguous).
pub fn parse_date(raw: &str) -> Option<NaiveDate> {
    let s = raw.trim().trim_matches(|c| c == '"' || c == '\'');
    // `get`, not slicing: a header date may have a non-ASCII character at byte 10
    // (found by fuzzing: `date: 2025-10-1é`).
    if let Some(head) = s.get(..10)
        && let Ok(d) = NaiveDate::parse_from_str(head, "%Y-%m-%d")
    {
        return Some(d);
    }
    let cleaned: String = s.replace(['.', ','], " ");
    let cleaned = cleaned.split_whitespace().collect::<Vec<_>>().join(" ");
    for fmt in [
        "%d %B %Y",
        "%B %d %Y",
        "%d %b %Y",
        "%b %d %Y",
        "%A %d %B %Y",
        "%A %B %d %Y",
    ] {
        if let Ok(d) = NaiveDate::parse_from_str(&cleaned, fmt) {
            return Some(d);
        }
    }
    // "Sept 16 2025"
    let alt = cleaned.replace("Sept ", "Sep ");
    for fmt in ["%b %d %Y", "%d %b %Y"] {
        if let Ok(d) = NaiveDate::parse_from_str(&alt, fmt) {
            return Some(d);
        }
    }
    None
}

struct Header {
    fields: BTreeMap<String, String>,
    end: usize,
}

// Header keys we recognise. A leading block counts as a header only if every line is
// `key: value` with a simple key and at least one key is one of these — so an article that
// opens with "WASHINGTON: Officials said…" is not mistaken for metadata.
const HEADER_KEYS: &[&str] = &[
    "url",
    "link",
    "outlet",
    "source",
    "publisher",
    "date",
    "published",
    "datepublished",
    "title",
    "headline",
    "author",
    "byline",
    "lang",
    "language",
    "id",
    "event",
    "section",
    "tags",
];

fn parse_header(text: &str) -> Option<Header> {
    let mut lines = LineIter::new(text);
    let first = lines.next()?;
    if first.content.trim_end() == "---" {
        // YAML-style front matter between `---` lines (or `---` … `...`).
        let mut fields = BTreeMap::new();
        for line in lines.by_ref() {
            let t = line.content.trim_end();
            if t == "---" || t == "..." {
                return Some(Header {
                    fields,
                    end: line.next_start,
                });
            }
            if let Some((k, v)) = key_value(t) {
                fields.insert(k, unquote(v));
            }
        }
        return None;
    }
    let mut fields = BTreeMap::new();
    let mut line = Some(first);
    let mut known = false;
    while let Some(l) = line {
        let t = l.content.trim_end();
        if t.trim().is_empty() {
            if fields.is_empty() || !known {
                return None;
            }
            return Some(Header {
                fields,
                end: l.next_start,
            });
        }
        let (k, v) = key_value(t)?;
        known |= HEADER_KEYS.contains(&k.as_str());
        fields.insert(k, v.to_string());
        line = lines.next();
    }
    None
}

// `key: value` with a key of letters, digits, `_` or `-` (no spaces), lower-cased.
fn key_value(line: &str) -> Option<(String, &str)> {
    let (k, v) = line.split_once(':')?;
    let k = k.trim();
    if k.is_empty()
        || k.len() > 32
        || !k
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        || !k.starts_with(|c: char| c.is_ascii_alphabetic())
    {
        return None;
    }
    Some((k.to_ascii_lowercase(), v.trim()))
}

fn unquote(v: &str) -> String {
    let v = v.trim();
    for q in ['"', '\''] {
        if v.len() >= 2 && v.starts_with(q) && v.ends_with(q) {
            return v[1..v.len() - 1].to_string();
        }
    }
    v.to_string()
}

struct Line<'a> {
    start: usize,
    content: &'a str,
    next_start: usize,
}

// Lines with their offsets; `content` excludes the line end (`\n`, `\r\n` or `\r`).
struct LineIter<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> LineIter<'a> {
    fn new(text: &'a str) -> Self {
        LineIter { text, pos: 0 }
    }
}

impl<'a> Iterator for LineIter<'a> {
    type Item = Line<'a>;
    fn next(&mut self) -> Option<Line<'a>> {
        if self.pos >= self.text.len() {
            return None;
        }
        let start = self.pos;
        let rest = &self.text.as_bytes()[start..];
        let (len, next) = match memchr::memchr2(b'\n', b'\r', rest) {
            Some(i) if rest[i] == b'\r' && rest.get(i + 1) == Some(&b'\n') => (i, i + 2),
            Some(i) => (i, i + 1),
            None => (rest.len(), rest.len()),
        };
        self.pos = start + next;
        Some(Line {
            start,
            content: &self.text[start..start + len],
            next_start: start + next,
        })
    }
}

// Bullet markers that open a list item in plain text.
fn bullet_len(line: &str) -> usize {
    let t = line.trim_start();
    let indent = line.len() - t.len();
    for marker in ["- ", "* ", "• ", "· ", "– ", "— ", "▪ ", "► "] {
        if t.starts_with(marker) {
            return indent + marker.len();
        }
    }
    0
}

fn ends_sentence(line: &str) -> bool {
    let t = line.trim_end();
    t.ends_with(['.', '!', '?', '"', '”', '’', '»', ':', ')'])
}

/// Plain text blocks: paragraphs are separated by blank lines. Inside a paragraph a line
/// break is a soft wrap, except that a new block starts at a bulleted line and after a line
/// that ends a sentence and is followed by a line that opens one — exported articles often
/// put one paragraph per line with no blank line between — or after a short line without
/// final punctuation (a headline, a timestamp such as `18:42 BST`).
fn text_blocks(text: &str, body_start: usize) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut cur: Option<(usize, usize, BlockKind)> = None;
    let mut prev_line: Option<&str> = None;
    let flush = |cur: &mut Option<(usize, usize, BlockKind)>, blocks: &mut Vec<Block>| {
        if let Some((s, e, k)) = cur.take()
            && e > s
        {
            blocks.push(Block {
                span: s..e,
                kind: k,
            });
        }
    };
    for line in LineIter::new(&text[body_start..]) {
        let start = body_start + line.start;
        let content = line.content;
        if content.trim().is_empty() {
            flush(&mut cur, &mut blocks);
            prev_line = None;
            continue;
        }
        let bullet = bullet_len(content);
        let lead = content.len() - content.trim_start().len();
        let (s, kind) = if bullet > 0 {
            (start + bullet, BlockKind::ListItem)
        } else {
            (start + lead, BlockKind::Paragraph)
        };
        let e = start + content.trim_end().len();
        let opens = content
            .trim_start()
            .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || is_quote_char(c));
        let new_block = match prev_line {
            None => true,
            Some(_) if bullet > 0 => true,
            Some(p) => {
                let short = p.trim().chars().count() < 60 && !ends_sentence(p);
                (ends_sentence(p) || short) && opens
            }
        };
        if new_block {
            flush(&mut cur, &mut blocks);
            cur = Some((s, e, kind));
        } else if let Some(c) = cur.as_mut() {
            c.1 = e;
        }
        prev_line = Some(content);
    }
    flush(&mut cur, &mut blocks);
    blocks
}

/// Whether `c` is a quotation mark of any style claimdiff knows.
pub fn is_quote_char(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '“'
            | '”'
            | '„'
            | '‟'
            | '‘'
            | '’'
            | '‚'
            | '‛'
            | '«'
            | '»'
            | '‹'
            | '›'
            | '「'
            | '」'
            | '『'
            | '』'
    )
}

/// The Markdown view and blocks: text of paragraphs, headings and list items is kept in
/// place; everything else (markers, emphasis, link targets, HTML, code blocks, the front
/// matter) becomes spaces, newlines stay.
fn markdown_view(text: &str, body_start: usize) -> (String, Vec<Block>) {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

    let body = &text[body_start..];
    let mut keep: Vec<Range<usize>> = Vec::new();
    let mut blocks: Vec<Block> = Vec::new();
    // Open containers; a leaf gets text extents as Text events arrive.
    struct Open {
        kind: Option<BlockKind>,
        first: usize,
        last: usize,
    }
    let mut stack: Vec<Open> = Vec::new();
    let mut in_code_block = 0usize;
    let close = |o: Open, blocks: &mut Vec<Block>| {
        if let Some(kind) = o.kind
            && o.last > o.first
        {
            blocks.push(Block {
                span: o.first..o.last,
                kind,
            });
        }
    };
    let parser = Parser::new_ext(body, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH);
    for (event, range) in parser.into_offset_iter() {
        let range = range.start + body_start..range.end + body_start;
        match event {
            Event::Start(tag) => {
                let kind = match tag {
                    Tag::Paragraph => Some(BlockKind::Paragraph),
                    Tag::Heading { .. } => Some(BlockKind::Heading),
                    Tag::Item => Some(BlockKind::ListItem),
                    Tag::TableCell => Some(BlockKind::Other),
                    Tag::CodeBlock(_) => {
                        in_code_block += 1;
                        None
                    }
                    _ => None,
                };
                // A paragraph inside a list item (loose list) takes over from the item.
                if matches!(tag, Tag::Paragraph | Tag::List(_))
                    && let Some(top) = stack.last_mut()
                    && top.kind == Some(BlockKind::ListItem)
                {
                    let item = Open {
                        kind: top.kind,
                        first: top.first,
                        last: top.last,
                    };
                    close(item, &mut blocks);
                    top.kind = None;
                }
                stack.push(Open {
                    kind,
                    first: usize::MAX,
                    last: 0,
                });
            }
            Event::End(end) => {
                if matches!(end, TagEnd::CodeBlock) {
                    in_code_block = in_code_block.saturating_sub(1);
                }
                if let Some(o) = stack.pop() {
                    close(o, &mut blocks);
                }
            }
            Event::Text(_) | Event::Code(_) if in_code_block == 0 => {
                keep.push(range.clone());
                if let Some(top) = stack.iter_mut().rev().find(|o| o.kind.is_some()) {
                    top.first = top.first.min(range.start);
                    top.last = top.last.max(range.end);
                }
            }
            _ => {}
        }
    }
    blocks.sort_by_key(|b| b.span.start);

    let mut view = vec![b' '; text.len()];
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' || b == b'\r' {
            view[i] = b;
        }
    }
    for r in keep {
        view[r.clone()].copy_from_slice(&text.as_bytes()[r]);
    }
    // Blanking replaced whole characters (markup is ASCII; kept ranges are whole
    // characters from the parser), so the view is valid UTF-8; fall back to a lossy
    // conversion rather than panic if that ever stopped holding.
    let view = String::from_utf8(view).unwrap_or_else(|e| {
        let lossy = String::from_utf8_lossy(e.as_bytes()).into_owned();
        if lossy.len() == text.len() {
            lossy
        } else {
            text.to_string()
        }
    });
    (view, blocks)
}

/// `claimdiff:` suppression directives (`claimdiff check`) are instructions, not copy:
/// they are blanked (same byte length, so offsets hold) so that a directive on its own
/// line separates paragraphs and never becomes part of a claim. A directive line with a
/// comment prefix (`#`, `//`, `<!--`, `[//]: # (`) is blanked whole; after other text, from
/// its `<!--` (or the directive) to its `-->` (or the line end). `None` when there is none.
fn blank_directives(text: &str) -> Option<String> {
    const KEYWORDS: &[&str] = &[
        "ignore-next-line",
        "ignore-this-line",
        "ignore-line",
        "ignore-start",
        "ignore-end",
        "off",
        "on",
    ];
    // memchr's vector search: the standard library's two-way search read every byte.
    memchr::memmem::find(text.as_bytes(), b"claimdiff:")?;
    let mut out = text.as_bytes().to_vec();
    let mut changed = false;
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        if let Some(at) = line.find("claimdiff:") {
            let rest = line[at + "claimdiff:".len()..].trim_start();
            let word: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                .collect();
            let word = word.trim_end_matches('-');
            if KEYWORDS.contains(&word) {
                let before = line[..at].trim();
                let prefix_only = before.is_empty()
                    || matches!(before, "#" | "//" | "<!--" | "[//]: # (" | "[//]: #(");
                let content_end = line.trim_end_matches(['\n', '\r']).len();
                let (from, to) = if prefix_only {
                    (0, content_end)
                } else {
                    let from = line[..at].rfind("<!--").unwrap_or(at);
                    let to = line[at..]
                        .find("-->")
                        .map_or(content_end, |e| at + e + "-->".len());
                    (from, to)
                };
                for b in &mut out[line_start + from..line_start + to] {
                    *b = b' ';
                }
                changed = true;
            }
        }
        line_start += line.len();
    }
    // Only ASCII spaces replaced whole character runs: the bytes stay valid UTF-8 because
    // every blanked range starts and ends on a character boundary and spaces replace
    // every byte of the characters inside it.
    changed.then(|| String::from_utf8(out).unwrap_or_else(|_| text.to_string()))
}

#[cfg(test)]
mod tests {
    #[test]
    fn suppression_directives_are_blanked_and_offsets_hold() {
        let text = "# claimdiff: ignore-next-line CD201, quote-altered, attribution-mismatch\nTrump said it lasted two hours.\nPeskov said so. <!-- claimdiff: ignore-line CD401 --> Then more.\nA “claimdiff: on” in a quote is kept? claimdiff: nothing\n";
        let v = super::blank_directives(text).expect("directives found");
        assert_eq!(v.len(), text.len());
        let lines: Vec<&str> = v.lines().collect();
        assert!(lines[0].trim().is_empty(), "{:?}", lines[0]);
        assert_eq!(lines[1], "Trump said it lasted two hours.");
        let mid = lines[2]
            .strip_prefix("Peskov said so.")
            .and_then(|r| r.strip_suffix(" Then more."))
            .expect("the text around the comment stays");
        assert!(mid.chars().all(|c| c == ' '), "{mid:?}");
        assert!(!lines[2].contains("claimdiff"));
        // `claimdiff: nothing` is no directive; the quoted `claimdiff: on` is, and is blanked
        // from the directive on.
        assert!(lines[3].starts_with("A “"));
        assert!(super::blank_directives("no directives here").is_none());
    }

    use super::*;

    fn doc(text: &str, fmt: InputFormat) -> Document {
        Document::from_text("dir/story.txt", 0, text.to_string(), fmt)
    }

    #[test]
    fn header_block_gives_metadata() {
        let d = doc(
            "url: https://example.org/x\noutlet: Example Times\ndate: 2025-10-16\n\nHeadline\n\nBody one.\n",
            InputFormat::Text,
        );
        assert_eq!(d.outlet, "Example Times");
        assert_eq!(d.date, NaiveDate::from_ymd_opt(2025, 10, 16));
        assert_eq!(d.url.as_deref(), Some("https://example.org/x"));
        assert_eq!(&d.text[d.blocks[0].span.clone()], "Headline");
        assert_eq!(&d.text[d.blocks[1].span.clone()], "Body one.");
    }

    #[test]
    fn no_header_means_stem_and_unknown_date() {
        let d = doc("WASHINGTON: Officials said.\n\nMore.", InputFormat::Text);
        assert_eq!(d.outlet, "story");
        assert_eq!(d.date, None);
        assert_eq!(d.body_start, 0);
    }

    #[test]
    fn front_matter() {
        let d = doc(
            "---\noutlet: \"Agg News\"\ndate: Oct. 17, 2025\n---\n# Title\n\nText **bold** [link](http://x.y/z).\n",
            InputFormat::Markdown,
        );
        assert_eq!(d.outlet, "Agg News");
        assert_eq!(d.date, NaiveDate::from_ymd_opt(2025, 10, 17));
        assert_eq!(d.blocks.len(), 2);
        assert_eq!(d.blocks[0].kind, BlockKind::Heading);
        let p = &d.view()[d.blocks[1].span.clone()];
        assert_eq!(p, "Text   bold    link               .");
        assert_eq!(d.view().len(), d.text.len());
    }

    #[test]
    fn markdown_lists_are_items() {
        let d = doc(
            "Intro para.\n\n- First point, he said.\n- Second *point*.\n",
            InputFormat::Markdown,
        );
        let kinds: Vec<_> = d.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            [
                BlockKind::Paragraph,
                BlockKind::ListItem,
                BlockKind::ListItem
            ]
        );
        assert_eq!(&d.view()[d.blocks[2].span.clone()], "Second  point .");
    }

    #[test]
    fn line_per_paragraph_text_is_split_but_wraps_are_joined() {
        let d = doc(
            "18:42 BST\nTrump said the call went well.\nPutin agreed.\n\nThis line wraps because it is long and has no\nfinal stop here.",
            InputFormat::Text,
        );
        let texts: Vec<_> = d.blocks.iter().map(|b| &d.text[b.span.clone()]).collect();
        assert_eq!(
            texts,
            [
                "18:42 BST",
                "Trump said the call went well.",
                "Putin agreed.",
                "This line wraps because it is long and has no\nfinal stop here."
            ]
        );
    }

    #[test]
    fn bad_bytes_are_typed_errors() {
        // UTF-8 elsewhere in the file, so a bad byte is damage, not Windows-1252.
        let bytes = "Orbán\nx\u{FFFF}y".replace('\u{FFFF}', "").into_bytes();
        let mut bytes = bytes;
        bytes.insert(8, 0xFF);
        let e = Document::from_bytes("a.txt", 0, bytes, InputFormat::Text).unwrap_err();
        assert_eq!(
            e.to_string(),
            "a.txt:2:2: invalid UTF-8 (byte 0xFF); save the file as UTF-8 and try again"
        );
        let e = Document::from_bytes("b.bin", 0, b"ab\0".to_vec(), InputFormat::Text).unwrap_err();
        assert!(e.to_string().starts_with("b.bin:1:3: looks binary"));
        let e = Document::from_bytes("c.txt", 0, b" \n\t".to_vec(), InputFormat::Text).unwrap_err();
        assert_eq!(e.to_string(), "c.txt: is empty; nothing to read");
    }

    #[test]
    fn json_record_body_is_cut_like_plain_text() {
        let json =
            r#"{"title": "Summit", "body": "One said so.\r\n\r\n- A point\n- Another\n\nTwo."}"#;
        let doc = parse_bytes("r.json", json.as_bytes().to_vec(), InputFormat::Json)
            .remove(0)
            .unwrap();
        let blocks: Vec<(&str, BlockKind)> = doc
            .blocks
            .iter()
            .map(|b| (&doc.text[b.span.clone()], b.kind))
            .collect();
        assert_eq!(
            blocks,
            [
                ("Summit", BlockKind::Heading),
                ("One said so.", BlockKind::Paragraph),
                ("A point", BlockKind::ListItem),
                ("Another", BlockKind::ListItem),
                ("Two.", BlockKind::Paragraph),
            ]
        );
    }

    /// Records are parsed a chunk at a time on several threads: the documents and errors
    /// still come back in line order, across the chunks' borders.
    #[test]
    fn jsonl_records_keep_their_order_across_parse_chunks() {
        let n = 2 * JSONL_PARSE_CHUNK + 7;
        let bad = JSONL_PARSE_CHUNK; // 0-based: the first line of the second chunk
        let mut text = String::new();
        for i in 0..n {
            if i == bad {
                text.push_str("{\"id\": \"broken\"\n");
            } else {
                text.push_str(&format!(
                    "{{\"id\": \"r{i}\", \"body\": \"Record {i} said so.\"}}\n"
                ));
            }
        }
        let docs = parse_bytes("f.jsonl", text.into_bytes(), InputFormat::Jsonl);
        assert_eq!(docs.len(), n);
        for (i, d) in docs.iter().enumerate() {
            match d {
                Ok(doc) => {
                    assert_ne!(i, bad);
                    assert_eq!(doc.path, format!("f.jsonl#r{i}"));
                    assert!(doc.text.contains(&format!("Record {i} said so.")));
                }
                Err(e) => {
                    assert_eq!(i, bad);
                    assert!(
                        e.to_string().starts_with(&format!("f.jsonl:{}:", bad + 1)),
                        "{e}"
                    );
                }
            }
        }
    }

    #[test]
    fn dates_in_common_forms() {
        for s in [
            "2025-10-16",
            "2025-10-16T09:30:00Z",
            "16 October 2025",
            "October 16, 2025",
            "Oct. 16, 2025",
            "Thursday, 16 October 2025",
        ] {
            assert_eq!(parse_date(s), NaiveDate::from_ymd_opt(2025, 10, 16), "{s}");
        }
        assert_eq!(parse_date("soon"), None);
        assert_eq!(parse_date("2025-10-1é"), None);
        assert_eq!(parse_date("2025-10-1€ and more"), None);
    }
}
