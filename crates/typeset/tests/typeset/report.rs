//! The dashboard report: its figures, bars and tables print as text a reader can copy, typed
//! text stays text, and the same report gives the same bytes.

use chrono::NaiveDate;
use tandem_typeset::{per_mille, Bar, BarChart, RenderError, Report, ReportColumn, ReportFigure, ReportSection, ReportTable};

use crate::pdf;
use crate::TYPESETTER;

fn report() -> Report {
    let bars = [("New leads", 120u128), ("Marketing-qualified", 48), ("Sales-qualified", 21), ("Customer", 6)];
    Report {
        organisation: "Northwind".into(),
        title: "Funnel report".into(),
        subtitle: "1 Oct 2026 – 31 Dec 2026 · all owners".into(),
        issued_on: NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(),
        note: "Amounts in USD, converted with the exchange rates valid on each deal's close date.".into(),
        colour: "#4F46E5".into(),
        sections: vec![ReportSection {
            title: "Marketing funnel".into(),
            figures: vec![ReportFigure { label: "Win rate".into(), value: "37%".into(), detail: "40 won of 108 closed".into() }],
            charts: vec![BarChart {
                title: "Leads by stage reached".into(),
                bars: bars
                    .iter()
                    .map(|(label, n)| Bar {
                        label: (*label).into(),
                        value: n.to_string(),
                        per_mille: per_mille(*n, 120),
                        inner_per_mille: None,
                    })
                    .collect(),
            }],
            tables: vec![ReportTable {
                title: "Revenue by owner".into(),
                columns: vec![ReportColumn { label: "Owner".into(), numeric: false }, ReportColumn { label: "Won".into(), numeric: true }],
                rows: vec![vec!["Sam Lee".into(), "$182,400.00".into()], vec!["#set page(width: 1cm) Ana".into(), "$9,000.00".into()]],
            }],
        }],
    }
}

#[test]
fn a_report_prints_its_figures_bars_and_tables_as_text() {
    let bytes = TYPESETTER.render_report(&report()).unwrap();
    pdf::qpdf_check(&bytes).unwrap();
    let text = pdf::text(&bytes);
    for expected in
        ["Funnel report", "Marketing funnel", "37%", "40 won of 108 closed", "Marketing-qualified", "48", "Revenue by owner", "$182,400.00"]
    {
        assert!(text.contains(expected), "{expected} missing from:\n{text}");
    }
    assert!(text.contains("#set page(width: 1cm) Ana"), "typed text is printed, not run:\n{text}");
    assert_eq!(pdf::page_sizes(&bytes)[0], "595.276 x 841.89", "A4, not a 1 cm page");
}

#[test]
fn the_same_report_gives_the_same_bytes() {
    assert_eq!(TYPESETTER.render_report(&report()).unwrap(), TYPESETTER.render_report(&report()).unwrap());
}

#[test]
fn a_report_colour_must_be_hex() {
    let mut bad = report();
    bad.colour = "indigo".into();
    assert!(matches!(TYPESETTER.render_report(&bad), Err(RenderError::Colour(c)) if c == "indigo"));
}
