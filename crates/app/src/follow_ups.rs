//! Generated follow-ups: nudges the rules raise (accepted as tasks or dismissed) and sequences
//! applied to contacts, which end when the contact replies.

use chrono::{DateTime, Days, NaiveDate, Utc};
use tandem_domain::nudge::{Nudge, NudgeRuleSetting};
use tandem_domain::sequence::{Enrollment, EnrollmentStatus, Sequence, SequenceInput};
use tandem_domain::task::{ReminderSpec, Task, TaskInput, TaskKind};
use tandem_store::{contacts, deals, nudges, sequences, tables, tasks, StoreError, WriteSource, Writer};

use crate::tasks::{write_new_task, Calendar};
use crate::{App, AppError, ErrorCode};

/// An all-day task due on `due`, reminded at the workday start.
fn follow_up(title: &str, kind: TaskKind, due: NaiveDate, calendar: &Calendar) -> TaskInput {
    TaskInput { reminders: vec![ReminderSpec::Before { minutes: 0 }], ..calendar.all_day(title, kind, due) }
}

/// Links a follow-up to a contact and the contact's company.
fn about_contact(w: &Writer, input: &mut TaskInput, contact_id: &str) -> Result<String, StoreError> {
    let contact = contacts::get(w.conn(), contact_id)?;
    input.contact_ids.push(contact.id.clone());
    input.company_ids.extend(contact.company_id.clone());
    Ok(format!("{} {}", contact.first_name, contact.last_name).trim().to_owned())
}

impl App {
    /// Raises what the nudge rules find now; run by the scheduler every hour and after a rule change.
    pub fn refresh_nudges(&self, now: DateTime<Utc>) -> Result<usize, AppError> {
        let found = self.db()?.read(|conn| nudges::find(conn, now))?;
        self.write(WriteSource::Background, "Nudges", |w| Ok(nudges::refresh(w, &found)?))
    }

    pub fn list_nudges(&self) -> Result<Vec<Nudge>, AppError> {
        Ok(self.db()?.read(|conn| nudges::open(conn, Utc::now()))?)
    }

    /// Turns a nudge into a task due today, linked to what it is about.
    pub fn accept_nudge(&self, id: &str) -> Result<Task, AppError> {
        let now = Utc::now();
        let task_id = self.write(WriteSource::User, "Accepted a nudge", |w| {
            let nudge = nudges::get(w.conn(), id, now)?;
            let calendar = Calendar::read(w.conn(), now)?;
            let mut input = follow_up("", TaskKind::Call, calendar.today(), &calendar);
            if nudge.record_table == "deals" {
                let deal = deals::get(w.conn(), &nudge.record_id, now)?;
                input.title = format!("Follow up on {}", deal.name);
                input.deal_ids.push(deal.id);
                input.company_ids.extend(deal.company_id);
                input.contact_ids.extend(deal.primary_contact_id);
            } else if nudge.record_table == "content_items" {
                input.kind = TaskKind::Todo;
                input.title = format!("Review “{}” in the library", nudge.record_name);
            } else {
                let name = about_contact(w, &mut input, &nudge.record_id)?;
                input.title = format!("Plan the next step with {name}");
            }
            let clean = input.validate()?;
            let task_id = write_new_task(w, &clean, &calendar, None)?;
            nudges::accept(w, id, &task_id)?;
            Ok(task_id)
        })?;
        self.get_task(&task_id)
    }

    pub fn dismiss_nudge(&self, id: &str) -> Result<(), AppError> {
        self.write(WriteSource::User, "Dismissed a nudge", |w| Ok(nudges::set_status(w, id, "dismissed")?))
    }

    pub fn nudge_rules(&self) -> Result<Vec<NudgeRuleSetting>, AppError> {
        Ok(self.db()?.read(nudges::rules)?)
    }

    pub fn save_nudge_rules(&self, rules: Vec<NudgeRuleSetting>) -> Result<Vec<NudgeRuleSetting>, AppError> {
        let clean = rules.iter().map(NudgeRuleSetting::validate).collect::<Result<Vec<_>, _>>()?;
        self.write(WriteSource::User, "Changed the nudge rules", |w| {
            for rule in &clean {
                nudges::save_rule(w, rule)?;
            }
            Ok(())
        })?;
        self.refresh_nudges(Utc::now())?;
        self.nudge_rules()
    }

