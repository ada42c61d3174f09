//! When reminders fire: wall-clock times placed in a zone (DST gaps and overlaps included),
//! which pending reminders are due now, which were missed, and when to wake next.
//! Pure: the scheduler passes the time in, so every case is tested without waiting.

use chrono::{DateTime, Datelike, Days, Duration, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc, Weekday};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::task::ReminderSpec;

/// A reminder more than this late (the laptop slept, the app was closed) is shown as missed
/// instead of popping up as if it were on time.
pub const LATE_GRACE: Duration = Duration::minutes(2);
/// The longest the scheduler sleeps: after a suspend or a wall-clock change it notices within this.
pub const COARSE_WAKE: Duration = Duration::seconds(60);

/// The instant a wall-clock time happens in `zone`. In a spring-forward gap it is the moment the
/// clock jumps to (02:30 → 03:00); in a fall-back overlap it is the first of the two.
pub fn instant(local: NaiveDateTime, zone: Tz) -> DateTime<Utc> {
    let mut probe = local;
    // Gaps are at most a few hours; walk to the first minute that exists.
    for _ in 0..=24 * 60 {
        match zone.from_local_datetime(&probe) {
            LocalResult::Single(t) => return t.with_timezone(&Utc),
            LocalResult::Ambiguous(first, _) => return first.with_timezone(&Utc),
            LocalResult::None => probe += Duration::minutes(1),
        }
    }
    Utc.from_utc_datetime(&local)
}

/// The wall-clock moment a task is due: its time, or the workday start for an all-day task.
pub fn due_local(date: NaiveDate, time: Option<NaiveTime>, workday_start: NaiveTime) -> NaiveDateTime {
    date.and_time(time.unwrap_or(workday_start))
}

/// When one reminder fires. Whole days before are counted on the wall clock, so "1 day before"
/// a 09:00 call is 09:00 the day before even across a DST change.
pub fn fire_at(spec: &ReminderSpec, due: NaiveDateTime, zone: Tz) -> Option<DateTime<Utc>> {
    match spec {
        ReminderSpec::Before { minutes } if minutes % (24 * 60) == 0 => {
            Some(instant(due.checked_sub_days(Days::new(u64::from(minutes / (24 * 60))))?, zone))
        }
        ReminderSpec::Before { minutes } => Some(instant(due, zone) - Duration::minutes(i64::from(*minutes))),
        ReminderSpec::At { at } => DateTime::parse_from_rfc3339(at).ok().map(|t| t.with_timezone(&Utc)),
    }
}

/// A reminder not yet delivered, of an open task.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingReminder {
    pub reminder_id: String,
    pub task_id: String,
    pub at: DateTime<Utc>,
}

/// What the scheduler does now and when it looks again.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Plan {
    /// Due now: shown as a notification.
    pub fire: Vec<PendingReminder>,
    /// Came due while nobody could see it: listed as missed, never popped up late.
    pub missed: Vec<PendingReminder>,
    pub next_at: Option<DateTime<Utc>>,
}

pub fn plan(pending: impl IntoIterator<Item = PendingReminder>, now: DateTime<Utc>) -> Plan {
    let mut plan = Plan::default();
    for reminder in pending {
        if reminder.at > now {
            plan.next_at = Some(plan.next_at.map_or(reminder.at, |next| next.min(reminder.at)));
        } else if now - reminder.at <= LATE_GRACE {
            plan.fire.push(reminder);
        } else {
            plan.missed.push(reminder);
        }
    }
    plan
}

/// How long the scheduler sleeps: until the next reminder, but never longer than the coarse
/// wall-clock check (monotonic timers stop while the laptop sleeps).
pub fn sleep_for(next_at: Option<DateTime<Utc>>, now: DateTime<Utc>) -> std::time::Duration {
    let wait = next_at.map_or(COARSE_WAKE, |next| (next - now).min(COARSE_WAKE));
    wait.max(Duration::zero()).to_std().unwrap_or_default()
}

/// The snooze choices offered everywhere a reminder shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Snooze {
    FifteenMinutes,
    OneHour,
    TomorrowMorning,
    NextWeek,
}

