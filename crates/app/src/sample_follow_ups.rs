//! The sample workspace's follow-ups: tasks about its people (overdue, today, coming up, a few
//! done), a weekly pipeline review that repeats, and an outreach sequence two leads are in.

use chrono::{Days, Utc};
use tandem_domain::sample;
use tandem_domain::sequence::{SequenceInput, SequenceStepInput};
use tandem_domain::task::{ReminderSpec, TaskKind, TaskStatus};
use tandem_store::local_state;
use tandem_store::{sequences, tasks, WriteSource};

use crate::follow_ups::enroll;
use crate::sample::SampleSize;
use crate::tasks::{write_new_task, Calendar};
use crate::{App, AppError};

/// `people` are (contact id, company name) of the first sample people.
pub(crate) fn add(app: &App, size: &SampleSize, people: &[(String, String)], with_extras: bool) -> Result<(), AppError> {
    if people.is_empty() {
        return Ok(());
    }
    let planned = sample::tasks(size.seed, size.tasks, people.len());
    for chunk in planned.chunks(size.batch.max(1)) {
        app.write(WriteSource::Sample, "", |w| {
            let calendar = Calendar::read(w.conn(), Utc::now())?;
            for planned in chunk {
                let due = calendar.today().checked_add_signed(chrono::Duration::days(planned.due_in_days)).unwrap_or(calendar.today());
                let mut input = calendar.all_day(planned.title, planned.kind, due);
                input.due_time = planned.due_time.clone();
                input.priority = planned.priority;
                input.reminders = planned.remind_minutes_before.map(|minutes| ReminderSpec::Before { minutes }).into_iter().collect();
                input.contact_ids = vec![people[planned.person_index].0.clone()];
                let id = write_new_task(w, &input.validate()?, &calendar, None)?;
                if planned.done {
                    tasks::set_status(w, &id, TaskStatus::Done)?;
                }
            }
            Ok(())
        })?;
    }
    if with_extras {
        add_review_and_outreach(app, people)?;
    }
    // The scheduler looks for nudges hourly; a new sample shows its suggestions at once.
    app.refresh_nudges(Utc::now()).map(drop)
}

fn add_review_and_outreach(app: &App, people: &[(String, String)]) -> Result<(), AppError> {
    app.write(WriteSource::Sample, "", |w| {
        let calendar = Calendar::read(w.conn(), Utc::now())?;
        let to_monday = (7 - u64::from(chrono::Datelike::weekday(&calendar.today()).num_days_from_monday())) % 7;
        let mut review = calendar.all_day("Weekly pipeline review", TaskKind::Meeting, calendar.today() + Days::new(to_monday));
        review.due_time = "09:00".into();
        review.recurrence = "FREQ=WEEKLY;BYDAY=MO".into();
        review.reminders = vec![ReminderSpec::Before { minutes: 10 }];
        review.notes = "Go through every deal that moved or went quiet this week.".into();
        write_new_task(w, &review.validate()?, &calendar, None)?;

        // A private to-do of the user's own: with team sync it stays on their devices.
        if let Some(me) = local_state::get(w.conn(), local_state::PROFILE_MEMBER)? {
            let mut own = calendar.all_day("Prepare my one-to-one with my manager", TaskKind::Todo, calendar.today() + Days::new(2));
            own.notes = "Private: commission questions, next quarter's territory.".into();
            own.owner_id = Some(me);
            own.private = true;
            write_new_task(w, &own.validate()?, &calendar, None)?;
        }

        let step = |day_offset, kind, title: &str| SequenceStepInput { day_offset, kind, title: title.into() };
        let outreach = SequenceInput {
            name: "New lead outreach".into(),
            steps: vec![
                step(0, TaskKind::Email, "Intro e-mail with a relevant case study"),
                step(3, TaskKind::Call, "Follow-up call"),
                step(7, TaskKind::Email, "Last check-in e-mail"),
            ],
        };
        let sequence_id = sequences::save(w, None, &outreach.validate()?)?;
        let sequence = sequences::get(w.conn(), &sequence_id)?;
        for (offset, (contact_id, _)) in people.iter().rev().take(2).enumerate() {
            let started = calendar.today() - Days::new(offset as u64 * 3);
            // The steps already behind this lead were done on time.
            for (task_id, due) in enroll(w, &sequence, contact_id, started, &calendar)?.1 {
                if due < calendar.today() {
                    tasks::set_status(w, &task_id, TaskStatus::Done)?;
                }
            }
        }
        Ok(())
    })
}
