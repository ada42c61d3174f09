//! Writes follow-up tasks and meetings as an iCalendar file (RFC 5545) for Outlook, Google, Apple
//! Calendar and Thunderbird. Hand-written, not the `icalendar` crate (0.17): that crate writes no
//! VTIMEZONE, which recurring meetings need, sorts properties alphabetically, and lets a bare CR
//! through TEXT values; escaping and folding are thirty lines here.
//!
//! Time zones: a timed item is written in its own zone's wall-clock time with `TZID=<IANA name>`,
//! and the file carries a VTIMEZONE for every zone it names, made from chrono-tz. Writing UTC
//! (`…Z`) would be simpler, but a weekly 09:00 meeting with a UTC start moves to 08:00 or 10:00
//! when daylight saving time changes; with TZID it stays at 09:00. Google and Apple read the
//! IANA name itself; Outlook and Thunderbird read the VTIMEZONE rules, which say the same.

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, Days, Duration, NaiveDate, NaiveDateTime, Offset, TimeZone, Utc, Weekday};
use chrono_tz::{OffsetComponents, OffsetName, Tz};

use crate::content_lines::{escape_text, ContentLines};

/// A meeting with no duration is booked for this long.
const DEFAULT_MEETING_MINUTES: u32 = 30;

/// One follow-up as a calendar sees it; the app maps its tasks to this.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarItem {
    /// Stable task id (a UUID); written as `<uid>@tandem` so re-imports update, not duplicate.
    pub uid: String,
    pub summary: String,
    pub description: Option<String>,
    pub kind: CalendarItemKind,
    pub when: CalendarTime,
    /// Meetings only: how long it is booked for; `None` is 30 minutes, or the whole day for an
    /// all-day meeting.
    pub duration_minutes: Option<u32>,
    pub status: CalendarItemStatus,
    /// RFC 5545 priority: 1 (highest) to 9 (lowest), 0 for none; above 9 is written as 9.
    pub priority: u8,
    /// RRULE text as RFC 5545 spells it, e.g. `FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10`.
    pub rrule: Option<String>,
    /// Reminders, in minutes before the start (or due time); 0 is at that time, negative is after.
    pub alarms: Vec<i64>,
    pub categories: Vec<String>,
    pub created: DateTime<Utc>,
    pub last_modified: DateTime<Utc>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CalendarItemKind {
    /// A task with a due date: a VTODO.
    Todo,
    /// A booked slot: a VEVENT.
    Meeting,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CalendarTime {
    AllDay(NaiveDate),
    /// Wall-clock time in an IANA zone such as `Europe/Berlin`. A name chrono-tz does not know
    /// is written as floating time (no zone), which calendars show at that clock time wherever
    /// the reader is — the least surprising reading of a zone we cannot describe.
    At {
        local: NaiveDateTime,
        tz: String,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CalendarItemStatus {
    Open,
    Done { completed_at: DateTime<Utc> },
    Cancelled,
}

/// A whole calendar: the VTIMEZONEs its items need, then the items in the order given. `stamp`
/// is when the file was made (DTSTAMP); passing it in keeps the output a pure function.
pub fn write_calendar(name: &str, items: &[CalendarItem], stamp: DateTime<Utc>) -> String {
    let mut out = ContentLines::default();
    out.line("BEGIN:VCALENDAR");
    out.line("VERSION:2.0");
    out.line("PRODID:-//Tandem//Tandem//EN");
    out.line("CALSCALE:GREGORIAN");
    out.property("X-WR-CALNAME", &escape_text(name));
    for (zone, span) in zones_used(items).into_values() {
        write_timezone(&mut out, zone, span);
    }
    for item in items {
        write_item(&mut out, item, stamp);
    }
    out.line("END:VCALENDAR");
    out.text
}

fn write_item(out: &mut ContentLines, item: &CalendarItem, stamp: DateTime<Utc>) {
    let component = match item.kind {
        CalendarItemKind::Todo => "VTODO",
        CalendarItemKind::Meeting => "VEVENT",
    };
    out.line(&format!("BEGIN:{component}"));
    out.property("UID", &format!("{}@tandem", escape_text(&item.uid)));
    out.property("DTSTAMP", &utc(stamp));
    out.property("CREATED", &utc(item.created));
    out.property("LAST-MODIFIED", &utc(item.last_modified));
    out.property("SUMMARY", &escape_text(&item.summary));
    if let Some(description) = item.description.as_deref().filter(|d| !d.is_empty()) {
        out.property("DESCRIPTION", &escape_text(description));
    }
    match item.kind {
        // DUE alone: RFC 5545 §3.8.2.3 wants a DUE strictly after any DTSTART, and a follow-up
        // has no start of its own.
        CalendarItemKind::Todo => out.property(&format!("DUE{}", time_params(&item.when)), &time_value(&item.when)),
        CalendarItemKind::Meeting => {
            out.property(&format!("DTSTART{}", time_params(&item.when)), &time_value(&item.when));
            let end = meeting_end(&item.when, item.duration_minutes);
            out.property(&format!("DTEND{}", time_params(&end)), &time_value(&end));
        }
    }
    if let Some(rrule) = item.rrule.as_deref().filter(|r| !r.trim().is_empty()) {
        // Already RRULE syntax; only a line break could break the file around it.
        out.property("RRULE", &rrule.replace(['\r', '\n'], ""));
    }
    out.property("STATUS", status_value(item.kind, item.status));
    if let (CalendarItemKind::Todo, CalendarItemStatus::Done { completed_at }) = (item.kind, item.status) {
        out.property("COMPLETED", &utc(completed_at));
    }
    if item.priority > 0 {
        out.property("PRIORITY", &item.priority.min(9).to_string());
    }
    if !item.categories.is_empty() {
        let categories: Vec<String> = item.categories.iter().map(|c| escape_text(c)).collect();
        out.property("CATEGORIES", &categories.join(","));
    }
    for &minutes_before in &item.alarms {
        out.line("BEGIN:VALARM");
        out.property("ACTION", "DISPLAY");
        out.property("DESCRIPTION", &escape_text(&item.summary));
        out.property("TRIGGER", &trigger(minutes_before));
        out.line("END:VALARM");
    }
    out.line(&format!("END:{component}"));
}

fn status_value(kind: CalendarItemKind, status: CalendarItemStatus) -> &'static str {
    match (kind, status) {
        (CalendarItemKind::Todo, CalendarItemStatus::Open) => "NEEDS-ACTION",
        (CalendarItemKind::Todo, CalendarItemStatus::Done { .. }) => "COMPLETED",
        // A VEVENT has no "done": a meeting that took place is simply confirmed.
        (CalendarItemKind::Meeting, CalendarItemStatus::Open | CalendarItemStatus::Done { .. }) => "CONFIRMED",
        (_, CalendarItemStatus::Cancelled) => "CANCELLED",
    }
}

/// An all-day meeting ends the next day (DTEND is exclusive), or after as many whole days as
/// its duration needs; a timed one ends `duration` of real time later, read in its own zone so
/// a meeting across a DST change still ends when it should.
fn meeting_end(start: &CalendarTime, duration_minutes: Option<u32>) -> CalendarTime {
    match start {
        CalendarTime::AllDay(date) => {
            let days = duration_minutes.map_or(1, |m| m.div_ceil(24 * 60).max(1));
            CalendarTime::AllDay(date.checked_add_days(Days::new(u64::from(days))).unwrap_or(*date))
        }
        CalendarTime::At { local, tz } => {
            let duration = Duration::minutes(i64::from(duration_minutes.unwrap_or(DEFAULT_MEETING_MINUTES)));
            let in_zone = tz.parse::<Tz>().ok().and_then(|zone| zone.from_local_datetime(local).earliest());
            let end = match in_zone {
                Some(start) => start.checked_add_signed(duration).and_then(|end| {
                    // `naive_local` panics past the last representable wall-clock time.
                    end.naive_utc().checked_add_signed(Duration::seconds(i64::from(end.offset().fix().local_minus_utc())))
                }),
                None => local.checked_add_signed(duration),
            };
            // Past the end of the calendar (year 262143) there is nothing sensible to add.
            let end = end.unwrap_or(*local);
            CalendarTime::At { local: end, tz: tz.clone() }
        }
    }
}

fn time_params(time: &CalendarTime) -> String {
    match time {
        CalendarTime::AllDay(_) => ";VALUE=DATE".to_string(),
        CalendarTime::At { tz, .. } => match tz.parse::<Tz>() {
            Ok(zone) => format!(";TZID={}", zone.name()),
            Err(_) => String::new(),
        },
    }
}

fn time_value(time: &CalendarTime) -> String {
    match time {
        CalendarTime::AllDay(date) => date.format("%Y%m%d").to_string(),
        CalendarTime::At { local, .. } => local_date_time(*local),
    }
}

fn local_date_time(local: NaiveDateTime) -> String {
    local.format("%Y%m%dT%H%M%S").to_string()
}

fn utc(at: DateTime<Utc>) -> String {
    at.format("%Y%m%dT%H%M%SZ").to_string()
}

/// `-PT15M` for fifteen minutes before; `PT0S` at the time itself.
fn trigger(minutes_before: i64) -> String {
    let sign = if minutes_before > 0 { "-" } else { "" };
    let minutes = minutes_before.unsigned_abs();
    if minutes == 0 {
        return "PT0S".to_string();
    }
    let (days, hours, minutes) = (minutes / (24 * 60), minutes / 60 % 24, minutes % 60);
    let mut value = format!("{sign}P");
    if days > 0 {
        value.push_str(&format!("{days}D"));
    }
    if hours > 0 || minutes > 0 {
        value.push('T');
        if hours > 0 {
            value.push_str(&format!("{hours}H"));
        }
        if minutes > 0 {
            value.push_str(&format!("{minutes}M"));
        }
    }
    value
}

/// The first and last wall-clock time an item puts in a zone.
#[derive(Debug, Clone, Copy)]
struct Span {
    first: NaiveDateTime,
    last: NaiveDateTime,
}

/// Each zone the items name, by its IANA name.
fn zones_used(items: &[CalendarItem]) -> BTreeMap<&'static str, (Tz, Span)> {
    let mut zones: BTreeMap<&'static str, (Tz, Span)> = BTreeMap::new();
    for item in items {
        let CalendarTime::At { local, tz } = &item.when else { continue };
        let Ok(zone) = tz.parse::<Tz>() else { continue };
        let (_, span) = zones.entry(zone.name()).or_insert((zone, Span { first: *local, last: *local }));
        span.first = span.first.min(*local);
        span.last = span.last.max(*local);
    }
    zones
}

/// The offset a zone is on over some stretch of time: one STANDARD or DAYLIGHT observance.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Observance {
    daylight: bool,
    utc_offset_seconds: i32,
    name: Option<String>,
}

