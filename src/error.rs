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
        "{path}: is a directory with no .txt, .md or .markdown articles in it; pass article files"
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
    /// A NUL byte: not a text file.
    #[error("{path}:{line}:{column}: looks binary (NUL byte); give a text or Markdown article")]
    Binary {
        /// The path as given.
        path: String,
        /// 1-based line of the NUL byte.
        line: usize,
        /// 1-based column of the NUL byte.
        column: usize,
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
            | InputError::Binary { path, .. }
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
