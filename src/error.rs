//! Typed input errors. Each renders as one line: the path, the position where it applies,
//! what is wrong and what to do about it.

use std::path::PathBuf;

/// Why an input could not become a [`crate::ingest::Document`].
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    /// The path does not exist.
    #[error("{path}: no such file; check the path")]
    NotFound {
        /// The path as given.
        path: String,
    },
    /// The path is a directory.
    #[error(
        "{path}: is a directory with no .txt, .md, .html or .json articles in it; pass article files"
    )]
    IsDirectory {
        /// The path as given.
        path: String,
    },
    /// The file exists but may not be read.
    #[error("{path}: permission denied; make the file readable")]
    PermissionDenied {
        /// The path as given.
        path: String,
    },
    /// Any other I/O failure.
    #[error("{path}: cannot read: {source}")]
    Io {
        /// The path as given.
        path: String,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// The bytes are not UTF-8.
    #[error(
        "{path}:{line}:{column}: invalid UTF-8 (byte 0x{byte:02X}); save the file as UTF-8 and try again"
    )]
    InvalidUtf8 {
        /// The path as given.
        path: String,
        /// 1-based line of the first bad byte.
        line: usize,
        /// 1-based column (characters) of the first bad byte.
        column: usize,
        /// The first bad byte.
        byte: u8,
    },
    /// UTF-16 with an unpaired surrogate or an odd number of bytes.
    #[error(
        "{path}:{line}:{column}: invalid {encoding} (unpaired surrogate 0x{unit:04X}); save the file as UTF-8 and try again"
    )]
    InvalidUtf16 {
        /// The path as given.
        path: String,
        /// 1-based line of the bad code unit in the decoded text.
        line: usize,
        /// 1-based column of the bad code unit.
        column: usize,
        /// The bad code unit (or the dangling last byte).
        unit: u16,
        /// `UTF-16LE` or `UTF-16BE`.
        encoding: &'static str,
    },
    /// Not a text file: a NUL byte, many control bytes, or a known binary signature.
    #[error("{path}:{line}:{column}: {what}; give a text, Markdown, HTML or JSON article")]
    Binary {
        /// The path as given.
        path: String,
        /// 1-based line of the byte that gave it away.
        line: usize,
        /// 1-based column of that byte.
        column: usize,
        /// What the bytes look like.
        what: String,
    },
    /// Malformed JSON (a `.json` file, or one line of a `.jsonl` file).
    #[error("{path}:{line}:{column}: invalid JSON: {message}; fix the record or drop it")]
    Json {
        /// The path as given.
        path: String,
        /// 1-based line in the file.
        line: usize,
        /// 1-based column in the file.
        column: usize,
        /// What the JSON parser said.
        message: String,
    },
    /// Well-formed JSON that is not an article record.
    #[error("{path}:{line}:{column}: {message}")]
    Record {
        /// The path as given.
        path: String,
        /// 1-based line of the record.
        line: usize,
        /// 1-based column of the record.
        column: usize,
        /// What is wrong and what to do.
        message: String,
    },
    /// An HTML page in which no article text was found.
    #[error(
        "{path}: no article text found in the HTML page ({reason}); save the article page itself, or pass --input-format txt"
    )]
    NoArticle {
        /// The path as given.
        path: String,
        /// Why.
        reason: String,
    },
    /// Nothing but whitespace.
    #[error("{path}: is empty; nothing to read")]
    Empty {
        /// The path as given.
        path: String,
    },
    /// Larger than the configured limit.
    #[error("{path}: {size} bytes is over the limit of {limit} bytes; raise it with --max-size")]
    TooLarge {
        /// The path as given.
        path: String,
        /// Size in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
}

impl InputError {
    /// The path this error is about.
    pub fn path(&self) -> &str {
        match self {
            InputError::NotFound { path }
            | InputError::IsDirectory { path }
            | InputError::PermissionDenied { path }
            | InputError::Io { path, .. }
            | InputError::InvalidUtf8 { path, .. }
            | InputError::InvalidUtf16 { path, .. }
            | InputError::Binary { path, .. }
            | InputError::Json { path, .. }
            | InputError::Record { path, .. }
            | InputError::NoArticle { path, .. }
            | InputError::Empty { path }
            | InputError::TooLarge { path, .. } => path,
        }
    }

    /// Classify an I/O error on `path`.
    pub fn from_io(path: &str, err: std::io::Error) -> InputError {
        let path = path.to_string();
        match err.kind() {
            std::io::ErrorKind::NotFound => InputError::NotFound { path },
            std::io::ErrorKind::PermissionDenied => InputError::PermissionDenied { path },
            std::io::ErrorKind::IsADirectory => InputError::IsDirectory { path },
            _ if PathBuf::from(&path).is_dir() => InputError::IsDirectory { path },
            _ => InputError::Io { path, source: err },
        }
    }
}
