//! Follow-up tasks: the Today view, repeating tasks, snoozes, and the reminder scheduler on a
//! controllable clock.

use std::sync::{Arc, Mutex};

use chrono::{DateTime, Days, Duration, Utc};
use tandem_app::dto::{SnoozeUntil, WorkspaceChoice};
use tandem_app::reminders::{Clock, ReminderNotice, ReminderSink};
use tandem_app::{App, DataPaths, ErrorCode};
use tandem_domain::activity::TimelineEntry;
use tandem_domain::reminder::Snooze;
use tandem_domain::task::{EditScope, ReminderSpec, TaskInput, TaskKind, TaskStatus};

use crate::support::{person, workspace};

fn task(title: &str, due: chrono::NaiveDate, time: &str) -> TaskInput {
    TaskInput {
        title: title.into(),
        kind: TaskKind::Call,
        due_date: due.to_string(),
        due_time: time.into(),
        time_zone: "UTC".into(),
        ..TaskInput::default()
    }
}

fn today() -> chrono::NaiveDate {
    Utc::now().date_naive()
}

#[test]
fn the_today_view_groups_open_tasks_by_when_they_are_due() {
    let ws = workspace(WorkspaceChoice::Empty);
    let app = &ws.app;
    let contact = app.create_contact(person("Ada", "Lovelace", "ada@acme.com", "Acme")).unwrap();
    let mut call = task("Call Ada about the renewal", today() - Days::new(1), "10:00");
    call.contact_ids = vec![contact.id.clone()];
    let overdue = app.create_task(call).unwrap();
    let due_today = app.create_task(task("Send the proposal", today(), "")).unwrap();
    let upcoming = app.create_task(task("Check in", today() + Days::new(3), "")).unwrap();
    app.create_task(task("Quarterly review", today() + Days::new(30), "")).unwrap();
    let done = app.create_task(task("Already done", today(), "")).unwrap();
    app.complete_task(&done.id).unwrap();

    let view = app.today().unwrap();
    let titles = |list: &[tandem_domain::task::Task]| list.iter().map(|t| t.title.clone()).collect::<Vec<_>>();
    assert_eq!(titles(&view.overdue), [overdue.title.as_str()]);
    assert_eq!(titles(&view.today), [due_today.title.as_str()]);
    assert_eq!(titles(&view.upcoming), [upcoming.title.as_str()]);
    assert_eq!((view.total, view.listed), (3, 3));
    assert_eq!(view.overdue[0].links[0].name, "Ada Lovelace");
    assert_eq!(app.due_count().unwrap(), 2);

    // The task shows on the contact it is linked to, and on its timeline; a snooze hides it from its group.
    assert_eq!(titles(&app.record_tasks(&contact.id).unwrap()), [overdue.title.as_str()]);
    let timeline = app.timeline("contacts", &contact.id).unwrap();
    assert!(
        timeline.iter().any(|e| matches!(e, TimelineEntry::Task { title, status: TaskStatus::Open, .. } if *title == overdue.title)),
        "{timeline:?}"
    );
    app.snooze_task(&overdue.id, SnoozeUntil::Choice { choice: Snooze::OneHour }).unwrap();
    let view = app.today().unwrap();
    assert!(view.overdue.is_empty());
    assert_eq!(titles(&view.snoozed), [overdue.title.as_str()]);
}

#[test]
fn a_bad_task_names_each_wrong_field() {
    let ws = workspace(WorkspaceChoice::Empty);
    let mut bad = task("", today(), "25:00");
    bad.recurrence = "FREQ=HOURLY".into();
    let err = ws.app.create_task(bad).unwrap_err();
    assert_eq!(err.code, ErrorCode::Validation);
    let fields: Vec<&str> = err.fields.iter().map(|f| f.field.as_str()).collect();
    assert_eq!(fields, ["title", "due_time", "recurrence"]);
    let past =
        ws.app.snooze_task(&ws.app.create_task(task("x", today(), "")).unwrap().id, SnoozeUntil::At { at: "2001-01-01T00:00:00Z".into() });
    assert_eq!(past.unwrap_err().code, ErrorCode::Validation);
}

