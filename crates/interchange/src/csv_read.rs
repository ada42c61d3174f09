//! Reads a CSV file as exported by CRMs, Excel and address books into rows of text cells, with
//! the line number a user sees in a text editor.

use serde::{Deserialize, Serialize};

use crate::encoding::{check_size, decode, reject_binary};
use crate::error::{thousands, ReadError};
use crate::record::Limits;

/// A CSV file as text: its header and every row after it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CsvTable {
    /// How the bytes were read: "UTF-8", "UTF-8 with BOM", "UTF-16LE", "UTF-16BE" or "Windows-1252".
    pub encoding: String,
    pub delimiter: char,
    pub headers: Vec<String>,
    pub rows: Vec<CsvRow>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CsvRow {
    /// 1-based physical line where the record starts (the header is line 1).
    pub line: u64,
    pub cells: Vec<String>,
    /// Why this row cannot be trusted as it is (wrong number of cells, an oversize cell). Kept
    /// per row so one bad line does not stop the other 10,000.
    pub problems: Vec<String>,
}

const DELIMITERS: [u8; 3] = [b',', b';', b'\t'];
/// Enough records to tell a delimiter from one that happens to appear in a header.
const SNIFF_RECORDS: usize = 50;

pub fn read_csv(bytes: &[u8], limits: &Limits) -> Result<CsvTable, ReadError> {
    check_size(bytes, limits.max_bytes)?;
    let decoded = decode(bytes);
    let text = decoded.text.as_str();
    if text.trim().is_empty() {
        return Err(ReadError::Empty);
    }
    reject_binary(text)?;
    let delimiter = sniff_delimiter(text);
    if let Some(line) = unclosed_quote(text, delimiter) {
        return Err(ReadError::UnclosedQuote { line });
    }

    let mut reader = reader(text, delimiter);
    let mut records = reader.records();
    let headers: Vec<String> = match records.next() {
        Some(Ok(record)) => record.iter().map(|h| h.trim().to_string()).collect(),
        // The quote check above leaves the csv crate nothing to fail on; an error here would be
        // a bug, and refusing the file is safer than guessing.
        Some(Err(_)) => return Err(ReadError::UnclosedQuote { line: 1 }),
        None => return Err(ReadError::Empty),
    };

    // Lines are counted from the record's byte offset: the csv crate's own line count drifts
    // on CRLF files, and a user looks the number up in a text editor.
    let mut lines = LineCounter::default();
    let mut rows = Vec::new();
    for record in records {
        let Ok(record) = record else { continue };
        let line = lines.line_at(text, record.position().map_or(0, |p| p.byte() as usize));
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue; // Excel pads exports with rows of empty cells.
        }
        if rows.len() == limits.max_rows {
            return Err(ReadError::TooManyRows { line, max: limits.max_rows });
        }
        let cells: Vec<String> = record.iter().map(str::to_string).collect();
        let problems = row_problems(line, &cells, &headers, limits);
        rows.push(CsvRow { line, cells, problems });
    }
    Ok(CsvTable { encoding: decoded.encoding.to_string(), delimiter: delimiter as char, headers, rows })
}

/// 1-based line of a byte offset, for offsets that only grow.
#[derive(Default)]
struct LineCounter {
    offset: usize,
    newlines: u64,
}

impl LineCounter {
    fn line_at(&mut self, text: &str, offset: usize) -> u64 {
        // After a CRLF the csv crate reports the record as starting at the LF (and before any
        // blank lines it skipped), so line ends at the offset belong to the line before.
        let bytes = text.as_bytes();
        let mut offset = offset.min(bytes.len()).max(self.offset);
        while matches!(bytes.get(offset), Some(b'\r' | b'\n')) {
            offset += 1;
        }
        self.newlines += bytes[self.offset..offset].iter().filter(|&&b| b == b'\n').count() as u64;
        self.offset = offset;
        self.newlines + 1
    }
}

fn reader(text: &str, delimiter: u8) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter).from_reader(text.as_bytes())
}

