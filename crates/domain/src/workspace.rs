//! Workspace-wide settings later features rely on: locale, time zone, money and calendar.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::text::{Checker, Invalid};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct WorkspaceSettings {
    pub name: String,
    /// BCP 47 tag used to format numbers and dates, e.g. "en-US".
    pub locale: String,
    /// IANA zone, e.g. "Europe/Madrid"; dates are stored in UTC and shown in this zone.
    pub time_zone: String,
    /// ISO 4217 code every cross-deal sum converts into.
    pub base_currency: String,
    pub fiscal_year_start_month: u8,
    /// "HH:MM", when "tomorrow morning" starts.
    pub workday_start: String,
}

impl Default for WorkspaceSettings {
    fn default() -> Self {
        WorkspaceSettings {
            name: "My workspace".into(),
            locale: "en-US".into(),
            time_zone: "UTC".into(),
            base_currency: "USD".into(),
            fiscal_year_start_month: 1,
            workday_start: "09:00".into(),
        }
    }
}

impl WorkspaceSettings {
    /// The country phone numbers without a country code belong to: the locale's region ("en-US" → "US").
    pub fn phone_region(&self) -> String {
        self.locale.split('-').nth(1).filter(|r| r.len() == 2).unwrap_or("").to_ascii_uppercase()
    }

    pub fn validate(&self) -> Result<WorkspaceSettings, Invalid> {
        let mut c = Checker::default();
        let clean = WorkspaceSettings {
            name: c.text("name", "Workspace name", &self.name, 100, false),
            locale: c.text("locale", "Locale", &self.locale, 35, false),
            time_zone: c.text("time_zone", "Time zone", &self.time_zone, 64, false),
            base_currency: c.text("base_currency", "Base currency", &self.base_currency, 3, false).to_uppercase(),
            fiscal_year_start_month: self.fiscal_year_start_month,
            workday_start: c.text("workday_start", "Workday start", &self.workday_start, 5, false),
        };
        if clean.name.is_empty() {
            c.fail("name", "Enter a workspace name.");
        }
        let locale_ok = clean.locale.split('-').enumerate().all(|(i, part)| {
            (if i == 0 { 2..=3 } else { 2..=8 }).contains(&part.len()) && part.chars().all(|ch| ch.is_ascii_alphanumeric())
        });
        if !locale_ok {
            c.fail("locale", format!("'{}' is not a locale tag such as en-US or de-DE.", clean.locale));
        }
        if clean.time_zone.parse::<chrono_tz::Tz>().is_err() {
            c.fail("time_zone", format!("'{}' is not a time zone such as Europe/Madrid or America/New_York.", clean.time_zone));
        }
        check_currency(&mut c, "base_currency", &clean.base_currency);
        if !(1..=12).contains(&clean.fiscal_year_start_month) {
            c.fail("fiscal_year_start_month", "Pick a month from January to December.");
        }
        if chrono::NaiveTime::parse_from_str(&clean.workday_start, "%H:%M").is_err() {
            c.fail("workday_start", format!("'{}' is not a time of day such as 09:00.", clean.workday_start));
        }
        c.finish(clean)
    }
}

pub fn check_currency(c: &mut Checker, field: &str, code: &str) {
    if iso_currency::Currency::from_code(code).is_none() {
        c.fail(field, format!("'{code}' is not an ISO 4217 currency code such as USD or EUR."));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_are_checked_field_by_field() {
        let ok = WorkspaceSettings { base_currency: "eur".into(), time_zone: "Europe/Madrid".into(), ..Default::default() };
        assert_eq!(ok.validate().unwrap().base_currency, "EUR");
        let bad = WorkspaceSettings {
            locale: "english".into(),
            time_zone: "Mars/Olympus".into(),
            base_currency: "XXY".into(),
            fiscal_year_start_month: 13,
            workday_start: "9am".into(),
            ..Default::default()
        };
        let fields: Vec<String> = bad.validate().unwrap_err().0.into_iter().map(|e| e.field).collect();
        assert_eq!(fields, ["locale", "time_zone", "base_currency", "fiscal_year_start_month", "workday_start"]);
    }
}