#[test]
fn completing_a_repeating_task_creates_its_next_occurrence_once() {
    let ws = workspace(WorkspaceChoice::Empty);
    let app = &ws.app;
    let monday = chrono::NaiveDate::from_ymd_opt(2027, 1, 4).unwrap();
    let mut weekly = task("Pipeline review", monday, "09:00");
    weekly.recurrence = "FREQ=WEEKLY;BYDAY=MO;COUNT=3".into();
    weekly.reminders = vec![ReminderSpec::Before { minutes: 15 }];
    let first = app.create_task(weekly).unwrap();
    assert_eq!(first.recurrence, "FREQ=WEEKLY;BYDAY=MO;COUNT=3");

    let second = app.complete_task(&first.id).unwrap().expect("a next occurrence");
    assert_eq!((second.due_date.as_str(), second.due_time.as_str()), ("2027-01-11", "09:00"));
    assert_eq!(second.reminders, [ReminderSpec::Before { minutes: 15 }]);
    assert_eq!(second.series_id, first.series_id);
    // Reopening and completing again finds the same next occurrence instead of a second one.
    app.reopen_task(&first.id).unwrap();
    assert_eq!(app.complete_task(&first.id).unwrap().unwrap().id, second.id);

    // Cancelling moves on too; after three occurrences the series ends.
    let third = app.cancel_task(&second.id).unwrap().unwrap();
    assert_eq!(third.due_date, "2027-01-18");
    assert_eq!(app.complete_task(&third.id).unwrap(), None);
    assert_eq!(app.get_task(&first.id).unwrap().status, TaskStatus::Done);
}

#[test]
fn editing_this_one_leaves_the_series_and_all_following_changes_it() {
    let ws = workspace(WorkspaceChoice::Empty);
    let app = &ws.app;
    let monday = chrono::NaiveDate::from_ymd_opt(2027, 1, 4).unwrap();
    let mut weekly = task("Pipeline review", monday, "09:00");
    weekly.recurrence = "FREQ=WEEKLY;BYDAY=MO".into();
    let first = app.create_task(weekly).unwrap();

    // This one only: moved to Tuesday with a new title; the next is still Monday's review.
    let moved = TaskInput { title: "Pipeline review (moved)".into(), due_date: "2027-01-05".into(), ..first.to_input() };
    app.update_task(&first.id, moved, EditScope::ThisOne).unwrap();
    let second = app.complete_task(&first.id).unwrap().unwrap();
    assert_eq!((second.title.as_str(), second.due_date.as_str()), ("Pipeline review", "2027-01-11"));

    // All following: from the second one on, the review is at 10:00 on Wednesdays.
    let mut changed = second.to_input();
    changed.due_date = "2027-01-13".into();
    changed.due_time = "10:00".into();
    changed.recurrence = "FREQ=WEEKLY;BYDAY=WE".into();
    app.update_task(&second.id, changed, EditScope::AllFollowing).unwrap();
    let third = app.complete_task(&second.id).unwrap().unwrap();
    assert_eq!((third.due_date.as_str(), third.due_time.as_str()), ("2027-01-20", "10:00"));

    // Emptying the rule for all following ends the series.
    let once = TaskInput { recurrence: String::new(), ..third.to_input() };
    app.update_task(&third.id, once, EditScope::AllFollowing).unwrap();
    assert_eq!(app.complete_task(&third.id).unwrap(), None);

    // Deleting an occurrence ends its series too; Undo brings both back.
    let mut daily = task("Stand-up notes", monday, "09:00");
    daily.recurrence = "FREQ=DAILY".into();
    let standup = app.create_task(daily).unwrap();
    app.delete_task(&standup.id).unwrap();
    app.undo().unwrap();
    assert_eq!(app.complete_task(&standup.id).unwrap().unwrap().due_date, "2027-01-05");
}

