//! Follow-up tasks: what a seller must do, by when, for whom, and when to be reminded.

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::recurrence;
use crate::text::{Checker, Invalid};

crate::text_enum! {
    #[derive(Default)]
    pub enum TaskKind {
        #[default]
        Todo => "todo",
        Call => "call",
        Email => "email",
        Meeting => "meeting",
    }
}

crate::text_enum! {
    #[derive(Default)]
    pub enum TaskStatus {
        #[default]
        Open => "open",
        Done => "done",
        Cancelled => "cancelled",
    }
}

crate::text_enum! {
    #[derive(Default)]
    pub enum Priority {
        Low => "low",
        #[default]
        Normal => "normal",
        High => "high",
    }
}

/// When to be reminded of a task.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ReminderSpec {
    /// N minutes before the due moment (0 = at due); an all-day task is due at the workday start.
    Before { minutes: u32 },
    /// A fixed moment, RFC 3339.
    At { at: String },
}

/// What a user saves; dates and times are the user's wall clock in `time_zone`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TaskInput {
    pub title: String,
    pub notes: String,
    pub kind: TaskKind,
    pub priority: Priority,
    /// "YYYY-MM-DD".
    pub due_date: String,
    /// "HH:MM", or "" for an all-day task.
    pub due_time: String,
    /// IANA zone the due date and time are in.
    pub time_zone: String,
    pub reminders: Vec<ReminderSpec>,
    /// RFC 5545 RRULE value ("FREQ=WEEKLY;BYDAY=MO"), or "" for a one-off task.
    pub recurrence: String,
    pub owner_id: Option<String>,
    pub contact_ids: Vec<String>,
    pub company_ids: Vec<String>,
    pub deal_ids: Vec<String>,
    /// Seen only by its owner: with team sync, it reaches only the owner's devices.
    #[serde(default)]
    pub private: bool,
}

/// A validated task input with its parsed times.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CleanTask {
    pub input: TaskInput,
    pub due_date: NaiveDate,
    pub due_time: Option<NaiveTime>,
    pub zone: chrono_tz::Tz,
}

pub const MAX_REMINDERS: usize = 5;
/// The furthest ahead a "before" reminder may be: four weeks.
pub const MAX_MINUTES_BEFORE: u32 = 28 * 24 * 60;

impl TaskInput {
    pub fn validate(&self) -> Result<CleanTask, Invalid> {
        let mut c = Checker::default();
        let title = c.text("title", "Title", &self.title, 300, false);
        if title.is_empty() {
            c.fail("title", "Write what needs doing, e.g. 'Call Ada about the renewal'.");
        }
        let notes = c.text("notes", "Notes", &self.notes, 20_000, true);
        let due_date = NaiveDate::parse_from_str(self.due_date.trim(), "%Y-%m-%d").ok();
        if due_date.is_none() {
            c.fail("due_date", format!("'{}' is not a date (expected YYYY-MM-DD).", self.due_date.trim()));
        }
        let due_time = match self.due_time.trim() {
            "" => None,
            text => {
                let time = NaiveTime::parse_from_str(text, "%H:%M").ok();
                if time.is_none() {
                    c.fail("due_time", format!("'{text}' is not a time (expected HH:MM, 24-hour)."));
                }
                time
            }
        };
        let zone = self.time_zone.trim().parse::<chrono_tz::Tz>().ok();
        if zone.is_none() {
            c.fail("time_zone", format!("'{}' is not a time zone (expected e.g. Europe/Berlin).", self.time_zone.trim()));
        }
        if self.reminders.len() > MAX_REMINDERS {
            c.fail("reminders", format!("A task has at most {MAX_REMINDERS} reminders."));
        }
        let mut reminders = Vec::new();
        for reminder in &self.reminders {
            match reminder {
                ReminderSpec::Before { minutes } if *minutes > MAX_MINUTES_BEFORE => {
                    c.fail("reminders", "A reminder is at most 4 weeks before the due date.");
                }
                ReminderSpec::At { at } if chrono::DateTime::parse_from_rfc3339(at.trim()).is_err() => {
                    c.fail("reminders", format!("'{}' is not a date and time.", at.trim()));
                }
                ReminderSpec::At { at } => reminders.push(ReminderSpec::At { at: at.trim().to_owned() }),
                before => reminders.push(before.clone()),
            }
        }
        reminders.dedup();
        let recurrence = self.recurrence.trim().trim_start_matches("RRULE:").to_owned();
        if let (false, Some(date)) = (recurrence.is_empty(), due_date) {
            if let Err(message) = recurrence::check(&recurrence, date) {
                c.fail("recurrence", message);
            }
        }
        let ids = |ids: &[String]| {
            let mut ids: Vec<String> = ids.iter().map(|id| id.trim().to_owned()).filter(|id| !id.is_empty()).collect();
            ids.sort();
            ids.dedup();
            ids
        };
        let input = TaskInput {
            title,
            notes,
            kind: self.kind,
            priority: self.priority,
            due_date: self.due_date.trim().to_owned(),
            due_time: due_time.map(|t| t.format("%H:%M").to_string()).unwrap_or_default(),
            time_zone: self.time_zone.trim().to_owned(),
            reminders,
            recurrence,
            owner_id: self.owner_id.clone().filter(|id| !id.trim().is_empty()),
            contact_ids: ids(&self.contact_ids),
            company_ids: ids(&self.company_ids),
            deal_ids: ids(&self.deal_ids),
            private: self.private,
        };
        if input.private && input.owner_id.is_none() {
            c.fail("private", "A private task needs an owner: only they see it.");
        }
        match (due_date, zone) {
            (Some(due_date), Some(zone)) => c.finish(CleanTask { input, due_date, due_time, zone }),
            _ => Err(c.finish(()).expect_err("a missing date or zone was reported")),
        }
    }
}