/// The wall-clock moment a snooze ends; "next week" is Monday at the start of the workday.
pub fn snooze_until(choice: Snooze, now: NaiveDateTime, workday_start: NaiveTime) -> NaiveDateTime {
    let today = now.date();
    match choice {
        Snooze::FifteenMinutes => now + Duration::minutes(15),
        Snooze::OneHour => now + Duration::hours(1),
        Snooze::TomorrowMorning => (today + Days::new(1)).and_time(workday_start),
        Snooze::NextWeek => {
            let to_monday = 7 - u64::from(today.weekday().num_days_from_monday());
            (today + Days::new(to_monday)).and_time(workday_start)
        }
    }
}

/// Where a task sits in the Today view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DueGroup {
    Overdue,
    Today,
    Upcoming,
    Later,
}

/// Groups a task by its due date: an all-day task is overdue only once its day is over.
pub fn due_group(due: NaiveDate, timed_at: Option<DateTime<Utc>>, now: DateTime<Utc>, today: NaiveDate) -> DueGroup {
    let overdue = match timed_at {
        Some(at) => at < now,
        None => due < today,
    };
    if overdue {
        DueGroup::Overdue
    } else if due <= today {
        DueGroup::Today
    } else if due <= today + Days::new(7) {
        DueGroup::Upcoming
    } else {
        DueGroup::Later
    }
}