impl Observance {
    fn at(zone: Tz, instant: DateTime<Utc>) -> Self {
        let offset = zone.offset_from_utc_datetime(&instant.naive_utc());
        Observance {
            daylight: offset.dst_offset() != Duration::zero(),
            utc_offset_seconds: offset.fix().local_minus_utc(),
            name: offset.abbreviation().map(str::to_owned),
        }
    }
}

struct Transition {
    at: DateTime<Utc>,
    from: Observance,
    to: Observance,
}

/// Years of tz history one VTIMEZONE describes at most. Items later than that (only in odd
/// data) still read right while the zone keeps its yearly rule, which the open-ended RRULE
/// carries forward; the cap keeps a typo like year 20260 from scanning 18,000 years.
const MAX_ZONE_WINDOW_YEARS: i32 = 60;

/// One VTIMEZONE covering the year before the zone's first item to the year after its last:
/// the year before so the observance in force at the first item has begun, the year after so
/// a meeting's end is covered. An observance still following one yearly rule at the end of
/// that window is written as that rule, open-ended, so recurring meetings years ahead stay
/// right; any other as the list of its onsets.
fn write_timezone(out: &mut ContentLines, zone: Tz, span: Span) {
    let from_year = span.first.year() - 1;
    let to_year = (span.last.year() + 1).min(from_year + MAX_ZONE_WINDOW_YEARS);
    let transitions = transitions(zone, from_year, to_year);

    out.line("BEGIN:VTIMEZONE");
    out.property("TZID", zone.name());
    out.property("X-LIC-LOCATION", zone.name());

    let day_before_first_item = span.first.checked_sub_signed(Duration::days(1)).unwrap_or(span.first);
    let covers_first_item = transitions.first().is_some_and(|t| t.at.naive_utc() <= day_before_first_item);
    if !covers_first_item {
        // No change in the window (or none early enough): one observance from the epoch on.
        let start = Utc.with_ymd_and_hms(from_year, 1, 1, 0, 0, 0).single().unwrap_or_default();
        let observance = Observance::at(zone, start);
        let epoch = DateTime::<Utc>::UNIX_EPOCH.naive_utc();
        write_observance(out, observance.utc_offset_seconds, &observance, epoch, &[]);
    }

    // Changes between the same two observances are one STANDARD or DAYLIGHT block.
    let mut groups: Vec<((Observance, Observance), Vec<NaiveDateTime>)> = Vec::new();
    for t in transitions {
        // An observance starts at the wall-clock time before the change (RFC 5545 §3.6.5).
        let onset = t.at.naive_utc() + Duration::seconds(i64::from(t.from.utc_offset_seconds));
        let key = (t.from, t.to);
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, onsets)) => onsets.push(onset),
            None => groups.push((key, vec![onset])),
        }
    }
    for ((from, to), onsets) in &groups {
        let recurrence = recurrence(onsets, to_year);
        write_observance(out, from.utc_offset_seconds, to, onsets[0], &recurrence);
    }
    out.line("END:VTIMEZONE");
}