/// A record a task is about, with its name for display.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TaskLink {
    /// "contacts", "companies" or "deals".
    pub record_table: String,
    pub record_id: String,
    pub name: String,
}

/// A task as the app shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Task {
    pub id: String,
    pub title: String,
    pub notes: String,
    pub kind: TaskKind,
    pub priority: Priority,
    pub status: TaskStatus,
    pub due_date: String,
    pub due_time: String,
    pub time_zone: String,
    /// RFC 3339 instant of the due moment (an all-day task: the workday start).
    pub due_at: String,
    pub group: crate::reminder::DueGroup,
    /// The series' rule when the task repeats, else "".
    pub recurrence: String,
    pub series_id: Option<String>,
    pub reminders: Vec<ReminderSpec>,
    pub snoozed_until: Option<String>,
    pub owner_id: Option<String>,
    pub owner_name: String,
    pub links: Vec<TaskLink>,
    pub completed_at: Option<String>,
    pub enrollment_id: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    pub private: bool,
}

impl Task {
    /// The input that saves this task unchanged: what an edit form starts from.
    pub fn to_input(&self) -> TaskInput {
        let ids = |table: &str| self.links.iter().filter(|l| l.record_table == table).map(|l| l.record_id.clone()).collect();
        TaskInput {
            title: self.title.clone(),
            notes: self.notes.clone(),
            kind: self.kind,
            priority: self.priority,
            due_date: self.due_date.clone(),
            due_time: self.due_time.clone(),
            time_zone: self.time_zone.clone(),
            reminders: self.reminders.clone(),
            recurrence: self.recurrence.clone(),
            owner_id: self.owner_id.clone(),
            contact_ids: ids("contacts"),
            company_ids: ids("companies"),
            deal_ids: ids("deals"),
            private: self.private,
        }
    }
}

/// How a user changes a recurring task.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum EditScope {
    /// Only this occurrence; the next one follows the series as it was.
    ThisOne,
    /// This occurrence and every later one.
    AllFollowing,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> TaskInput {
        TaskInput {
            title: " Call Ada ".into(),
            notes: String::new(),
            kind: TaskKind::Call,
            priority: Priority::High,
            due_date: "2026-12-03".into(),
            due_time: "09:30".into(),
            time_zone: "Europe/Berlin".into(),
            reminders: vec![ReminderSpec::Before { minutes: 15 }, ReminderSpec::Before { minutes: 15 }],
            recurrence: String::new(),
            owner_id: Some(String::new()),
            contact_ids: vec!["b".into(), "a".into(), "a".into(), " ".into()],
            company_ids: vec![],
            deal_ids: vec![],
            private: false,
        }
    }

    #[test]
    fn a_private_task_needs_an_owner() {
        let unowned = TaskInput { private: true, owner_id: None, ..input() };
        assert_eq!(unowned.validate().unwrap_err().0[0].field, "private");
        let owned = TaskInput { private: true, owner_id: Some("m1".into()), ..input() };
        assert!(owned.validate().unwrap().input.private);
    }

    #[test]
    fn a_valid_task_is_trimmed_and_its_links_deduplicated() {
        let clean = input().validate().unwrap();
        assert_eq!(clean.input.title, "Call Ada");
        assert_eq!(clean.input.contact_ids, ["a", "b"]);
        assert_eq!(clean.input.reminders.len(), 1);
        assert_eq!(clean.input.owner_id, None);
        assert_eq!(clean.due_time, NaiveTime::from_hms_opt(9, 30, 0));
    }

    #[test]
    fn each_bad_field_is_named() {
        let bad = TaskInput {
            title: " ".into(),
            due_date: "3/12".into(),
            due_time: "25:00".into(),
            time_zone: "Mars/Olympus".into(),
            recurrence: "FREQ=SOMETIMES".into(),
            reminders: vec![ReminderSpec::Before { minutes: MAX_MINUTES_BEFORE + 1 }],
            ..input()
        };
        let fields: Vec<String> = bad.validate().unwrap_err().0.into_iter().map(|e| e.field).collect();
        assert_eq!(fields, ["title", "due_date", "due_time", "time_zone", "reminders"]);
        let rule = TaskInput { recurrence: "FREQ=SOMETIMES".into(), ..input() };
        assert_eq!(rule.validate().unwrap_err().0[0].field, "recurrence");
    }
}
