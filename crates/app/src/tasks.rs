//! Task commands: create, edit (this one or all following), complete, snooze, reschedule; the
//! Today view and a record's tasks. Repeating tasks get their next occurrence when one closes.

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use tandem_domain::recurrence;
use tandem_domain::reminder::{self, DueGroup, Snooze};
use tandem_domain::task::{CleanTask, EditScope, ReminderSpec, Task, TaskInput, TaskKind, TaskStatus};
use tandem_domain::when::{self, When, WhenContext};
use tandem_store::tasks::{self, Now, Origin, Placement};
use tandem_store::{settings, tables, StoreError, WriteSource, Writer};

use crate::dto::{MissedReminder, SnoozeUntil, TodayView, WhenPreview};
use crate::{App, AppError, ErrorCode};

/// The most tasks one Today group lists; the view says how many more there are.
const TODAY_LIMIT: u32 = 500;
const OCCURRENCE_FORMAT: &str = "%Y-%m-%dT%H:%M";

/// The clock and calendar a command runs in: the workspace's zone and workday start.
pub(crate) struct Calendar {
    pub now: DateTime<Utc>,
    pub zone: chrono_tz::Tz,
    pub workday_start: NaiveTime,
    pub locale: String,
}

impl Calendar {
    pub fn read(conn: &rusqlite::Connection, now: DateTime<Utc>) -> Result<Calendar, StoreError> {
        let settings = settings::get(conn)?;
        Ok(Calendar {
            now,
            zone: settings.time_zone.parse().unwrap_or(chrono_tz::UTC),
            workday_start: NaiveTime::parse_from_str(&settings.workday_start, "%H:%M")
                .unwrap_or(NaiveTime::from_hms_opt(9, 0, 0).expect("09:00")),
            locale: settings.locale,
        })
    }

    pub fn local_now(&self) -> NaiveDateTime {
        self.now.with_timezone(&self.zone).naive_local()
    }

    pub fn today(&self) -> NaiveDate {
        self.local_now().date()
    }

    pub fn store_now(&self) -> Now {
        Now { at: self.now, today: self.today() }
    }

    /// An all-day task due on `due`, in the workspace's zone.
    pub fn all_day(&self, title: &str, kind: TaskKind, due: NaiveDate) -> TaskInput {
        TaskInput { title: title.into(), kind, due_date: due.to_string(), time_zone: self.zone.name().to_owned(), ..TaskInput::default() }
    }
}

/// Where a validated task's due moment and reminders fall.
pub(crate) fn placed(clean: &CleanTask, calendar: &Calendar) -> (String, Vec<(ReminderSpec, String)>) {
    let due = reminder::due_local(clean.due_date, clean.due_time, calendar.workday_start);
    let due_at = reminder::instant(due, clean.zone).to_rfc3339();
    let reminders = clean
        .input
        .reminders
        .iter()
        .filter_map(|spec| Some((spec.clone(), reminder::fire_at(spec, due, clean.zone)?.to_rfc3339())))
        .collect();
    (due_at, reminders)
}

fn occurrence_text(clean: &CleanTask) -> String {
    clean.due_date.and_time(clean.due_time.unwrap_or(NaiveTime::MIN)).format(OCCURRENCE_FORMAT).to_string()
}

fn parse_occurrence(text: &str) -> Option<NaiveDateTime> {
    NaiveDateTime::parse_from_str(text, OCCURRENCE_FORMAT).ok()
}

impl App {
    pub(crate) fn calendar(&self) -> Result<Calendar, AppError> {
        Ok(self.db()?.read(|conn| Calendar::read(conn, Utc::now()))?)
    }

    pub fn get_task(&self, id: &str) -> Result<Task, AppError> {
        let calendar = self.calendar()?;
        Ok(self.db()?.read(|conn| tasks::get(conn, id, calendar.store_now()))?)
    }

    /// Only one's own task can be private: it reaches only its owner's devices.
    fn check_private(&self, input: &TaskInput) -> Result<(), AppError> {
        if !input.private {
            return Ok(());
        }
        let me = self.db()?.read(|c| tandem_store::local_state::get(c, tandem_store::local_state::PROFILE_MEMBER))?;
        if input.owner_id.is_none() || input.owner_id != me {
            return Err(tandem_domain::Invalid::new("private", "Only your own tasks can be private: assign it to yourself first.").into());
        }
        Ok(())
    }