fn row_problems(line: u64, cells: &[String], headers: &[String], limits: &Limits) -> Vec<String> {
    let mut problems = Vec::new();
    if cells.len() != headers.len() {
        let what = if cells.len() > headers.len() { "the extra cells have no column to go to" } else { "some columns are missing" };
        problems.push(format!(
            "Line {line}: the row has {} {} but the header has {} columns, so {what}. Check for a missing or extra delimiter in that line.",
            cells.len(),
            if cells.len() == 1 { "cell" } else { "cells" },
            headers.len()
        ));
    }
    for (i, cell) in cells.iter().enumerate() {
        let chars = cell.chars().count();
        if chars > limits.max_field_chars {
            let column = headers.get(i).map_or_else(|| format!("column {}", i + 1), |h| format!("column '{h}'"));
            problems.push(format!(
                "Line {line}: {column} has {} characters; the most is {}.",
                thousands(chars as u64),
                thousands(limits.max_field_chars as u64)
            ));
        }
    }
    problems
}

/// Picks the delimiter whose first records agree on one number of cells, more than one. Commas
/// win ties, then semicolons (Excel in most of Europe), then tabs.
fn sniff_delimiter(text: &str) -> u8 {
    let mut best = (b',', 0usize, 0usize);
    for delimiter in DELIMITERS {
        let mut counts = Vec::new();
        for record in reader(text, delimiter).records().take(SNIFF_RECORDS) {
            match record {
                Ok(r) => counts.push(r.len()),
                Err(_) => break,
            }
        }
        let Some(&header_width) = counts.first() else { continue };
        if header_width < 2 {
            continue;
        }
        let agreeing = counts.iter().filter(|&&n| n == header_width).count();
        if (agreeing, header_width) > (best.1, best.2) {
            best = (delimiter, agreeing, header_width);
        }
    }
    best.0
}

/// The line where a quoted field opens and never closes, read by the same rules as the csv
/// crate: a quote opens a field only at its start, and `""` inside it is a literal quote. The csv
/// crate itself would silently read to the end of the file.
fn unclosed_quote(text: &str, delimiter: u8) -> Option<u64> {
    let delimiter = delimiter as char;
    let mut line = 1u64;
    let mut at_field_start = true;
    let mut open_since: Option<u64> = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\n' {
            line += 1;
        }
        match open_since {
            Some(_) if c == '"' => {
                if chars.peek() == Some(&'"') {
                    chars.next();
                } else {
                    open_since = None;
                }
            }
            Some(_) => {}
            None if c == '"' && at_field_start => open_since = Some(line),
            None => at_field_start = c == delimiter || c == '\n' || c == '\r',
        }
        if open_since.is_some() {
            at_field_start = false;
        }
    }
    open_since
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_delimiter_is_the_one_with_consistent_rows() {
        let cases: [(&str, char); 5] = [
            ("a,b,c\n1,2,3\n", ','),
            ("a;b;c\n1;2,5;3\n", ';'),
            ("a\tb\n1\t2\n", '\t'),
            ("\"Name; full\",Email\n\"García; Ana\",a@b.c\n", ','),
            ("just one column\nvalue\n", ','),
        ];
        for (text, delimiter) in cases {
            assert_eq!(sniff_delimiter(text) as char, delimiter, "{text:?}");
        }
    }

    #[test]
    fn rows_carry_the_line_an_editor_shows_whatever_the_line_ends() {
        for text in ["Email\na@b.co\n\nc@d.co\n\"x\ny\",\nlast@e.co\n", "Email\r\na@b.co\r\n\r\nc@d.co\r\n\"x\r\ny\",\r\nlast@e.co\r\n"] {
            let table = read_csv(text.as_bytes(), &Limits::default()).expect("readable");
            assert_eq!(table.rows.iter().map(|r| r.line).collect::<Vec<_>>(), [2, 4, 5, 7], "{text:?}");
        }
    }

    #[test]
    fn an_unclosed_quote_is_found_on_the_line_it_opens() {
        assert_eq!(unclosed_quote("a,b\n1,2\n\"3,4\n5,6\n", b','), Some(3));
        assert_eq!(unclosed_quote("a,b\n\"x\"\"y\",2\n", b','), None);
        assert_eq!(unclosed_quote("a,b\nsay \"hi,2\n", b','), None, "a quote inside a field is literal");
        assert_eq!(unclosed_quote("a,b\n\"multi\nline\",2\n", b','), None);
    }
}