    pub fn list_sequences(&self) -> Result<Vec<Sequence>, AppError> {
        Ok(self.db()?.read(sequences::list)?)
    }

    pub fn save_sequence(&self, id: Option<String>, input: SequenceInput) -> Result<Sequence, AppError> {
        let clean = input.validate()?;
        let id =
            self.write(WriteSource::User, &format!("Saved sequence {}", clean.name), |w| Ok(sequences::save(w, id.as_deref(), &clean)?))?;
        Ok(self.db()?.read(|conn| sequences::get(conn, &id))?)
    }

    pub fn delete_sequence(&self, id: &str) -> Result<(), AppError> {
        self.write(WriteSource::User, "Delete of a sequence", |w| Ok(w.soft_delete(&tables::SEQUENCES, id)?))
    }

    /// Applies a sequence to a contact from `start_date`: one dated task per step.
    pub fn enroll_contact(&self, sequence_id: &str, contact_id: &str, start_date: &str) -> Result<Enrollment, AppError> {
        let start = NaiveDate::parse_from_str(start_date.trim(), "%Y-%m-%d")
            .map_err(|_| AppError::new(ErrorCode::Validation, format!("'{start_date}' is not a date (expected YYYY-MM-DD).")))?;
        let now = Utc::now();
        let id = self.write(WriteSource::User, "Started a sequence", |w| {
            if sequences::is_enrolled(w.conn(), sequence_id, contact_id)? {
                return Err(AppError::new(ErrorCode::Conflict, "This contact is already in that sequence."));
            }
            let sequence = sequences::get(w.conn(), sequence_id)?;
            let calendar = Calendar::read(w.conn(), now)?;
            Ok(enroll(w, &sequence, contact_id, start, &calendar)?.0)
        })?;
        Ok(self.db()?.read(|conn| sequences::enrollment(conn, &id))?)
    }

    pub fn contact_enrollments(&self, contact_id: &str) -> Result<Vec<Enrollment>, AppError> {
        Ok(self.db()?.read(|conn| sequences::of_contact(conn, contact_id))?)
    }

    /// Ends an enrollment (the contact replied, or the seller stops it); its open tasks are cancelled.
    pub fn end_enrollment(&self, id: &str, status: EnrollmentStatus) -> Result<Enrollment, AppError> {
        if status == EnrollmentStatus::Active {
            return Err(AppError::new(ErrorCode::Validation, "End a sequence as replied or stopped."));
        }
        self.write(WriteSource::User, "Ended a sequence", |w| Ok(end_enrollment(w, id, status)?))?;
        Ok(self.db()?.read(|conn| sequences::enrollment(conn, id))?)
    }
}

/// Enrolls a contact in a sequence from `start`: one dated task per step, linked to the contact
/// and its company. Returns the enrollment's id and its tasks' (id, due date), step by step.
pub(crate) fn enroll(
    w: &mut Writer,
    sequence: &Sequence,
    contact_id: &str,
    start: NaiveDate,
    calendar: &Calendar,
) -> Result<(String, Vec<(String, NaiveDate)>), AppError> {
    let enrollment_id = sequences::enroll(w, &sequence.id, contact_id, &start.to_string())?;
    let mut tasks = Vec::new();
    for (number, step) in sequence.steps.iter().enumerate() {
        let due = start + Days::new(u64::from(step.day_offset));
        let mut input = follow_up(&step.title, step.kind, due, calendar);
        about_contact(w, &mut input, contact_id)?;
        input.notes = format!("Step {} of the sequence '{}'.", number + 1, sequence.name);
        tasks.push((write_new_task(w, &input.validate()?, calendar, Some(&enrollment_id))?, due));
    }
    Ok((enrollment_id, tasks))
}

pub(crate) fn end_enrollment(w: &mut Writer, id: &str, status: EnrollmentStatus) -> Result<(), StoreError> {
    let reason = match status {
        EnrollmentStatus::Replied => "The contact replied",
        _ => "Stopped by the seller",
    };
    sequences::end(w, id, status, reason)?;
    tasks::cancel_open_of_enrollment(w, id).map(drop)
}

/// An inbound call or e-mail from a contact ends their sequences: they replied.
pub(crate) fn stop_sequences_on_reply(w: &mut Writer, contact_id: &str) -> Result<(), StoreError> {
    for id in sequences::active_of_contact(w.conn(), contact_id)? {
        end_enrollment(w, &id, EnrollmentStatus::Replied)?;
    }
    Ok(())
}
