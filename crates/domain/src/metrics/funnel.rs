//! The marketing funnel of a cohort: leads created in the period, how many of them reached each
//! stage, and how long they stayed in each.

use rust_decimal::Decimal;

use super::facts::{funnel_rank, LeadFacts, Period};
use super::{median_days, percent, seconds_between};
use crate::lifecycle::LifecycleStage;

/// The funnel's steps, in order.
pub const FUNNEL_STAGES: [LifecycleStage; 5] = [
    LifecycleStage::Lead,
    LifecycleStage::MarketingQualified,
    LifecycleStage::SalesQualified,
    LifecycleStage::Opportunity,
    LifecycleStage::Customer,
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FunnelStep {
    pub stage: LifecycleStage,
    /// Leads of the cohort that reached this stage (or skipped past it).
    pub ids: Vec<String>,
    /// Of those at the previous step, how many reached this one; None for the first step or an empty previous step.
    pub conversion_percent: Option<u32>,
    /// Median days the cohort's finished stays at this stage lasted.
    pub median_days: Option<Decimal>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Funnel {
    pub steps: Vec<FunnelStep>,
}

/// The funnel of the leads created in `period`. The first step is the whole cohort; a lead reached
/// a later step when any of its stays is at that stage or beyond, so skipped stages count as
/// passed and the counts never grow from one step to the next.
pub fn funnel(leads: &[LeadFacts], period: &Period) -> Funnel {
    // One pass over the cohort's stays: how far each lead got, and the finished stays' lengths.
    let mut reached: Vec<(&str, Option<u8>)> = Vec::new();
    let mut seconds: Vec<Vec<i64>> = vec![Vec::new(); FUNNEL_STAGES.len()];
    for lead in leads.iter().filter(|l| period.contains(l.created_at)) {
        let mut furthest = None;
        for stay in &lead.stays {
            furthest = furthest.max(funnel_rank(stay.stage));
            if let (Some(left), Some(step)) = (stay.left_at, FUNNEL_STAGES.iter().position(|s| *s == stay.stage)) {
                seconds[step].push(seconds_between(stay.entered_at, left));
            }
        }
        reached.push((&lead.id, furthest));
    }
    let mut steps: Vec<FunnelStep> = Vec::with_capacity(FUNNEL_STAGES.len());
    for (index, (stage, seconds)) in FUNNEL_STAGES.iter().zip(seconds).enumerate() {
        let rank = funnel_rank(*stage);
        let ids: Vec<String> =
            reached.iter().filter(|(_, furthest)| index == 0 || *furthest >= rank).map(|(id, _)| (*id).to_owned()).collect();
        let conversion_percent = steps.last().and_then(|prev| percent(ids.len(), prev.ids.len()));
        steps.push(FunnelStep { stage: *stage, ids, conversion_percent, median_days: median_days(seconds) });
    }
    Funnel { steps }
}

/// Of the cohort, the share that became customers.
pub fn lead_to_customer(funnel: &Funnel) -> Option<u32> {
    let first = funnel.steps.first()?;
    let last = funnel.steps.last()?;
    percent(last.ids.len(), first.ids.len())
}
