//! The dashboard's metrics, one pure function per metric (docs/metrics.md says each in plain
//! words). Every figure comes with the ids of the records behind it, so it can be drilled into.

mod facts;
mod funnel;
mod marketing;
mod sales;
#[cfg(test)]
mod tests;

use rust_decimal::{Decimal, RoundingStrategy};

pub use facts::{funnel_rank, CampaignFacts, ContentFacts, DealFacts, LeadFacts, Outcome, Period, QuotaFacts, Stay};
pub use funnel::{funnel, lead_to_customer, Funnel, FunnelStep, FUNNEL_STAGES};
pub use marketing::{
    campaign_rows, content_effectiveness, customer_acquisition_cost, influenced_revenue, sourced_revenue, Acquisition, Attribution,
    CampaignRow, ContentRow,
};
pub use sales::{
    average_won_value, forecast, pipeline_by_stage, quota_attainment, revenue_by, sales_cycle, win_rate, won_revenue, ForecastQuarter,
    QuotaRow, RevenueKey, SalesCycle, SegmentCycle, StageValue, WinRateFigure,
};

/// A sum of base-currency amounts and the records in it. Records whose amount could not be
/// converted are listed but add nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Amount {
    pub amount: Decimal,
    pub ids: Vec<String>,
}

impl Amount {
    fn add(&mut self, id: &str, amount: Option<Decimal>) {
        self.amount += amount.unwrap_or_default();
        self.ids.push(id.to_owned());
    }
}

/// Whole percent of `part` in `whole`, rounded half up; None when `whole` is zero.
pub fn percent(part: usize, whole: usize) -> Option<u32> {
    crate::win_rate::WinRate { won: part as u32, closed: whole as u32 }.percent()
}

/// The median of durations given in whole seconds (the mean of the middle two for an even count),
/// in days rounded to one decimal (36 hours = 1.5); None when there is nothing to take it of.
/// Kept in integers until the end: the funnel takes it over hundreds of thousands of stays.
pub fn median_days(mut seconds: Vec<i64>) -> Option<Decimal> {
    if seconds.is_empty() {
        return None;
    }
    seconds.sort_unstable();
    let mid = seconds.len() / 2;
    let (sum, halves) = if seconds.len() % 2 == 1 { (seconds[mid], 1) } else { (seconds[mid - 1] + seconds[mid], 2) };
    let days = Decimal::from(sum) / Decimal::from(86_400 * halves);
    Some(days.round_dp_with_strategy(1, RoundingStrategy::MidpointAwayFromZero))
}

/// Whole seconds from one instant to another.
pub fn seconds_between(from: chrono::DateTime<chrono::Utc>, to: chrono::DateTime<chrono::Utc>) -> i64 {
    (to - from).num_seconds()
}