    pub fn create_task(&self, input: TaskInput) -> Result<Task, AppError> {
        let clean = input.validate()?;
        self.check_private(&clean.input)?;
        let calendar = self.calendar()?;
        let id =
            self.write(WriteSource::User, &format!("New task {}", clean.input.title), |w| write_new_task(w, &clean, &calendar, None))?;
        self.get_task(&id)
    }

    pub fn update_task(&self, id: &str, input: TaskInput, scope: EditScope) -> Result<Task, AppError> {
        let clean = input.validate()?;
        self.check_private(&clean.input)?;
        let calendar = self.calendar()?;
        self.write(WriteSource::User, &format!("Edit of task {}", clean.input.title), |w| {
            let (series_id, occurrence) = tasks::occurrence_of(w.conn(), id)?;
            let (due_at, reminders) = placed(&clean, &calendar);
            let armed_at = calendar.now.to_rfc3339();
            tasks::update(w, id, &clean.input, &Placement { due_at: &due_at, armed_at: &armed_at, reminders: &reminders })?;
            match (series_id, scope) {
                (None, _) if !clean.input.recurrence.is_empty() => start_series(w, id, &clean),
                (None, _) | (Some(_), EditScope::ThisOne) => Ok(()),
                (Some(series_id), EditScope::AllFollowing) => edit_series(w, id, &series_id, &occurrence, &clean),
            }
        })?;
        self.get_task(id)
    }

    /// Marks a task done; a repeating task's next occurrence is returned.
    pub fn complete_task(&self, id: &str) -> Result<Option<Task>, AppError> {
        self.close_task(id, TaskStatus::Done, "Completed a task")
    }

    /// Cancels a task (a repeating one moves on to its next occurrence).
    pub fn cancel_task(&self, id: &str) -> Result<Option<Task>, AppError> {
        self.close_task(id, TaskStatus::Cancelled, "Cancelled a task")
    }

    fn close_task(&self, id: &str, status: TaskStatus, description: &str) -> Result<Option<Task>, AppError> {
        let calendar = self.calendar()?;
        let next = self.write(WriteSource::User, description, |w| {
            tasks::set_status(w, id, status)?;
            next_occurrence(w, id, &calendar)
        })?;
        next.map(|next| self.get_task(&next)).transpose()
    }

    pub fn reopen_task(&self, id: &str) -> Result<Task, AppError> {
        self.write(WriteSource::User, "Reopened a task", |w| Ok(tasks::set_status(w, id, TaskStatus::Open)?))?;
        self.get_task(id)
    }

    /// Moves a task to the Trash; a repeating task's series ends with it (cancelling skips one).
    pub fn delete_task(&self, id: &str) -> Result<(), AppError> {
        self.write(WriteSource::User, "Delete of a task", |w| {
            if let (Some(series_id), _) = tasks::occurrence_of(w.conn(), id)? {
                tasks::end_series(w, &series_id)?;
            }
            Ok(w.soft_delete(&tables::TASKS, id)?)
        })
    }

    pub fn snooze_task(&self, id: &str, until: SnoozeUntil) -> Result<Task, AppError> {
        let calendar = self.calendar()?;
        let until = match until {
            SnoozeUntil::Choice { choice } => {
                reminder::instant(reminder::snooze_until(choice, calendar.local_now(), calendar.workday_start), calendar.zone)
            }
            SnoozeUntil::At { at } => DateTime::parse_from_rfc3339(at.trim())
                .map_err(|_| AppError::new(ErrorCode::Validation, format!("'{at}' is not a date and time.")))?
                .with_timezone(&Utc),
        };
        if until <= calendar.now {
            return Err(AppError::new(ErrorCode::Validation, "Snooze until a moment in the future."));
        }
        self.write(WriteSource::User, "Snoozed a task", |w| Ok(tasks::snooze(w, id, until)?))?;
        self.get_task(id)
    }

    /// Snoozes from a notification's button: fifteen minutes.
    pub fn snooze_task_briefly(&self, id: &str) -> Result<Task, AppError> {
        self.snooze_task(id, SnoozeUntil::Choice { choice: Snooze::FifteenMinutes })
    }

