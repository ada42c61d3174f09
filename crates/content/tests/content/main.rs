//! Integration tests of tandem-content: the blob store, and text extraction from friendly and
//! hostile files.

mod blobs;
mod fixtures;
mod fuzz_corpus;
mod hostile;
mod office;
mod pdf;
mod properties;
