//! Text out of the library's files for the search index, within limits, never executing anything.

mod docx;
mod error;
mod format;
mod guarded;
mod package;
mod pdf;
mod pptx;
mod xlsx;
mod xml_text;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::Duration;

pub use error::ExtractError;
pub use format::{detect_mime, FileFormat};
pub use guarded::extract_guarded;
use package::Package;

/// How far extraction may go before it gives up or stops.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// Larger inputs are refused before any parsing.
    pub max_input_bytes: u64,
    /// Text beyond this many characters is cut off (`Extracted::truncated`).
    pub max_text_chars: usize,
    /// Total bytes an Office file may unzip to, across all the parts read.
    pub max_unzipped_bytes: u64,
    /// Entries an Office file may hold.
    pub max_zip_entries: usize,
    /// How long `extract_guarded` waits.
    pub timeout: Duration,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_input_bytes: 100 * 1024 * 1024,
            max_text_chars: 2_000_000,
            max_unzipped_bytes: 64 * 1024 * 1024,
            max_zip_entries: 10_000,
            timeout: Duration::from_secs(20),
        }
    }
}

/// The plain text of a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extracted {
    pub text: String,
    /// The text was cut at `Limits::max_text_chars`.
    pub truncated: bool,
}

/// Extracts the text of `bytes`, read as `format`. Formats without text (images, video, other)
/// give empty text, whatever their size. Never panics: a parser that panics on hostile input
/// yields `Damaged`. It can still run long on a pathological file; `extract_guarded` bounds the time.
pub fn extract(bytes: &[u8], format: FileFormat, limits: &Limits) -> Result<Extracted, ExtractError> {
    if !format.has_text() {
        return Ok(Extracted { text: String::new(), truncated: false });
    }
    if bytes.len() as u64 > limits.max_input_bytes {
        return Err(ExtractError::TooLarge { format, limit: limits.max_input_bytes });
    }
    let read = catch_unwind(AssertUnwindSafe(|| read_text(bytes, format, limits)));
    let (text, truncated) = match read {
        Ok(result) => result?,
        Err(_) => return Err(ExtractError::Damaged { format, detail: "its contents could not be read".into() }),
    };
    Ok(cut_to(text, limits.max_text_chars, truncated))
}

fn read_text(bytes: &[u8], format: FileFormat, limits: &Limits) -> Result<(String, bool), ExtractError> {
    let office = |text_of: fn(&mut Package<'_>) -> Result<String, ExtractError>| {
        let mut package = Package::open(bytes, format, limits)?;
        text_of(&mut package).map(|text| (text, false))
    };
    match format {
        FileFormat::Pdf => pdf::text_of(bytes, limits.max_text_chars),
        FileFormat::Docx => office(docx::text_of),
        FileFormat::Pptx => office(pptx::text_of),
        FileFormat::Xlsx => office(xlsx::text_of),
        // Markdown is indexed as written, not rendered; invalid UTF-8 becomes U+FFFD.
        FileFormat::Markdown | FileFormat::Text => {
            let text = String::from_utf8_lossy(bytes);
            Ok((text.strip_prefix('\u{feff}').unwrap_or(&text).to_owned(), false))
        }
        // Unreachable after the `has_text` check in `extract`; nothing to read in any case.
        FileFormat::Image | FileFormat::Video | FileFormat::Other => Ok((String::new(), false)),
    }
}

/// Cuts `text` to at most `max_chars` characters, on a character boundary.
fn cut_to(mut text: String, max_chars: usize, already_cut: bool) -> Extracted {
    match text.char_indices().nth(max_chars) {
        Some((end, _)) => {
            text.truncate(end);
            Extracted { text, truncated: true }
        }
        None => Extracted { text, truncated: already_cut },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_cut_on_a_character_boundary() {
        assert_eq!(cut_to("caf\u{e9}s".into(), 4, false), Extracted { text: "caf\u{e9}".into(), truncated: true });
        assert_eq!(cut_to("caf\u{e9}".into(), 4, false), Extracted { text: "caf\u{e9}".into(), truncated: false });
        assert_eq!(cut_to(String::new(), 0, false), Extracted { text: String::new(), truncated: false });
    }
}