    /// Moves a task to a new day and time ("" = all day), keeping everything else.
    pub fn reschedule_task(&self, id: &str, due_date: &str, due_time: &str) -> Result<Task, AppError> {
        let task = self.get_task(id)?;
        let input = TaskInput { due_date: due_date.to_owned(), due_time: due_time.to_owned(), ..task.to_input() };
        self.update_task(id, input, EditScope::ThisOne)
    }

    /// Open tasks due up to a week ahead, grouped; snoozed ones apart; missed reminders on top.
    /// Each group is read on its own, so a long overdue list never crowds out today's tasks.
    pub fn today(&self) -> Result<TodayView, AppError> {
        let calendar = self.calendar()?;
        let midnight = |days: u64| {
            reminder::instant((calendar.today() + chrono::Days::new(days)).and_time(NaiveTime::MIN), calendar.zone).to_rfc3339()
        };
        let (today_starts, tomorrow_starts, horizon) = (midnight(0), midnight(1), midnight(8));
        let now = calendar.store_now();
        let (listed, total) = self.db()?.read(|conn| {
            let mut listed = tasks::open_due_between(conn, None, &today_starts, TODAY_LIMIT, now)?;
            listed.extend(tasks::open_due_between(conn, Some(&today_starts), &tomorrow_starts, TODAY_LIMIT, now)?);
            listed.extend(tasks::open_due_between(conn, Some(&tomorrow_starts), &horizon, TODAY_LIMIT, now)?);
            Ok((listed, tasks::count_open_due_before(conn, &horizon)?))
        })?;
        let mut view = TodayView { total, missed: self.missed_reminders()?, ..TodayView::default() };
        let now = calendar.now.to_rfc3339();
        for task in listed {
            let group = if task.snoozed_until.as_deref().is_some_and(|until| until > now.as_str()) {
                &mut view.snoozed
            } else {
                match task.group {
                    DueGroup::Overdue => &mut view.overdue,
                    DueGroup::Today => &mut view.today,
                    DueGroup::Upcoming | DueGroup::Later => &mut view.upcoming,
                }
            };
            group.push(task);
        }
        view.listed = (view.overdue.len() + view.today.len() + view.upcoming.len() + view.snoozed.len()) as u32;
        Ok(view)
    }

    /// How many open tasks are overdue or due today: the tray's count.
    pub fn due_count(&self) -> Result<u32, AppError> {
        let calendar = self.calendar()?;
        let tomorrow = reminder::instant((calendar.today() + chrono::Days::new(1)).and_time(NaiveTime::MIN), calendar.zone).to_rfc3339();
        Ok(self.db()?.read(|conn| tasks::count_open_due_before(conn, &tomorrow))?)
    }

    /// The tasks linked to a contact, company or deal.
    pub fn record_tasks(&self, record_id: &str) -> Result<Vec<Task>, AppError> {
        let calendar = self.calendar()?;
        Ok(self.db()?.read(|conn| tasks::of_record(conn, record_id, calendar.store_now()))?)
    }

    pub fn missed_reminders(&self) -> Result<Vec<MissedReminder>, AppError> {
        let calendar = self.calendar()?;
        Ok(self.db()?.read(|conn| {
            tasks::missed(conn)?
                .into_iter()
                .map(|missed| {
                    let task = tasks::get(conn, &missed.task_id, calendar.store_now())?;
                    Ok(MissedReminder { delivery_id: missed.delivery_id, due_at: missed.due_at, task })
                })
                .collect()
        })?)
    }

    pub fn acknowledge_reminder(&self, delivery_id: &str) -> Result<(), AppError> {
        self.write(WriteSource::User, "Dismissed a missed reminder", |w| Ok(tasks::acknowledge(w, delivery_id)?))
    }

    /// Reads a typed date ("fri 10am", "in 3 days", "3/12") in the workspace's locale and zone.
    pub fn parse_when(&self, text: &str) -> Result<WhenPreview, AppError> {
        let calendar = self.calendar()?;
        let ctx = WhenContext {
            now: calendar.local_now(),
            order: when::date_order_for_locale(&calendar.locale),
            default_time: calendar.workday_start,
        };
        Ok(match when::parse_when(text, &ctx) {
            Ok(When::Day(day)) => WhenPreview { due_date: day.to_string(), due_time: String::new(), error: String::new() },
            Ok(When::At(at)) => {
                WhenPreview { due_date: at.date().to_string(), due_time: at.format("%H:%M").to_string(), error: String::new() }
            }
            Err(err) => WhenPreview { due_date: String::new(), due_time: String::new(), error: err.to_string() },
        })
    }
}

