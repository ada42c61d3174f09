//! Where a contact stands in the funnel, and the BANT answers that qualify them.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

crate::text_enum! {
    /// The funnel marketing and sales share (DESIGN.md §3).
    #[derive(Default)]
    pub enum LifecycleStage {
        Subscriber => "subscriber",
        #[default]
        Lead => "lead",
        MarketingQualified => "marketing_qualified",
        SalesQualified => "sales_qualified",
        Opportunity => "opportunity",
        Customer => "customer",
        Evangelist => "evangelist",
        Other => "other",
    }
}

crate::text_enum! {
    /// How far one BANT question is answered.
    #[derive(Default)]
    pub enum BantStatus {
        #[default]
        Unknown => "unknown",
        Confirmed => "confirmed",
        Partial => "partial",
        Missing => "missing",
    }
}

/// One BANT question: how far it is answered, and what the seller learned.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BantAnswer {
    pub status: BantStatus,
    pub note: String,
}

/// Budget, authority, need, timeline.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Bant {
    pub budget: BantAnswer,
    pub authority: BantAnswer,
    pub need: BantAnswer,
    pub timeline: BantAnswer,
}

impl Bant {
    /// The four answers with the columns their status and note are stored in.
    pub fn answers(&self) -> [(&'static str, &'static str, &BantAnswer); 4] {
        [
            ("bant_budget", "bant_budget_note", &self.budget),
            ("bant_authority", "bant_authority_note", &self.authority),
            ("bant_need", "bant_need_note", &self.need),
            ("bant_timeline", "bant_timeline_note", &self.timeline),
        ]
    }
}
