//! Follow-up sequences (cadences): named steps such as "day 0 e-mail, day 3 call, day 7 e-mail"
//! that, applied to a contact, become dated tasks until the contact replies or the seller stops.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::task::TaskKind;
use crate::text::{Checker, Invalid};

pub const MAX_STEPS: usize = 20;
pub const MAX_DAY: u32 = 365;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SequenceStepInput {
    /// Days after the start (0 = the day it starts).
    pub day_offset: u32,
    pub kind: TaskKind,
    pub title: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SequenceInput {
    pub name: String,
    pub steps: Vec<SequenceStepInput>,
}

impl SequenceInput {
    /// Trims and checks; steps come back in day order (a stable sort keeps same-day order).
    pub fn validate(&self) -> Result<SequenceInput, Invalid> {
        let mut c = Checker::default();
        let name = c.text("name", "Name", &self.name, 120, false);
        if name.is_empty() {
            c.fail("name", "Name the sequence, e.g. 'New lead outreach'.");
        }
        if self.steps.is_empty() {
            c.fail("steps", "Add at least one step.");
        } else if self.steps.len() > MAX_STEPS {
            c.fail("steps", format!("A sequence has at most {MAX_STEPS} steps."));
        }
        let mut steps = Vec::new();
        for (i, step) in self.steps.iter().enumerate() {
            let field = format!("steps.{i}");
            let title = c.text(&field, "A step's title", &step.title, 200, false);
            if title.is_empty() {
                c.fail(&field, format!("Step {} needs a title, e.g. 'Intro e-mail'.", i + 1));
            }
            if step.day_offset > MAX_DAY {
                c.fail(&field, format!("Step {} is more than a year after the start.", i + 1));
            }
            steps.push(SequenceStepInput { day_offset: step.day_offset, kind: step.kind, title });
        }
        steps.sort_by_key(|s| s.day_offset);
        c.finish(SequenceInput { name, steps })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SequenceStep {
    pub id: String,
    pub day_offset: u32,
    pub kind: TaskKind,
    pub title: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Sequence {
    pub id: String,
    pub name: String,
    pub steps: Vec<SequenceStep>,
    /// Contacts in it right now.
    pub active: u32,
}

crate::text_enum! {
    pub enum EnrollmentStatus {
        Active => "active",
        /// The contact answered (marked by the seller, or an inbound call or e-mail was logged).
        Replied => "replied",
        /// The seller ended it.
        Stopped => "stopped",
    }
}

/// A sequence applied to one contact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Enrollment {
    pub id: String,
    pub sequence_id: String,
    pub sequence_name: String,
    pub contact_id: String,
    pub contact_name: String,
    /// "YYYY-MM-DD".
    pub started_on: String,
    pub status: EnrollmentStatus,
    pub ended_at: Option<String>,
    pub open_tasks: u32,
    pub done_tasks: u32,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn step(day: u32, kind: TaskKind, title: &str) -> SequenceStepInput {
        SequenceStepInput { day_offset: day, kind, title: title.into() }
    }

    #[test]
    fn steps_are_put_in_day_order() {
        let input = SequenceInput {
            name: " New lead outreach ".into(),
            steps: vec![step(7, TaskKind::Email, "Break-up e-mail"), step(0, TaskKind::Email, "Intro"), step(3, TaskKind::Call, "Call")],
        };
        let clean = input.validate().unwrap();
        assert_eq!(clean.name, "New lead outreach");
        assert_eq!(clean.steps.iter().map(|s| s.day_offset).collect::<Vec<_>>(), [0, 3, 7]);
    }

    #[test]
    fn a_bad_sequence_names_its_wrong_parts() {
        let input = SequenceInput { name: "".into(), steps: vec![step(0, TaskKind::Call, " "), step(400, TaskKind::Call, "Late")] };
        let fields: Vec<String> = input.validate().unwrap_err().0.into_iter().map(|e| e.field).collect();
        assert_eq!(fields, ["name", "steps.0", "steps.1"]);
        assert_eq!(SequenceInput { name: "x".into(), steps: vec![] }.validate().unwrap_err().0[0].field, "steps");
    }
}
