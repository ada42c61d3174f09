//! Activities (calls, e-mails, meetings, notes) and the timeline that mixes them with history.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::text::{Checker, Invalid};

crate::text_enum! {
    pub enum ActivityKind {
        Call => "call",
        Email => "email",
        Meeting => "meeting",
        Note => "note",
    }
}

crate::text_enum! {
    /// Who reached out: later issues stop a follow-up sequence on an inbound reply.
    pub enum Direction {
        None => "",
        Inbound => "inbound",
        Outbound => "outbound",
    }
}

/// What a user logs; it belongs to at least one contact, company or deal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ActivityInput {
    pub kind: ActivityKind,
    pub subject: String,
    pub body: String,
    pub direction: Direction,
    /// RFC 3339; when it happened (a call logged afterwards keeps its real time).
    pub occurred_at: String,
    pub duration_minutes: u32,
    pub contact_id: Option<String>,
    pub company_id: Option<String>,
    pub deal_id: Option<String>,
}

impl ActivityInput {
    pub fn validate(&self) -> Result<ActivityInput, Invalid> {
        let mut c = Checker::default();
        let subject = c.text("subject", "Subject", &self.subject, 200, false);
        let body = c.text("body", "Notes", &self.body, 20_000, true);
        if subject.is_empty() && body.is_empty() {
            c.fail("subject", "Write a subject or a few words about it.");
        }
        let occurred_at = self.occurred_at.trim().to_owned();
        if chrono::DateTime::parse_from_rfc3339(&occurred_at).is_err() {
            c.fail("occurred_at", format!("'{occurred_at}' is not a date and time."));
        }
        if self.duration_minutes > 24 * 60 {
            c.fail("duration_minutes", "A duration is at most 24 hours (1440 minutes).");
        }
        let link = |id: &Option<String>| id.clone().filter(|id| !id.trim().is_empty());
        let clean = ActivityInput {
            kind: self.kind,
            subject,
            body,
            direction: if matches!(self.kind, ActivityKind::Call | ActivityKind::Email) { self.direction } else { Direction::None },
            occurred_at,
            duration_minutes: self.duration_minutes,
            contact_id: link(&self.contact_id),
            company_id: link(&self.company_id),
            deal_id: link(&self.deal_id),
        };
        if clean.contact_id.is_none() && clean.company_id.is_none() && clean.deal_id.is_none() {
            c.fail("contact_id", "Log the activity on a contact, a company or a deal.");
        }
        c.finish(clean)
    }
}

/// One entry of a record's timeline, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum TimelineEntry {
    Activity {
        id: String,
        kind: ActivityKind,
        subject: String,
        body: String,
        direction: Direction,
        at: String,
        duration_minutes: u32,
        author_name: String,
        contact_id: Option<String>,
        contact_name: String,
        company_id: Option<String>,
        deal_id: Option<String>,
        deal_name: String,
    },
    /// A lifecycle or deal stage entered.
    StageChange {
        at: String,
        record_table: String,
        record_name: String,
        from: String,
        to: String,
    },
    /// Fields edited in one change (labels in the user's words).
    Edit {
        at: String,
        record_table: String,
        fields: Vec<String>,
    },
    Created {
        at: String,
        record_table: String,
    },
    /// A follow-up task about the record: when it was done or cancelled, else when it was planned.
    Task {
        at: String,
        task_id: String,
        title: String,
        status: crate::task::TaskStatus,
        /// "YYYY-MM-DD".
        due_date: String,
    },
    /// A library item shared with the contact (or on the deal) or put in a proposal.
    ContentShared {
        at: String,
        use_id: String,
        item_id: String,
        item_title: String,
        kind: crate::content_use::UseKind,
        contact_name: String,
        deal_name: String,
        author_name: String,
        note: String,
    },
    /// A quote sent, accepted or declined.
    Quote {
        at: String,
        quote_id: String,
        /// "Q-7K3FD-0042 v2".
        number: String,
        title: String,
        event: crate::quote_flow::QuoteStatus,
        total: String,
        currency: String,
        deal_name: String,
        /// Who signed (accepted) or why not (declined).
        note: String,
    },
}

impl TimelineEntry {
    pub fn at(&self) -> &str {
        match self {
            TimelineEntry::Activity { at, .. }
            | TimelineEntry::StageChange { at, .. }
            | TimelineEntry::Edit { at, .. }
            | TimelineEntry::Created { at, .. }
            | TimelineEntry::Task { at, .. }
            | TimelineEntry::ContentShared { at, .. }
            | TimelineEntry::Quote { at, .. } => at,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call() -> ActivityInput {
        ActivityInput {
            kind: ActivityKind::Call,
            subject: "Discovery call".into(),
            body: String::new(),
            direction: Direction::Outbound,
            occurred_at: "2026-11-29T10:00:00Z".into(),
            duration_minutes: 30,
            contact_id: Some("c1".into()),
            company_id: None,
            deal_id: None,
        }
    }

    #[test]
    fn an_activity_needs_words_a_time_and_a_record() {
        assert!(call().validate().is_ok());
        let empty = ActivityInput { subject: " ".into(), contact_id: Some(" ".into()), occurred_at: "yesterday".into(), ..call() };
        let fields: Vec<String> = empty.validate().unwrap_err().0.into_iter().map(|f| f.field).collect();
        assert_eq!(fields, ["subject", "occurred_at", "contact_id"]);
    }

    #[test]
    fn only_calls_and_emails_have_a_direction() {
        let note = ActivityInput { kind: ActivityKind::Note, ..call() };
        assert_eq!(note.validate().unwrap().direction, Direction::None);
    }
}