/// Writes a new task (and its series when it repeats); returns its id.
pub(crate) fn write_new_task(
    w: &mut Writer,
    clean: &CleanTask,
    calendar: &Calendar,
    enrollment_id: Option<&str>,
) -> Result<String, AppError> {
    let (due_at, reminders) = placed(clean, calendar);
    let armed_at = calendar.now.to_rfc3339();
    let placement = Placement { due_at: &due_at, armed_at: &armed_at, reminders: &reminders };
    let mut origin = Origin { enrollment_id: enrollment_id.map(str::to_owned), ..Origin::default() };
    let id = if clean.input.recurrence.is_empty() {
        tandem_store::new_id()
    } else {
        let series_id = tandem_store::new_id();
        let starts = occurrence_text(clean);
        tasks::save_series(w, &series_id, &clean.input, &starts, true)?;
        let id = recurrence::occurrence_id(&series_id, parse_occurrence(&starts).expect("formatted above"));
        origin.series_id = Some(series_id);
        origin.occurrence = starts;
        id
    };
    tasks::create(w, &id, &clean.input, &placement, &origin)?;
    Ok(id)
}

/// A one-off task given a repeat rule becomes the first occurrence of a new series.
fn start_series(w: &mut Writer, task_id: &str, clean: &CleanTask) -> Result<(), AppError> {
    let series_id = tandem_store::new_id();
    let starts = occurrence_text(clean);
    tasks::save_series(w, &series_id, &clean.input, &starts, true)?;
    w.set(&tables::TASKS, task_id, &[("series_id", series_id.into()), ("occurrence", starts.into())])?;
    Ok(())
}

/// "All following": the series restarts at this occurrence with the new values; an emptied
/// rule ends it, leaving this task on its own.
fn edit_series(w: &mut Writer, task_id: &str, series_id: &str, occurrence: &str, clean: &CleanTask) -> Result<(), AppError> {
    let Some(old) = tasks::series(w.conn(), series_id)? else { return Ok(()) };
    if clean.input.recurrence.is_empty() {
        tasks::end_series(w, series_id)?;
        return Ok(tasks::detach_from_series(w, task_id)?);
    }
    let starts = occurrence_text(clean);
    let mut input = clean.input.clone();
    if let (true, Some(old_start), Some(new_start)) =
        (input.recurrence == old.input.recurrence, parse_occurrence(&old.starts), parse_occurrence(&starts))
    {
        let slot = parse_occurrence(occurrence).unwrap_or(new_start);
        input.recurrence = recurrence::restart(&input.recurrence, old_start, slot);
    }
    tasks::save_series(w, series_id, &input, &starts, false)?;
    w.set(&tables::TASKS, task_id, &[("occurrence", starts.into())])?;
    Ok(())
}

/// Creates the occurrence after task `id` in its series (if any and not made already by another
/// device: its id is derived from the series and the slot). Returns its id.
fn next_occurrence(w: &mut Writer, id: &str, calendar: &Calendar) -> Result<Option<String>, AppError> {
    let (Some(series_id), occurrence) = tasks::occurrence_of(w.conn(), id)? else { return Ok(None) };
    let Some(series) = tasks::series(w.conn(), &series_id)? else { return Ok(None) };
    let (Some(starts), Some(current)) = (parse_occurrence(&series.starts), parse_occurrence(&occurrence)) else { return Ok(None) };
    let Some(next) = recurrence::next_after(&series.input.recurrence, starts, current) else { return Ok(None) };
    let next_id = recurrence::occurrence_id(&series_id, next);
    if tasks::exists(w.conn(), &next_id)? {
        return Ok(Some(next_id));
    }
    let input = TaskInput { due_date: next.date().to_string(), ..series.input };
    let clean = input.validate()?;
    let (due_at, reminders) = placed(&clean, calendar);
    let armed_at = calendar.now.to_rfc3339();
    let placement = Placement { due_at: &due_at, armed_at: &armed_at, reminders: &reminders };
    let origin = Origin { series_id: Some(series_id), occurrence: next.format(OCCURRENCE_FORMAT).to_string(), enrollment_id: None };
    tasks::create(w, &next_id, &clean.input, &placement, &origin)?;
    Ok(Some(next_id))
}
