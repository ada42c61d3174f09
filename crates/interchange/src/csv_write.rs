//! Writes contacts as a CSV file that Excel opens correctly and that Tandem reads back unchanged.

use crate::mapping::TANDEM_HEADERS;
use crate::normalize::FORMULA_STARTS;
use crate::record::ContactRecord;

const BOM: &[u8] = b"\xef\xbb\xbf";

/// UTF-8 with a BOM (without it Excel reads UTF-8 as the local code page), CRLF line ends, our
/// own headers, lists joined with "; ". Cells a spreadsheet would run as a formula get a leading
/// `'` (OWASP CSV injection); importing the file as a Tandem export removes it again.
pub fn write_csv(records: &[ContactRecord]) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(BOM.to_vec());
    // Writing into a Vec cannot fail: the csv writer only errors when its io::Write does.
    writer.write_record(TANDEM_HEADERS.map(|(h, _)| h)).expect("writing to memory");
    for r in records {
        let cells = [
            r.first_name.clone(),
            r.last_name.clone(),
            r.emails.join("; "),
            r.phones.join("; "),
            r.title.clone(),
            r.company_name.clone(),
            r.company_domain.clone(),
            r.country.clone(),
            r.city.clone(),
            r.notes.clone(),
            r.lifecycle_stage.clone(),
            r.lead_status.clone(),
            r.lead_source.clone(),
            r.owner_email.clone(),
            r.tags.join("; "),
            r.created_at.clone().unwrap_or_default(),
            r.original_campaign.clone(),
            r.latest_campaign.clone(),
        ];
        writer.write_record(cells.iter().map(|c| neutralise(c))).expect("writing to memory");
    }
    writer.into_inner().expect("writing to memory")
}

/// Any table (a dashboard's, say) in the same shape: BOM, CRLF, formula-like cells neutralised.
/// A plain number ("-12.50") is a value, not a formula, and stays a number for the spreadsheet.
pub fn write_table(headers: &[&str], rows: &[Vec<String>]) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(BOM.to_vec());
    writer.write_record(headers.iter().map(|h| neutralise(h))).expect("writing to memory");
    for row in rows {
        let plain_number = |c: &str| {
            let digits = c.strip_prefix('-').unwrap_or(c);
            digits.chars().any(|ch| ch.is_ascii_digit()) && digits.chars().all(|ch| ch.is_ascii_digit() || ch == '.')
        };
        writer.write_record(row.iter().map(|c| if plain_number(c) { c.clone() } else { neutralise(c) })).expect("writing to memory");
    }
    writer.into_inner().expect("writing to memory")
}

pub(crate) fn neutralise(cell: &str) -> String {
    if cell.starts_with(FORMULA_STARTS) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_keeps_numbers_and_neutralises_formulas() {
        let rows = vec![vec!["=SUM(A1)".to_owned(), "-100".to_owned(), "12.50".to_owned(), "-".to_owned()]];
        let text = String::from_utf8(write_table(&["Name", "ROI %", "Revenue", "Note"], &rows)).unwrap();
        assert_eq!(text, "\u{feff}Name,ROI %,Revenue,Note\r\n'=SUM(A1),-100,12.50,'-\r\n");
    }

    #[test]
    fn formula_cells_are_neutralised() {
        for (cell, written) in [
            ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"),
            ("+1", "'+1"),
            ("-x", "'-x"),
            ("@a", "'@a"),
            ("\tx", "'\tx"),
            ("'q", "''q"),
            ("a=b", "a=b"),
        ] {
            assert_eq!(neutralise(cell), written);
        }
    }
}
