//! Turns one imported value into the form Tandem stores: lower-case emails, E.164 phones, UTC
//! dates, our lifecycle stages. Shared by the CSV and vCard readers so both agree.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};

/// Our lifecycle stages, and the spellings HubSpot and people use for them (compared after
/// folding case and dropping everything but letters).
const LIFECYCLE_STAGES: &[(&str, &str)] = &[
    ("subscriber", "subscriber"),
    ("lead", "lead"),
    ("marketingqualifiedlead", "marketing_qualified"),
    ("marketingqualified", "marketing_qualified"),
    ("mql", "marketing_qualified"),
    ("salesqualifiedlead", "sales_qualified"),
    ("salesqualified", "sales_qualified"),
    ("sql", "sales_qualified"),
    ("opportunity", "opportunity"),
    ("customer", "customer"),
    ("evangelist", "evangelist"),
    ("other", "other"),
];

pub(crate) const LIFECYCLE_VALUES: &str =
    "subscriber, lead, marketing_qualified, sales_qualified, opportunity, customer, evangelist or other";

/// Characters a spreadsheet treats as the start of a formula (OWASP's CSV injection list), plus
/// the quote itself so that neutralising stays reversible.
pub(crate) const FORMULA_STARTS: [char; 7] = ['=', '+', '-', '@', '\t', '\r', '\''];

/// Undoes `csv_write`'s neutralisation: one leading `'` is dropped when a formula character or
/// another `'` follows it. Only applied to files we wrote ourselves.
pub(crate) fn unneutralise(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_STARTS) => rest,
        _ => cell,
    }
}

/// Splits a cell holding several values ("a@x.com; b@y.com", "vip, 2024"), dropping empty ones.
pub(crate) fn split_list(cell: &str) -> impl Iterator<Item = &str> {
    cell.split([';', ',']).map(str::trim).filter(|s| !s.is_empty())
}

/// A lower-cased email, or `None` when the text is not one. `mailto:` (vCard 4.0) is dropped.
pub(crate) fn email(value: &str) -> Option<String> {
    let value = value.trim();
    let value = value.strip_prefix("mailto:").unwrap_or(value).to_lowercase();
    email_address::EmailAddress::is_valid(&value).then_some(value)
}

/// E.164 when the number can be read; otherwise the number as typed, because dropping a phone
/// number the user meant to keep is worse than showing it unformatted.
pub(crate) fn phone(value: &str, default_region: &str) -> String {
    let value = value.trim();
    let value = value.strip_prefix("tel:").unwrap_or(value);
    tandem_domain::phone::normalize(value, default_region).unwrap_or_else(|_| value.to_string())
}

/// "García, Ana" → ("Ana", "García"); "Ana María García" → ("Ana María", "García"): the last word
/// is the last name unless the comma form says otherwise.
pub(crate) fn split_full_name(full: &str) -> (String, String) {
    let full = full.trim();
    if let Some((last, first)) = full.split_once(',') {
        return (first.trim().to_string(), last.trim().to_string());
    }
    match full.rsplit_once(char::is_whitespace) {
        Some((first, last)) => (first.trim().to_string(), last.trim().to_string()),
        None => (full.to_string(), String::new()),
    }
}

/// Our snake_case stage for `value`, `Some("")` for an empty cell, `None` when it is no stage.
pub(crate) fn lifecycle_stage(value: &str) -> Option<String> {
    let key: String = value.chars().filter(|c| c.is_alphabetic()).flat_map(char::to_lowercase).collect();
    if key.is_empty() && value.trim().is_empty() {
        return Some(String::new());
    }
    LIFECYCLE_STAGES.iter().find(|(k, _)| *k == key).map(|(_, stage)| stage.to_string())
}

const DATE_TIMES: [&str; 12] = [
    "%Y-%m-%d %H:%M:%S%.f",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%dT%H:%M:%S%.f",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%dT%H:%M",
    "%m/%d/%Y %H:%M:%S",
    "%m/%d/%Y %H:%M",
    "%m/%d/%Y %I:%M %p",
    "%d/%m/%Y %H:%M",
    "%d.%m.%Y %H:%M:%S",
    "%d.%m.%Y %H:%M",
];
const DATES: [&str; 5] = ["%Y-%m-%d", "%m/%d/%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y/%m/%d"];