fn write_observance(out: &mut ContentLines, from_seconds: i32, to: &Observance, start: NaiveDateTime, recurrence: &[(&str, String)]) {
    let block = if to.daylight { "DAYLIGHT" } else { "STANDARD" };
    out.line(&format!("BEGIN:{block}"));
    out.property("DTSTART", &local_date_time(start));
    out.property("TZOFFSETFROM", &utc_offset(from_seconds));
    out.property("TZOFFSETTO", &utc_offset(to.utc_offset_seconds));
    if let Some(name) = &to.name {
        out.property("TZNAME", &escape_text(name));
    }
    for (name, value) in recurrence {
        out.property(name, value);
    }
    out.line(&format!("END:{block}"));
}

/// How an observance repeats after its first onset: an open-ended yearly rule when one fits
/// and is still in force at the end of the window, otherwise each later onset as an RDATE. (A
/// rule that ended could be an RRULE with UNTIL, but common parsers such as Python's icalendar
/// 4 reject the UTC UNTIL that RFC 5545 requires there; RDATEs read everywhere.)
fn recurrence(onsets: &[NaiveDateTime], to_year: i32) -> Vec<(&'static str, String)> {
    let [_, rest @ ..] = onsets else { return Vec::new() };
    match yearly_rule(onsets) {
        Some(rule) if !rest.is_empty() && rest.last().is_some_and(|last| last.year() == to_year) => vec![("RRULE", rule)],
        _ => rest.iter().map(|onset| ("RDATE", local_date_time(*onset))).collect(),
    }
}

