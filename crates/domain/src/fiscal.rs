//! The workspace's fiscal calendar: quarters of a fiscal year that starts on the first of a
//! chosen month, and how they are named.

use chrono::{Datelike, NaiveDate};

/// The first and last day of quarter `quarter` (1–4) of fiscal year `year`, where the fiscal
/// year starts on the first of `start_month` of `year` (so FY2026 with an April start runs
/// 2026-04-01 … 2027-03-31).
pub fn quarter(year: i32, quarter: u8, start_month: u8) -> Option<(NaiveDate, NaiveDate)> {
    if !(1..=4).contains(&quarter) || !(2000..=2100).contains(&year) || !(1..=12).contains(&start_month) {
        return None;
    }
    let first_month0 = i32::from(start_month - 1) + i32::from(quarter - 1) * 3;
    let start = NaiveDate::from_ymd_opt(year + first_month0 / 12, (first_month0 % 12) as u32 + 1, 1)?;
    let next0 = first_month0 + 3;
    let next = NaiveDate::from_ymd_opt(year + next0 / 12, (next0 % 12) as u32 + 1, 1)?;
    Some((start, next.pred_opt()?))
}

/// The fiscal (year, quarter) that contains `day`.
pub fn quarter_of(day: NaiveDate, start_month: u8) -> (i32, u8) {
    let months_in = (day.month() as i32 - i32::from(start_month)).rem_euclid(12);
    let year = if (day.month() as u8) < start_month { day.year() - 1 } else { day.year() };
    (year, (months_in / 3) as u8 + 1)
}

/// "Q3 FY2027": a fiscal year is named by the calendar year it ends in (the same as its start
/// year when it starts in January).
pub fn quarter_label(year: i32, quarter: u8, start_month: u8) -> String {
    let ends_in = if start_month == 1 { year } else { year + 1 };
    format!("Q{quarter} FY{ends_in}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn quarters_follow_the_fiscal_year_start() {
        assert_eq!(quarter(2026, 1, 1), Some((day("2026-01-01"), day("2026-03-31"))));
        assert_eq!(quarter(2026, 4, 4), Some((day("2027-01-01"), day("2027-03-31"))));
        assert_eq!(quarter(2026, 3, 11), Some((day("2027-05-01"), day("2027-07-31"))));
        assert_eq!(quarter(2026, 5, 1), None);
        assert_eq!(quarter_of(day("2026-02-15"), 4), (2025, 4));
        assert_eq!(quarter_of(day("2026-04-01"), 4), (2026, 1));
        assert_eq!(quarter_of(day("2026-12-31"), 1), (2026, 4));
        for start_month in 1..=12 {
            for d in ["2026-01-01", "2026-06-30", "2026-12-31"] {
                let (year, q) = quarter_of(day(d), start_month);
                let (from, to) = quarter(year, q, start_month).unwrap();
                assert!(from <= day(d) && day(d) <= to, "{d} month {start_month}");
            }
        }
    }

    #[test]
    fn a_fiscal_year_is_named_by_the_year_it_ends_in() {
        assert_eq!(quarter_label(2026, 4, 1), "Q4 FY2026");
        assert_eq!(quarter_label(2026, 3, 4), "Q3 FY2027");
    }
}