#[test]
fn typed_dates_are_read_in_the_workspace_locale() {
    let ws = workspace(WorkspaceChoice::Empty);
    let preview = ws.app.parse_when("in 3 days").unwrap();
    assert_eq!((preview.due_date, preview.due_time, preview.error), ((today() + Days::new(3)).to_string(), String::new(), String::new()));
    let at = ws.app.parse_when("tomorrow 9am").unwrap();
    assert_eq!((at.due_date, at.due_time), ((today() + Days::new(1)).to_string(), "09:00".to_string()));
    assert!(ws.app.parse_when("fri 25pm").unwrap().error.contains("25 is not an hour"));
}

/// A clock that starts at a real instant and advances with tokio's (paused) time.
struct TestClock {
    base: DateTime<Utc>,
    start: tokio::time::Instant,
}

impl Clock for TestClock {
    fn now(&self) -> DateTime<Utc> {
        self.base + Duration::from_std(self.start.elapsed()).unwrap()
    }
}

#[derive(Default)]
struct Recorded {
    fired: Mutex<Vec<(ReminderNotice, DateTime<Utc>)>>,
    missed: Mutex<Vec<ReminderNotice>>,
    clock: Mutex<Option<Arc<TestClock>>>,
}

impl ReminderSink for Recorded {
    fn remind(&self, notice: ReminderNotice) {
        let now = self.clock.lock().unwrap().as_ref().unwrap().now();
        self.fired.lock().unwrap().push((notice, now));
    }
    fn missed(&self, notices: Vec<ReminderNotice>) {
        self.missed.lock().unwrap().extend(notices);
    }
}

fn reminder_at(app: &App, title: &str, at: DateTime<Utc>) -> String {
    let mut input = task(title, at.date_naive(), &at.format("%H:%M").to_string());
    input.reminders = vec![ReminderSpec::At { at: at.to_rfc3339() }];
    app.create_task(input).unwrap().id
}

#[tokio::test(start_paused = true)]
async fn the_scheduler_fires_each_reminder_once_at_its_instant_and_reports_missed_ones_after_a_restart() {
    let ws = workspace(WorkspaceChoice::Empty);
    let base = Utc::now();
    let clock = Arc::new(TestClock { base, start: tokio::time::Instant::now() });
    let sink = Arc::new(Recorded::default());
    *sink.clock.lock().unwrap() = Some(clock.clone());
    let contact = ws.app.create_contact(person("Ada", "Lovelace", "ada@acme.com", "Acme")).unwrap();
    let soon = base + Duration::seconds(90);
    let mut call = task("Call Ada", soon.date_naive(), &soon.format("%H:%M").to_string());
    call.reminders = vec![ReminderSpec::At { at: soon.to_rfc3339() }];
    call.contact_ids = vec![contact.id.clone()];
    ws.app.create_task(call).unwrap();

    let scheduler = tokio::spawn(ws.app.clone().run_reminders(sink.clone(), clock.clone()));
    tokio::time::sleep(std::time::Duration::from_secs(100)).await;
    {
        let fired = sink.fired.lock().unwrap();
        assert_eq!(fired.len(), 1);
        let (notice, at) = &fired[0];
        assert_eq!(notice.title, "Call Ada");
        assert!(notice.body.contains("Ada Lovelace"), "{}", notice.body);
        assert!(*at >= soon && *at - soon < Duration::seconds(1), "fired {} after its instant", *at - soon);
    }
    // Between reminders it wakes at most once a minute.
    let wakes = ws.app.reminder_wakes();
    tokio::time::sleep(std::time::Duration::from_secs(600)).await;
    assert!(ws.app.reminder_wakes() - wakes <= 11, "{} wakes in 10 minutes", ws.app.reminder_wakes() - wakes);

    // A task added while it sleeps wakes it; its reminder fires on time, once.
    let added = clock.now() + Duration::seconds(20);
    reminder_at(&ws.app, "Send the quote", added);
    tokio::time::sleep(std::time::Duration::from_secs(120)).await;
    assert_eq!(sink.fired.lock().unwrap().iter().map(|(n, _)| n.title.as_str()).collect::<Vec<_>>(), ["Call Ada", "Send the quote"]);
    assert!(sink.missed.lock().unwrap().is_empty());

    // Tandem closes; a reminder comes due while it is closed; it starts again later.
    scheduler.abort();
    let closed_at = clock.now();
    reminder_at(&ws.app, "Follow up with Grace", closed_at + Duration::minutes(30));
    let reopened = App::open(DataPaths::at(ws.dir.path(), ws.dir.path().join("exports")));
    let later = closed_at + Duration::hours(2);
    let first_pass = reopened.deliver_reminders(later, None).unwrap();
    assert!(first_pass.fired.is_empty());
    assert_eq!(first_pass.missed.iter().map(|n| n.title.as_str()).collect::<Vec<_>>(), ["Follow up with Grace"]);
    let missed = reopened.missed_reminders().unwrap();
    assert_eq!(missed.len(), 1);
    // Never twice: the next start finds nothing new, and a dismissed one is gone.
    let again = reopened.deliver_reminders(later + Duration::minutes(1), None).unwrap();
    assert!(again.fired.is_empty() && again.missed.is_empty());
    reopened.acknowledge_reminder(&missed[0].delivery_id).unwrap();
    assert!(reopened.missed_reminders().unwrap().is_empty());
}

