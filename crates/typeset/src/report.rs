//! A dashboard report: figures, bar charts and tables, every string already formatted by the
//! caller. The template (`templates/report.typ`) only lays them out, and draws the bars itself,
//! so the PDF is typeset like a proposal, not a screenshot of the screen.

use chrono::NaiveDate;
use serde::Serialize;

/// The whole report as the template reads it (as `/data.json`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    /// Who the report is for (the workspace's name), printed in the header.
    pub organisation: String,
    pub title: String,
    /// What it covers: the period and the filters.
    pub subtitle: String,
    /// Also the PDF's date: the same report on the same day gives the same bytes.
    pub issued_on: NaiveDate,
    /// A line under the title, e.g. which currency sums are in and how they were converted.
    pub note: String,
    /// `#RRGGBB`: headings and bars.
    pub colour: String,
    pub sections: Vec<ReportSection>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReportSection {
    pub title: String,
    pub figures: Vec<ReportFigure>,
    pub charts: Vec<BarChart>,
    pub tables: Vec<ReportTable>,
}

/// A headline figure: "Win rate" · "37%" · "40 won of 108 closed".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReportFigure {
    pub label: String,
    pub value: String,
    pub detail: String,
}

/// Horizontal bars, one per row, each as long as its share of the longest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BarChart {
    pub title: String,
    pub bars: Vec<Bar>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Bar {
    pub label: String,
    /// The figure printed at the end of the bar.
    pub value: String,
    /// Length in thousandths of the chart's width (0–1000); a drawing proportion, not money.
    pub per_mille: u16,
    /// A second, lighter bar under the first (e.g. weighted against unweighted), if any.
    pub inner_per_mille: Option<u16>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReportTable {
    pub title: String,
    pub columns: Vec<ReportColumn>,
    pub rows: Vec<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReportColumn {
    pub label: String,
    /// Numbers align right.
    pub numeric: bool,
}

/// What the template reads: the report with its date split for Typst's `datetime`.
#[derive(Serialize)]
pub(crate) struct PrintedReport<'a> {
    #[serde(flatten)]
    pub report: &'a Report,
    pub issued: crate::printout::PrintedDate,
}

impl<'a> PrintedReport<'a> {
    pub fn of(report: &'a Report) -> Self {
        use chrono::Datelike;
        let day = report.issued_on;
        let issued = crate::printout::PrintedDate { year: day.year(), month: day.month(), day: day.day(), text: day.to_string() };
        PrintedReport { report, issued }
    }
}

/// The share of `value` in `largest`, in thousandths, for drawing a bar; 0 when `largest` is 0.
pub fn per_mille(value: u128, largest: u128) -> u16 {
    if largest == 0 {
        return 0;
    }
    u16::try_from((value.min(largest) * 1000 + largest / 2) / largest).unwrap_or(1000)
}

#[cfg(test)]
mod tests {
    use super::per_mille;

    #[test]
    fn bar_lengths_are_shares_of_the_largest_rounded_to_thousandths() {
        assert_eq!(per_mille(1, 3), 333);
        assert_eq!(per_mille(2, 3), 667);
        assert_eq!(per_mille(5, 5), 1000);
        assert_eq!(per_mille(7, 5), 1000, "never longer than the chart");
        assert_eq!(per_mille(0, 0), 0);
    }
}
