//! Files of the content library: the content-addressed blob store and text extraction with limits.
//!
//! This crate knows nothing about SQLite, Tauri or the other Tandem crates: it turns bytes into a
//! stored blob named by its BLAKE3 hash, and bytes into plain text for the search index. Nothing in
//! a file is ever executed; every reader is bounded in size, entry count and (when guarded) time.

pub mod blobs;
mod byte_size;
pub mod extract;
pub mod text_pdf;

pub use blobs::{BlobError, BlobStore, StoredBlob};
pub use extract::{detect_mime, extract, extract_guarded, ExtractError, Extracted, FileFormat, Limits};