#[test]
fn a_snoozed_task_is_reminded_again_when_the_snooze_ends() {
    let ws = workspace(WorkspaceChoice::Empty);
    let app = &ws.app;
    let now = Utc::now();
    let id = reminder_at(app, "Call Grace", now + Duration::minutes(1));
    let fired = app.deliver_reminders(now + Duration::minutes(1), None).unwrap();
    assert_eq!(fired.fired.len(), 1);
    let snoozed = app.snooze_task(&id, SnoozeUntil::Choice { choice: Snooze::FifteenMinutes }).unwrap();
    let until = DateTime::parse_from_rfc3339(snoozed.snoozed_until.as_deref().unwrap()).unwrap().with_timezone(&Utc);
    assert!(until > now + Duration::minutes(14));
    assert!(app.deliver_reminders(now + Duration::minutes(2), None).unwrap().fired.is_empty());
    let again = app.deliver_reminders(until, None).unwrap();
    assert_eq!(again.fired.iter().map(|n| n.title.as_str()).collect::<Vec<_>>(), ["Call Grace"]);
    // Completing it means nothing more fires.
    app.complete_task(&id).unwrap();
    assert!(app.deliver_reminders(until + Duration::hours(1), None).unwrap().next_at.is_none());
}

#[test]
fn tasks_export_to_a_calendar_file_and_the_kept_file_follows_changes() {
    let ws = workspace(WorkspaceChoice::Empty);
    let app = &ws.app;
    let mut call = task("Call Ada; re: pricing, v2", today() + Days::new(1), "10:00");
    call.reminders = vec![ReminderSpec::Before { minutes: 15 }];
    let call = app.create_task(call).unwrap();
    let mut meeting = task("Demo", today() + Days::new(2), "14:00");
    meeting.kind = TaskKind::Meeting;
    app.create_task(meeting).unwrap();

    let one = std::fs::read_to_string(app.export_tasks(tandem_app::dto::TaskExport::Task { id: call.id.clone() }).unwrap().path).unwrap();
    assert!(one.contains("SUMMARY:Call Ada\\; re: pricing\\, v2\r\n"), "{one}");
    assert!(one.contains("TRIGGER:-PT15M") && !one.contains("VEVENT"));
    let all = std::fs::read_to_string(app.export_tasks(tandem_app::dto::TaskExport::All).unwrap().path).unwrap();
    assert_eq!((all.matches("BEGIN:VTODO").count(), all.matches("BEGIN:VEVENT").count()), (1, 1));

    let path = app.set_calendar_file(true).unwrap().expect("a path while on");
    assert_eq!(std::fs::read_to_string(&path).unwrap().matches("BEGIN:VTODO").count(), 1);
    app.complete_task(&call.id).unwrap();
    app.refresh_calendar_file().unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap().matches("BEGIN:VTODO").count(), 0);
    assert_eq!(app.set_calendar_file(false).unwrap(), None);
    assert!(!std::path::Path::new(&path).exists());
}