/// The Monday a week starts on, for the Today view's "next week" headings.
pub fn week_start(day: NaiveDate) -> NaiveDate {
    day.week(Weekday::Mon).first_day()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn local(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
    }

    fn utc(text: &str) -> DateTime<Utc> {
        Utc.from_utc_datetime(&local(text))
    }

    #[test]
    fn wall_clock_times_become_instants_across_dst() {
        let berlin: Tz = "Europe/Berlin".parse().unwrap();
        let new_york: Tz = "America/New_York".parse().unwrap();
        let cases = [
            // (zone, local, expected UTC)
            (berlin, "2027-01-15 09:00", "2027-01-15 08:00"),
            (berlin, "2027-07-15 09:00", "2027-07-15 07:00"),
            // Spring forward: 02:30 does not exist; it fires when the clock jumps to 03:00.
            (berlin, "2027-03-28 02:30", "2027-03-28 01:00"),
            // Fall back: 02:30 happens twice; the first one counts.
            (berlin, "2027-10-31 02:30", "2027-10-31 00:30"),
            (new_york, "2027-03-14 02:15", "2027-03-14 07:00"),
            (new_york, "2027-11-07 01:30", "2027-11-07 05:30"),
            (berlin, "2028-02-29 09:00", "2028-02-29 08:00"),
        ];
        for (zone, wall, expected) in cases {
            assert_eq!(instant(local(wall), zone), utc(expected), "{wall} in {zone}");
        }
    }

    #[test]
    fn a_task_keeps_its_instant_when_the_user_changes_time_zone() {
        // Due 09:00 in Berlin; the seller flies to New York, where that is 03:00.
        let berlin: Tz = "Europe/Berlin".parse().unwrap();
        let new_york: Tz = "America/New_York".parse().unwrap();
        let due = instant(local("2027-01-15 09:00"), berlin);
        assert_eq!(due.with_timezone(&new_york).naive_local(), local("2027-01-15 03:00"));
        let reminder = fire_at(&ReminderSpec::Before { minutes: 30 }, local("2027-01-15 09:00"), berlin).unwrap();
        assert_eq!(reminder, utc("2027-01-15 07:30"));
        // At 02:00 in New York it is already the 15th there: the task is due today, not overdue.
        let now = utc("2027-01-15 07:00");
        let today_in_new_york = now.with_timezone(&new_york).date_naive();
        assert_eq!(due_group(due.date_naive(), Some(due), now, today_in_new_york), DueGroup::Today);
        // Back in Berlin an hour after it was due, it is overdue.
        let later = utc("2027-01-15 09:00");
        assert_eq!(due_group(due.date_naive(), Some(due), later, later.with_timezone(&berlin).date_naive()), DueGroup::Overdue);
    }

    #[test]
    fn reminders_are_placed_relative_to_the_due_moment() {
        let berlin: Tz = "Europe/Berlin".parse().unwrap();
        let due = local("2027-03-29 09:00"); // the Monday after the spring change
        let cases = [
            (ReminderSpec::Before { minutes: 0 }, "2027-03-29 07:00"),
            (ReminderSpec::Before { minutes: 15 }, "2027-03-29 06:45"),
            // A whole day before is 09:00 on Sunday, still CEST: 07:00 UTC, not 24 hours earlier.
            (ReminderSpec::Before { minutes: 24 * 60 }, "2027-03-28 07:00"),
            // Three days before lands on Friday, still CET.
            (ReminderSpec::Before { minutes: 3 * 24 * 60 }, "2027-03-26 08:00"),
            (ReminderSpec::At { at: "2027-03-20T10:00:00+01:00".into() }, "2027-03-20 09:00"),
        ];
        for (spec, expected) in cases {
            assert_eq!(fire_at(&spec, due, berlin), Some(utc(expected)), "{spec:?}");
        }
    }

    fn pending(id: &str, at: &str) -> PendingReminder {
        PendingReminder { reminder_id: id.into(), task_id: format!("task-{id}"), at: utc(at) }
    }

    #[test]
    fn a_plan_fires_what_is_due_lists_what_was_missed_and_waits_for_the_rest() {
        let now = utc("2027-01-15 09:00");
        let plan = plan(
            [
                pending("on-time", "2027-01-15 09:00"),
                pending("a-little-late", "2027-01-15 08:58"),
                pending("slept-through", "2027-01-15 07:00"),
                pending("later", "2027-01-15 11:00"),
                pending("soon", "2027-01-15 09:10"),
            ],
            now,
        );
        let ids = |list: &[PendingReminder]| list.iter().map(|r| r.reminder_id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&plan.fire), ["on-time", "a-little-late"]);
        assert_eq!(ids(&plan.missed), ["slept-through"]);
        assert_eq!(plan.next_at, Some(utc("2027-01-15 09:10")));
    }

    #[test]
    fn the_scheduler_sleeps_until_the_next_reminder_but_at_most_a_minute() {
        let now = utc("2027-01-15 09:00");
        assert_eq!(sleep_for(Some(now + Duration::seconds(20)), now).as_secs(), 20);
        assert_eq!(sleep_for(Some(now + Duration::hours(5)), now).as_secs(), 60);
        assert_eq!(sleep_for(None, now).as_secs(), 60);
        assert_eq!(sleep_for(Some(now - Duration::seconds(5)), now).as_secs(), 0);
    }

    #[test]
    fn snoozes_end_at_the_expected_moment() {
        let nine = NaiveTime::from_hms_opt(9, 0, 0).unwrap();
        let now = local("2027-01-15 16:40"); // a Friday
        assert_eq!(snooze_until(Snooze::FifteenMinutes, now, nine), local("2027-01-15 16:55"));
        assert_eq!(snooze_until(Snooze::OneHour, now, nine), local("2027-01-15 17:40"));
        assert_eq!(snooze_until(Snooze::TomorrowMorning, now, nine), local("2027-01-16 09:00"));
        assert_eq!(snooze_until(Snooze::NextWeek, now, nine), local("2027-01-18 09:00"));
        let monday = local("2027-01-18 08:00");
        assert_eq!(snooze_until(Snooze::NextWeek, monday, nine), local("2027-01-25 09:00"));
    }

    #[test]
    fn tasks_are_grouped_by_their_day() {
        let now = utc("2027-01-15 12:00");
        let today = NaiveDate::from_ymd_opt(2027, 1, 15).unwrap();
        let day = |d: u32| NaiveDate::from_ymd_opt(2027, 1, d).unwrap();
        assert_eq!(due_group(day(15), None, now, today), DueGroup::Today);
        assert_eq!(due_group(day(14), None, now, today), DueGroup::Overdue);
        assert_eq!(due_group(day(15), Some(utc("2027-01-15 11:00")), now, today), DueGroup::Overdue);
        assert_eq!(due_group(day(15), Some(utc("2027-01-15 13:00")), now, today), DueGroup::Today);
        assert_eq!(due_group(day(22), None, now, today), DueGroup::Upcoming);
        assert_eq!(due_group(day(23), None, now, today), DueGroup::Later);
        assert_eq!(week_start(day(15)), day(11));
    }
}