/// `+0100`, `-0500`, or `+053000` when seconds are needed.
fn utc_offset(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let s = seconds.unsigned_abs();
    let (h, m, sec) = (s / 3600, s / 60 % 60, s % 60);
    if sec == 0 {
        format!("{sign}{h:02}{m:02}")
    } else {
        format!("{sign}{h:02}{m:02}{sec:02}")
    }
}

/// Every change of offset, DST flag or abbreviation from the start of `from_year` to the end of
/// `to_year`, found by sampling every six hours and narrowing to the second.
fn transitions(zone: Tz, from_year: i32, to_year: i32) -> Vec<Transition> {
    let (Some(start), Some(end)) =
        (Utc.with_ymd_and_hms(from_year, 1, 1, 0, 0, 0).single(), Utc.with_ymd_and_hms(to_year + 1, 1, 1, 0, 0, 0).single())
    else {
        return Vec::new();
    };
    let step = Duration::hours(6);
    let mut found = Vec::new();
    let mut at = start;
    let mut current = Observance::at(zone, at);
    while at < end {
        let next = at + step;
        let observance = Observance::at(zone, next);
        if observance != current {
            let (mut before, mut after) = (at, next);
            while after - before > Duration::seconds(1) {
                let middle = before + (after - before) / 2;
                if Observance::at(zone, middle) == current {
                    before = middle;
                } else {
                    after = middle;
                }
            }
            found.push(Transition { at: after, from: current, to: observance.clone() });
            current = observance;
        }
        at = next;
    }
    found
}

