//! Tasks as an iCalendar file: all of them, the open ones, a record's, or one; and the calendar
//! file kept up to date on disk for calendar apps that subscribe to a file.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use tandem_domain::task::{Priority, ReminderSpec, Task, TaskKind, TaskStatus};
use tandem_interchange::{write_calendar, CalendarItem, CalendarItemKind, CalendarItemStatus, CalendarTime};
use tandem_store::{local_state, tasks, WriteSource};

use crate::dto::{ExportResult, TaskExport};
use crate::paths::write_whole;
use crate::tasks::Calendar;
use crate::{App, AppError};

const CALENDAR_NAME: &str = "Tandem tasks";
const CALENDAR_FILE: &str = "Tandem tasks.ics";

fn instant(text: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text).ok().map(|t| t.with_timezone(&Utc))
}

/// One task as calendars see it: meetings as events, everything else as to-dos.
fn calendar_item(task: &Task) -> Option<CalendarItem> {
    let day = NaiveDate::parse_from_str(&task.due_date, "%Y-%m-%d").ok()?;
    let when = match chrono::NaiveTime::parse_from_str(&task.due_time, "%H:%M") {
        Ok(time) => CalendarTime::At { local: NaiveDateTime::new(day, time), tz: task.time_zone.clone() },
        Err(_) => CalendarTime::AllDay(day),
    };
    let due_at = instant(&task.due_at);
    let alarms = task
        .reminders
        .iter()
        .filter_map(|spec| match spec {
            ReminderSpec::Before { minutes } => Some(i64::from(*minutes)),
            ReminderSpec::At { at } => Some((due_at? - instant(at)?).num_minutes()),
        })
        .collect();
    let about: Vec<String> = task.links.iter().map(|l| l.name.clone()).collect();
    let description = [task.notes.clone(), if about.is_empty() { String::new() } else { format!("About: {}", about.join(", ")) }]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n");
    Some(CalendarItem {
        uid: task.id.clone(),
        summary: task.title.clone(),
        description: (!description.is_empty()).then_some(description),
        kind: if task.kind == TaskKind::Meeting { CalendarItemKind::Meeting } else { CalendarItemKind::Todo },
        when,
        duration_minutes: None,
        status: match task.status {
            TaskStatus::Open => CalendarItemStatus::Open,
            TaskStatus::Done => {
                CalendarItemStatus::Done { completed_at: task.completed_at.as_deref().and_then(instant).unwrap_or_default() }
            }
            TaskStatus::Cancelled => CalendarItemStatus::Cancelled,
        },
        priority: match task.priority {
            Priority::High => 1,
            Priority::Normal => 5,
            Priority::Low => 9,
        },
        // Occurrences are exported one by one as they exist; a rule too would show each twice.
        rrule: None,
        alarms,
        categories: vec![kind_label(task.kind).to_owned()],
        created: instant(&task.created_at).unwrap_or_default(),
        last_modified: instant(&task.updated_at).unwrap_or_default(),
    })
}

fn kind_label(kind: TaskKind) -> &'static str {
    match kind {
        TaskKind::Todo => "To-do",
        TaskKind::Call => "Call",
        TaskKind::Email => "E-mail",
        TaskKind::Meeting => "Meeting",
    }
}

impl App {
    fn calendar_text(&self, scope: &TaskExport) -> Result<String, AppError> {
        let now = Utc::now();
        let list = self.db()?.read(|conn| {
            let calendar = Calendar::read(conn, now)?;
            let at = calendar.store_now();
            let all = match scope {
                TaskExport::Task { id } => vec![tasks::get(conn, id, at)?],
                TaskExport::Record { id } => tasks::of_record(conn, id, at)?,
                TaskExport::Open | TaskExport::All => tasks::for_export(conn, None, at)?,
            };
            Ok(all.into_iter().filter(|t| !matches!(scope, TaskExport::Open) || t.status == TaskStatus::Open).collect::<Vec<_>>())
        })?;
        let items: Vec<CalendarItem> = list.iter().filter_map(calendar_item).collect();
        Ok(write_calendar(CALENDAR_NAME, &items, now))
    }

    /// Writes the chosen tasks to an `.ics` file in the export folder.
    pub fn export_tasks(&self, scope: TaskExport) -> Result<ExportResult, AppError> {
        let text = self.calendar_text(&scope)?;
        let path = self.paths().write_export(CALENDAR_NAME, "ics", text.as_bytes())?;
        Ok(ExportResult { path: path.display().to_string() })
    }

    /// The calendar file kept up to date on disk, when turned on.
    pub fn calendar_file(&self) -> Option<String> {
        let on = self.db().ok()?.read(|conn| local_state::get(conn, local_state::CALENDAR_FILE)).ok().flatten();
        on.filter(|v| v == "1").map(|_| self.paths().export_dir.join(CALENDAR_FILE).display().to_string())
    }

    /// Turns the kept-up-to-date calendar file on (writing it now) or off (removing it).
    pub fn set_calendar_file(&self, on: bool) -> Result<Option<String>, AppError> {
        self.write(WriteSource::Background, "", |w| {
            Ok(local_state::set(w.conn(), local_state::CALENDAR_FILE, if on { "1" } else { "0" })?)
        })?;
        let path = self.paths().export_dir.join(CALENDAR_FILE);
        if on {
            self.refresh_calendar_file()?;
        } else if path.exists() {
            std::fs::remove_file(&path)?;
        }
        Ok(self.calendar_file())
    }

    /// Rewrites the calendar file (open tasks) if it is on; called after tasks change.
    pub fn refresh_calendar_file(&self) -> Result<(), AppError> {
        let Some(path) = self.calendar_file() else { return Ok(()) };
        std::fs::create_dir_all(&self.paths().export_dir)?;
        Ok(write_whole(std::path::Path::new(&path), self.calendar_text(&TaskExport::Open)?.as_bytes())?)
    }
}
