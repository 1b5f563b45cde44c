//! Ingest: files and stdin into documents.