/// The `FREQ=YEARLY;BYMONTH=…;BYDAY=…` rule that produces exactly these onsets, one a year in
/// consecutive years, if there is one (e.g. "last Sunday of March at 02:00").
fn yearly_rule(onsets: &[NaiveDateTime]) -> Option<String> {
    let first = *onsets.first()?;
    let weekday = first.weekday();
    let nth = i32::try_from((first.day() - 1) / 7 + 1).ok()?;
    let is_last = first.date() + Duration::days(7) > last_day_of_month(first.year(), first.month())?;
    let mut candidates = vec![nth];
    if is_last {
        candidates.insert(0, -1);
    }
    candidates.into_iter().find_map(|week| {
        let fits = onsets.iter().enumerate().all(|(i, onset)| {
            let year = first.year() + i32::try_from(i).unwrap_or(i32::MAX);
            nth_weekday(year, first.month(), weekday, week).is_some_and(|day| day.and_time(first.time()) == *onset)
        });
        fits.then(|| format!("FREQ=YEARLY;BYMONTH={};BYDAY={week}{}", first.month(), weekday_code(weekday)))
    })
}

/// The `week`th `weekday` of a month, counting from its end when `week` is negative.
fn nth_weekday(year: i32, month: u32, weekday: Weekday, week: i32) -> Option<NaiveDate> {
    if week < 0 {
        let last = last_day_of_month(year, month)?;
        let back = (last.weekday().num_days_from_monday() + 7 - weekday.num_days_from_monday()) % 7;
        Some(last - Duration::days(i64::from(back) + 7 * i64::from(-week - 1)))
    } else {
        let u8_week = u8::try_from(week).ok()?;
        NaiveDate::from_weekday_of_month_opt(year, month, weekday, u8_week)
    }
}

fn last_day_of_month(year: i32, month: u32) -> Option<NaiveDate> {
    let (next_year, next_month) = if month == 12 { (year + 1, 1) } else { (year, month + 1) };
    NaiveDate::from_ymd_opt(next_year, next_month, 1)?.pred_opt()
}

fn weekday_code(weekday: Weekday) -> &'static str {
    match weekday {
        Weekday::Mon => "MO",
        Weekday::Tue => "TU",
        Weekday::Wed => "WE",
        Weekday::Thu => "TH",
        Weekday::Fri => "FR",
        Weekday::Sat => "SA",
        Weekday::Sun => "SU",
    }
}
