//! Why a whole file could not be read. Problems with single rows are not errors: they travel in
//! `RowOutcome` so the rest of the file still imports.

use thiserror::Error;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ReadError {
    #[error("The file is {} MB; the largest import is {} MB. Split it into smaller files and import each one.", megabytes(*size), megabytes(*max))]
    TooLarge { size: usize, max: usize },
    #[error("The file is empty; export the contacts again and choose the new file.")]
    Empty,
    #[error("Line {line}: the file has more than {} records; the most one import reads is {}. Split it into smaller files.", thousands(*max as u64), thousands(*max as u64))]
    TooManyRows { line: u64, max: usize },
    #[error("Line {line}: a quoted value starts here and is never closed, so the rest of the file would become one cell. Add the missing \" or remove the stray one, then import again.")]
    UnclosedQuote { line: u64 },
    #[error(
        "Line {line}: the file holds binary data (a {what}), not text. Export the contacts again as CSV or vCard and import that file."
    )]
    Binary { line: u64, what: String },
    #[error(
        "The file has no BEGIN:VCARD line, so it is not a vCard file. Export the contacts as vCard (.vcf) or import a CSV file instead."
    )]
    NotVCard,
}

/// Whole megabytes, rounded up so a file just over the limit never reads as equal to it.
fn megabytes(bytes: usize) -> usize {
    bytes.div_ceil(1024 * 1024)
}

/// `20001` → `20,001`, the way the numbers in our messages are read.
pub(crate) fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_messages_have_thousands_separators() {
        for (n, shown) in [(0, "0"), (999, "999"), (1000, "1,000"), (20001, "20,001"), (1_000_000, "1,000,000")] {
            assert_eq!(thousands(n), shown);
        }
    }

    #[test]
    fn an_oversize_file_is_reported_in_megabytes() {
        let e = ReadError::TooLarge { size: 61 * 1024 * 1024 - 10, max: 50 * 1024 * 1024 };
        assert!(e.to_string().starts_with("The file is 61 MB; the largest import is 50 MB."));
    }
}