/// RFC 3339 in UTC (`2024-03-05T14:22:10Z`) or `None`. A slash date is read month first
/// (`03/05/2024` is 5 March, as US CRMs write it) unless the first number cannot be a month.
/// A time without an offset is taken as UTC: the file does not say which zone it meant.
pub(crate) fn date(value: &str) -> Option<String> {
    let value = value.trim();
    if let Ok(dt) = DateTime::parse_from_rfc3339(value) {
        return Some(rfc3339(dt.with_timezone(&Utc).naive_utc()));
    }
    for format in DATE_TIMES {
        if let Ok(dt) = NaiveDateTime::parse_from_str(value, format) {
            return Some(rfc3339(dt));
        }
    }
    for format in DATES {
        if let Ok(d) = NaiveDate::parse_from_str(value, format) {
            return d.and_hms_opt(0, 0, 0).map(rfc3339);
        }
    }
    None
}

fn rfc3339(dt: NaiveDateTime) -> String {
    dt.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// "https://www.Acme.com/about" → "acme.com": the form a company domain is matched by.
pub(crate) fn domain(value: &str) -> String {
    let value = value.trim().to_lowercase();
    let value = value.split_once("://").map_or(value.as_str(), |(_, rest)| rest);
    let value = value.split(['/', '?', '#']).next().unwrap_or_default();
    value.strip_prefix("www.").unwrap_or(value).to_string()
}

/// Pushes each value not already present, keeping the first occurrence's position.
pub(crate) fn push_unique(list: &mut Vec<String>, value: String) {
    if !value.is_empty() && !list.contains(&value) {
        list.push(value);
    }
}

/// A value as quoted in a problem sentence: long ones are cut so the sentence stays readable.
pub(crate) fn quoted(value: &str) -> String {
    const MAX: usize = 60;
    if value.chars().count() > MAX {
        format!("'{}…'", value.chars().take(MAX).collect::<String>())
    } else {
        format!("'{value}'")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_names_are_split_at_the_comma_or_the_last_word() {
        for (full, first, last) in [
            ("García, Ana", "Ana", "García"),
            ("Ana María García", "Ana María", "García"),
            ("Madonna", "Madonna", ""),
            ("  Jean-Luc   Picard ", "Jean-Luc", "Picard"),
            ("山田 太郎", "山田", "太郎"),
        ] {
            assert_eq!(split_full_name(full), (first.to_string(), last.to_string()), "{full}");
        }
    }

    #[test]
    fn dates_in_common_formats_become_utc_rfc3339() {
        for (value, expected) in [
            ("2024-03-05", Some("2024-03-05T00:00:00Z")),
            ("2024-03-05 14:22", Some("2024-03-05T14:22:00Z")),
            ("2024-03-05 14:22:10", Some("2024-03-05T14:22:10Z")),
            ("2024-03-05T14:22:10+01:00", Some("2024-03-05T13:22:10Z")),
            ("2024-03-05T14:22:10.123Z", Some("2024-03-05T14:22:10Z")),
            ("03/05/2024", Some("2024-03-05T00:00:00Z")),
            ("3/5/2024 2:22 PM", Some("2024-03-05T14:22:00Z")),
            ("25/03/2024", Some("2024-03-25T00:00:00Z")),
            ("05.03.2024", Some("2024-03-05T00:00:00Z")),
            ("05.03.2024 14:22", Some("2024-03-05T14:22:00Z")),
            ("last Tuesday", None),
            ("2024-13-45", None),
        ] {
            assert_eq!(date(value).as_deref(), expected, "{value}");
        }
    }

    #[test]
    fn hubspot_lifecycle_stages_become_ours() {
        for (value, stage) in [
            ("marketingqualifiedlead", Some("marketing_qualified")),
            ("Marketing Qualified Lead", Some("marketing_qualified")),
            ("salesqualifiedlead", Some("sales_qualified")),
            ("Sales Qualified Lead", Some("sales_qualified")),
            ("opportunity", Some("opportunity")),
            ("Customer", Some("customer")),
            ("evangelist", Some("evangelist")),
            ("subscriber", Some("subscriber")),
            ("lead", Some("lead")),
            ("other", Some("other")),
            ("marketing_qualified", Some("marketing_qualified")),
            ("", Some("")),
            ("1234567", None),
            ("hot prospect", None),
        ] {
            assert_eq!(lifecycle_stage(value).as_deref(), stage, "{value}");
        }
    }

    #[test]
    fn emails_domains_and_neutralised_cells() {
        assert_eq!(email(" Ana.Garcia@Example.COM "), Some("ana.garcia@example.com".to_string()));
        assert_eq!(email("mailto:ana@example.com"), Some("ana@example.com".to_string()));
        assert_eq!(email("ana@"), None);
        assert_eq!(domain("https://www.Acme.com/about?x=1"), "acme.com");
        assert_eq!(domain("acme.io"), "acme.io");
        for (cell, value) in [("'=1+1", "=1+1"), ("''x", "'x"), ("'hello", "'hello"), ("'+1 202", "+1 202"), ("plain", "plain")] {
            assert_eq!(unneutralise(cell), value);
        }
    }
}
