//! Why a file's text could not be indexed, in words a sales user can act on.

use std::time::Duration;

use super::FileFormat;
use crate::byte_size::ByteSize;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExtractError {
    #[error("This {format} is larger than the {} limit for reading text; the file is kept but its text was not indexed.", ByteSize(*limit))]
    TooLarge { format: FileFormat, limit: u64 },
    #[error("This {format} expands to more than {} (a zip bomb?); its text was not indexed.", ByteSize(*limit))]
    ZipBomb { format: FileFormat, limit: u64 },
    #[error("This {format} holds more than {limit} parts; its text was not indexed.")]
    TooManyParts { format: FileFormat, limit: usize },
    #[error("This {format} names a path outside the document: {entry}; its text was not indexed.")]
    UnsafeArchive { format: FileFormat, entry: String },
    #[error("{}", damaged_message(*format, detail))]
    Damaged { format: FileFormat, detail: String },
    #[error("This PDF is protected by a password; remove the password and add it again to index its text.")]
    Encrypted,
    #[error("Reading the text of this {format} took longer than {} s and was stopped; its text was not indexed.", limit.as_secs_f32())]
    TimedOut { format: FileFormat, limit: Duration },
}

fn damaged_message(format: FileFormat, detail: &str) -> String {
    match format {
        FileFormat::Pdf => format!("The PDF is damaged or cut short: {detail}."),
        FileFormat::Docx | FileFormat::Pptx | FileFormat::Xlsx => format!("The {format} is damaged or is not really a {format}: {detail}."),
        _ => format!("The {format} could not be read: {detail}."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_say_what_happened_and_name_the_limit() {
        let cases = [
            (
                ExtractError::TooLarge { format: FileFormat::Pdf, limit: 100 * 1024 * 1024 },
                "This PDF is larger than the 100 MB limit for reading text; the file is kept but its text was not indexed.",
            ),
            (
                ExtractError::ZipBomb { format: FileFormat::Docx, limit: 64 * 1024 * 1024 },
                "This DOCX expands to more than 64 MB (a zip bomb?); its text was not indexed.",
            ),
            (
                ExtractError::UnsafeArchive { format: FileFormat::Xlsx, entry: "../../evil".into() },
                "This XLSX names a path outside the document: ../../evil; its text was not indexed.",
            ),
            (
                ExtractError::Damaged { format: FileFormat::Pdf, detail: "no cross-reference table".into() },
                "The PDF is damaged or cut short: no cross-reference table.",
            ),
            (
                ExtractError::Damaged { format: FileFormat::Pptx, detail: "it is not a zip archive".into() },
                "The PPTX is damaged or is not really a PPTX: it is not a zip archive.",
            ),
            (
                ExtractError::TimedOut { format: FileFormat::Pdf, limit: Duration::from_secs(20) },
                "Reading the text of this PDF took longer than 20 s and was stopped; its text was not indexed.",
            ),
        ];
        for (error, message) in cases {
            assert_eq!(error.to_string(), message);
        }
    }
}
