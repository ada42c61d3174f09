//! Repeating tasks: RFC 5545 rules (via the `rrule` crate) evaluated on the user's wall clock.
//!
//! Occurrences are computed in floating local time (the rule is read as if in UTC) and only then
//! placed in the task's zone by `reminder::instant`, so a 09:00 weekly call stays at 09:00 across
//! daylight-saving changes and a DST gap is handled in one place.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, TimeZone};
use rrule::{Frequency, RRuleSet, Tz};

/// How many occurrences a check looks at; the generator itself goes one at a time.
const LOOKAHEAD: u16 = 2;

fn rule_set(rule: &str, start: NaiveDateTime) -> Result<RRuleSet, String> {
    let text = format!("DTSTART:{}Z\nRRULE:{}", start.format("%Y%m%dT%H%M%S"), floating_until(rule));
    text.parse::<RRuleSet>().map_err(|e| format!("'{rule}' is not a repeat rule: {e}."))
}

/// The rule is read in UTC, so an UNTIL written as a local date (as calendar apps and people do)
/// becomes the end of that day in the same floating clock.
fn floating_until(rule: &str) -> String {
    rule.split(';')
        .map(|part| match part.split_once('=') {
            Some(("UNTIL", value)) if value.len() == 8 => format!("UNTIL={value}T235959Z"),
            Some(("UNTIL", value)) if !value.ends_with('Z') => format!("UNTIL={value}Z"),
            _ => part.to_owned(),
        })
        .collect::<Vec<_>>()
        .join(";")
}

/// Checks a rule a user saves: it parses, repeats at most daily, and has at least one occurrence.
pub fn check(rule: &str, start: NaiveDate) -> Result<(), String> {
    let until =
        rule.split(';').find_map(|part| part.strip_prefix("UNTIL=")).and_then(|v| NaiveDate::parse_from_str(v.get(..8)?, "%Y%m%d").ok());
    if let Some(until) = until.filter(|until| *until < start) {
        return Err(format!("The repeat ends on {until}, before the task is due; it would never happen."));
    }
    let set = rule_set(rule, start.and_time(NaiveTime::MIN))?;
    let too_often = set.get_rrule().iter().any(|r| matches!(r.get_freq(), Frequency::Hourly | Frequency::Minutely | Frequency::Secondly));
    if too_often {
        return Err("A task repeats at most daily.".into());
    }
    if set.all(LOOKAHEAD).dates.is_empty() {
        return Err(format!("'{rule}' never happens after the due date."));
    }
    Ok(())
}

/// The first occurrence strictly after `after`, in a series that started at `start`.
pub fn next_after(rule: &str, start: NaiveDateTime, after: NaiveDateTime) -> Option<NaiveDateTime> {
    let floating = chrono::Utc.from_utc_datetime(&after).with_timezone(&Tz::UTC);
    let set = rule_set(rule, start).ok()?.after(floating);
    set.all(LOOKAHEAD).dates.into_iter().map(|d| d.naive_utc()).find(|d| *d > after)
}

/// The rule for a series restarted at `new_start` ("edit all following"): a COUNT keeps counting
/// the occurrences that already happened, so "10 times" stays 10 in all.
pub fn restart(rule: &str, old_start: NaiveDateTime, new_start: NaiveDateTime) -> String {
    let Ok(set) = rule_set(rule, old_start) else { return rule.to_owned() };
    let Some(count) = set.get_rrule().first().and_then(|r| r.get_count()) else { return rule.to_owned() };
    let before = chrono::Utc.from_utc_datetime(&new_start).with_timezone(&Tz::UTC);
    let done = set.before(before).all(u16::MAX).dates.iter().filter(|d| d.naive_utc() < new_start).count() as u32;
    let remaining = count.saturating_sub(done).max(1);
    rule.split(';')
        .map(|part| if part.starts_with("COUNT=") { format!("COUNT={remaining}") } else { part.to_owned() })
        .collect::<Vec<_>>()
        .join(";")
}

/// A monthly rule for a day near the month's end: "the 31st, or the last day of shorter months"
/// (RFC 5545 would silently skip months without that day, which nobody means).
pub fn monthly_on(day: u32) -> String {
    if day >= 29 {
        let days: Vec<String> = (28..=day).map(|d| d.to_string()).collect();
        format!("FREQ=MONTHLY;BYMONTHDAY={};BYSETPOS=-1", days.join(","))
    } else {
        format!("FREQ=MONTHLY;BYMONTHDAY={day}")
    }
}

