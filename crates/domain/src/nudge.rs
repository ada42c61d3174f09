//! Nudges: follow-ups Tandem suggests from rules the team can tune; the seller accepts one (it
//! becomes a task) or dismisses it.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::text::{Checker, Invalid};

crate::text_enum! {
    pub enum NudgeRule {
        /// An open deal with no activity for `days` days.
        DealIdle => "deal_idle",
        /// A sales-qualified contact for `days` days with no open task.
        QualifiedWithoutTask => "qualified_without_task",
        /// A library item whose review date is `days` days away or past; shown to its owner.
        ContentReviewDue => "content_review_due",
        /// A sent or draft quote whose validity ends within `days` days; shown to its owner.
        QuoteExpiring => "quote_expiring",
    }
}

/// One rule as the team set it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NudgeRuleSetting {
    pub rule: NudgeRule,
    pub enabled: bool,
    pub days: u32,
}

impl NudgeRule {
    pub fn default_setting(self) -> NudgeRuleSetting {
        let days = match self {
            NudgeRule::DealIdle => 14,
            NudgeRule::QualifiedWithoutTask => 2,
            NudgeRule::ContentReviewDue => 7,
            NudgeRule::QuoteExpiring => 3,
        };
        NudgeRuleSetting { rule: self, enabled: true, days }
    }
}

impl NudgeRuleSetting {
    pub fn validate(&self) -> Result<NudgeRuleSetting, Invalid> {
        let mut c = Checker::default();
        if !(1..=365).contains(&self.days) {
            c.fail("days", "Choose between 1 and 365 days.");
        }
        c.finish(self.clone())
    }
}

/// A suggested follow-up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Nudge {
    pub id: String,
    pub rule: NudgeRule,
    /// "deals" or "contacts".
    pub record_table: String,
    pub record_id: String,
    pub record_name: String,
    /// Why, in the user's words: "No activity for 23 days" (counted when read, so it stays true).
    pub reason: String,
    pub created_at: String,
}

impl NudgeRule {
    /// Why a record was nudged, `days` after the condition began.
    pub fn reason(self, days_since: i64) -> String {
        let days = match days_since {
            1 => "1 day".to_owned(),
            n => format!("{n} days"),
        };
        match self {
            NudgeRule::DealIdle => format!("No activity for {days}"),
            NudgeRule::QualifiedWithoutTask => format!("Sales-qualified for {days} with no follow-up planned"),
            NudgeRule::ContentReviewDue => review_reason(days_since),
            NudgeRule::QuoteExpiring => expiry_reason(days_since),
        }
    }
}

/// A review date `days_since` days ago (negative: still ahead).
fn review_reason(days_since: i64) -> String {
    match days_since {
        0 => "Review due today".to_owned(),
        -1 => "Review due tomorrow".to_owned(),
        n if n < 0 => format!("Review due in {} days", -n),
        1 => "Review was due yesterday".to_owned(),
        n => format!("Review was due {n} days ago"),
    }
}

/// A quote valid until a day `days_since` days ago (negative: still ahead).
fn expiry_reason(days_since: i64) -> String {
    match days_since {
        0 => "Quote expires tonight".to_owned(),
        -1 => "Quote expires tomorrow".to_owned(),
        n if n < 0 => format!("Quote expires in {} days", -n),
        _ => "Quote has expired".to_owned(),
    }
}

/// The id of the nudge a rule raises for a record at a moment (its last activity, the day it
/// became qualified): every device raises the same one, and a dismissed one stays dismissed.
pub fn nudge_id(rule: NudgeRule, record_id: &str, since: &str) -> String {
    let name = format!("{}/{record_id}/{since}", rule.as_str());
    uuid::Uuid::new_v5(&crate::DERIVED_NAMESPACE, name.as_bytes()).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_nudge_is_the_same_on_every_device_and_new_after_new_activity() {
        let a = nudge_id(NudgeRule::DealIdle, "deal-1", "2027-01-04T10:00:00Z");
        assert_eq!(a, nudge_id(NudgeRule::DealIdle, "deal-1", "2027-01-04T10:00:00Z"));
        assert_ne!(a, nudge_id(NudgeRule::DealIdle, "deal-1", "2027-02-01T10:00:00Z"));
        assert_ne!(a, nudge_id(NudgeRule::QualifiedWithoutTask, "deal-1", "2027-01-04T10:00:00Z"));
    }

    #[test]
    fn days_are_bounded() {
        let mut setting = NudgeRule::DealIdle.default_setting();
        assert!(setting.validate().is_ok());
        setting.days = 0;
        assert_eq!(setting.validate().unwrap_err().0[0].field, "days");
    }
}
