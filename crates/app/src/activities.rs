//! Activity commands: log, edit and delete calls, e-mails, meetings and notes; read a timeline.

use tandem_domain::activity::{ActivityInput, ActivityKind, Direction, TimelineEntry};
use tandem_store::{activities, local_state, tables, timeline, WriteSource};

use crate::{App, AppError};

const TIMELINE_LIMIT: u32 = 300;

impl App {
    pub fn log_activity(&self, input: ActivityInput) -> Result<String, AppError> {
        let clean = input.validate()?;
        let what = if clean.subject.is_empty() { clean.kind.as_str().to_owned() } else { clean.subject.clone() };
        self.write(WriteSource::User, &format!("Logged {what}"), |w| {
            let author = local_state::get(w.conn(), local_state::PROFILE_MEMBER)?;
            let id = activities::save(w, None, &clean, author.as_deref())?;
            let reply = clean.direction == Direction::Inbound && matches!(clean.kind, ActivityKind::Call | ActivityKind::Email);
            if let (true, Some(contact_id)) = (reply, &clean.contact_id) {
                crate::follow_ups::stop_sequences_on_reply(w, contact_id)?;
            }
            Ok(id)
        })
    }

    pub fn update_activity(&self, id: &str, input: ActivityInput) -> Result<(), AppError> {
        let clean = input.validate()?;
        self.write(WriteSource::User, "Edit of an activity", |w| Ok(activities::save(w, Some(id), &clean, None).map(drop)?))
    }

    pub fn delete_activity(&self, id: &str) -> Result<(), AppError> {
        self.write(WriteSource::User, "Delete of an activity", |w| Ok(w.soft_delete(&tables::ACTIVITIES, id)?))
    }

    /// The timeline of a contact, company or deal (`table` is "contacts", "companies" or "deals").
    pub fn timeline(&self, table: &str, id: &str) -> Result<Vec<TimelineEntry>, AppError> {
        let table = tables::find(table).ok_or_else(|| tandem_store::StoreError::UnknownTable(table.into()))?;
        Ok(self.db()?.read(|conn| timeline::of_record(conn, table, id, TIMELINE_LIMIT))?)
    }
}
