//! The facts every metric is computed from: leads with their lifecycle stays, deals with their
//! outcome and base-currency amounts, campaigns, quotas and content. Loaded by the store, never
//! read from a clock.

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use rust_decimal::Decimal;

use crate::lifecycle::LifecycleStage;

/// A span of whole days in the workspace's time zone, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub zone: Tz,
}

impl Period {
    /// The day `at` falls on where the workspace is: what decides whether it is in the period.
    pub fn local_date(&self, at: DateTime<Utc>) -> NaiveDate {
        at.with_timezone(&self.zone).date_naive()
    }

    pub fn contains(&self, at: DateTime<Utc>) -> bool {
        self.contains_date(self.local_date(at))
    }

    pub fn contains_date(&self, day: NaiveDate) -> bool {
        self.start <= day && day <= self.end
    }
}

/// One stay of a record in a stage; `left_at` is None while it is still there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stay {
    pub stage: LifecycleStage,
    pub entered_at: DateTime<Utc>,
    pub left_at: Option<DateTime<Utc>>,
}

/// A contact as the funnel sees it. Empty text means "none" (no owner, no region).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeadFacts {
    pub id: String,
    pub created_at: DateTime<Utc>,
    pub owner_id: String,
    pub region: String,
    pub first_campaign_id: Option<String>,
    pub last_campaign_id: Option<String>,
    /// Lifecycle stays, oldest first.
    pub stays: Vec<Stay>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Outcome {
    Open,
    Won,
    Lost,
}

/// A deal as the sales metrics see it: its current stage decides the outcome, so a deal reopened
/// after it was lost and later won counts as won.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DealFacts {
    pub id: String,
    pub created_at: DateTime<Utc>,
    pub owner_id: String,
    pub region: String,
    /// The company's size.
    pub segment: String,
    pub stage_id: String,
    pub outcome: Outcome,
    pub probability: u8,
    /// The amount in the base currency (at the close date's rate); None when it cannot be converted.
    pub amount_base: Option<Decimal>,
    pub currency: String,
    pub expected_close: Option<NaiveDate>,
    pub closed_at: Option<DateTime<Utc>>,
    pub first_campaign_id: Option<String>,
    pub last_campaign_id: Option<String>,
    /// First- and last-touch campaigns of the deal's contacts.
    pub contact_campaign_ids: Vec<String>,
    /// Product id → base amount from the deal's latest accepted-or-sent quote; may be empty.
    pub product_amounts: Vec<(String, Decimal)>,
    /// Library items used on the deal.
    pub content_item_ids: Vec<String>,
}

impl DealFacts {
    /// Closed in the period with this outcome.
    pub fn closed_in(&self, period: &Period, outcome: Outcome) -> bool {
        self.outcome == outcome && self.closed_at.is_some_and(|at| period.contains(at))
    }

    /// Every campaign that touched the deal or its contacts.
    pub fn touches(&self) -> impl Iterator<Item = &str> {
        self.first_campaign_id.iter().chain(self.last_campaign_id.iter()).chain(self.contact_campaign_ids.iter()).map(String::as_str)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CampaignFacts {
    pub id: String,
    pub name: String,
    pub channel: String,
    /// Actual cost in the base currency; None when unknown or not convertible.
    pub cost_base: Option<Decimal>,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
}

impl CampaignFacts {
    /// Runs on at least one day of the period; a missing date is open-ended on that side.
    pub fn overlaps(&self, period: &Period) -> bool {
        self.starts_on.is_none_or(|s| s <= period.end) && self.ends_on.is_none_or(|e| e >= period.start)
    }
}

/// A sales target for one owner over a span of days, in the base currency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuotaFacts {
    pub owner_id: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub amount_base: Decimal,
}

/// A library item and when it was used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentFacts {
    pub id: String,
    pub title: String,
    pub used_at: Vec<DateTime<Utc>>,
}

/// How far along the funnel a lifecycle stage is; None for stages off the funnel ("other").
pub fn funnel_rank(stage: LifecycleStage) -> Option<u8> {
    Some(match stage {
        LifecycleStage::Subscriber => 0,
        LifecycleStage::Lead => 1,
        LifecycleStage::MarketingQualified => 2,
        LifecycleStage::SalesQualified => 3,
        LifecycleStage::Opportunity => 4,
        LifecycleStage::Customer => 5,
        LifecycleStage::Evangelist => 6,
        LifecycleStage::Other => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::funnel_rank;
    use crate::lifecycle::LifecycleStage;

    #[test]
    fn every_lifecycle_stage_but_other_has_a_rank_in_funnel_order() {
        let ranks: Vec<Option<u8>> = LifecycleStage::ALL.iter().map(|s| funnel_rank(*s)).collect();
        assert_eq!(ranks, [Some(0), Some(1), Some(2), Some(3), Some(4), Some(5), Some(6), None]);
    }
}