/// The id of one occurrence: the same on every device that generates it (UUIDv5).
pub fn occurrence_id(series_id: &str, occurrence: NaiveDateTime) -> String {
    let name = format!("{series_id}/{}", occurrence.format("%Y-%m-%dT%H:%M"));
    uuid::Uuid::new_v5(&crate::DERIVED_NAMESPACE, name.as_bytes()).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
    }

    fn nexts(rule: &str, start: &str, n: usize) -> Vec<String> {
        let start = at(start);
        let mut out = Vec::new();
        let mut current = start;
        while out.len() < n {
            match next_after(rule, start, current) {
                Some(next) => {
                    out.push(next.format("%Y-%m-%d %H:%M").to_string());
                    current = next;
                }
                None => break,
            }
        }
        out
    }

    #[test]
    fn occurrences_follow_the_rule_on_the_wall_clock() {
        let cases: &[(&str, &str, &[&str])] = &[
            ("FREQ=DAILY;INTERVAL=2", "2026-12-30 09:00", &["2027-01-01 09:00", "2027-01-03 09:00", "2027-01-05 09:00"]),
            ("FREQ=WEEKLY;BYDAY=MO,WE", "2026-12-02 10:00", &["2026-12-07 10:00", "2026-12-09 10:00", "2026-12-14 10:00"]),
            ("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "2026-12-04 08:00", &["2026-12-07 08:00", "2026-12-08 08:00", "2026-12-09 08:00"]),
            // Spans the March DST change in Europe: the wall clock stays at 09:00.
            ("FREQ=WEEKLY", "2027-03-22 09:00", &["2027-03-29 09:00", "2027-04-05 09:00", "2027-04-12 09:00"]),
            ("FREQ=YEARLY", "2028-02-29 00:00", &["2032-02-29 00:00", "2036-02-29 00:00", "2040-02-29 00:00"]),
            ("FREQ=DAILY;COUNT=3", "2026-12-01 09:00", &["2026-12-02 09:00", "2026-12-03 09:00"]),
            ("FREQ=DAILY;UNTIL=20261203", "2026-12-01 09:00", &["2026-12-02 09:00", "2026-12-03 09:00"]),
        ];
        for (rule, start, expected) in cases {
            assert_eq!(nexts(rule, start, 3), *expected, "{rule} from {start}");
        }
    }

    #[test]
    fn the_31st_of_every_month_falls_back_to_the_last_day() {
        let rule = monthly_on(31);
        assert_eq!(nexts(&rule, "2027-01-31 09:00", 4), ["2027-02-28 09:00", "2027-03-31 09:00", "2027-04-30 09:00", "2027-05-31 09:00"]);
        assert_eq!(nexts(&monthly_on(30), "2028-01-30 09:00", 2), ["2028-02-29 09:00", "2028-03-30 09:00"]);
        assert_eq!(monthly_on(12), "FREQ=MONTHLY;BYMONTHDAY=12");
    }

    #[test]
    fn restarting_a_counted_series_keeps_the_remaining_count() {
        let rule = restart("FREQ=WEEKLY;COUNT=10", at("2026-12-01 09:00"), at("2026-12-22 09:00"));
        assert_eq!(rule, "FREQ=WEEKLY;COUNT=7");
        assert_eq!(restart("FREQ=WEEKLY", at("2026-12-01 09:00"), at("2026-12-22 09:00")), "FREQ=WEEKLY");
    }

    #[test]
    fn rules_a_task_cannot_use_are_refused_with_a_reason() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        assert!(check("FREQ=WEEKLY;BYDAY=MO", day).is_ok());
        assert_eq!(check("FREQ=HOURLY", day).unwrap_err(), "A task repeats at most daily.");
        assert!(check("FREQ=SOMETIMES", day).unwrap_err().contains("not a repeat rule"));
        let ended = check("FREQ=DAILY;UNTIL=20261101", day).unwrap_err();
        assert!(ended.contains("never happen"), "{ended}");
    }

    #[test]
    fn occurrence_ids_are_deterministic() {
        let a = occurrence_id("series-1", at("2026-12-01 09:00"));
        assert_eq!(a, occurrence_id("series-1", at("2026-12-01 09:00")));
        assert_ne!(a, occurrence_id("series-1", at("2026-12-08 09:00")));
        assert_ne!(a, occurrence_id("series-2", at("2026-12-01 09:00")));
    }
}
