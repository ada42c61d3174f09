//! Sales metrics: pipeline, win rate, deal value, cycle length, quotas, forecast and revenue.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};

use super::facts::{DealFacts, Outcome, Period, QuotaFacts};
use super::{median_days, percent, seconds_between, Amount};
use crate::fiscal;

/// Open deals in one stage, now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StageValue {
    pub stage_id: String,
    pub amount: Amount,
    /// Each amount times its stage's probability.
    pub weighted: Decimal,
}

/// The open pipeline by stage, stages in the order their first deal appears (the caller orders
/// them by the pipeline).
pub fn pipeline_by_stage(deals: &[DealFacts]) -> Vec<StageValue> {
    let mut stages: Vec<StageValue> = Vec::new();
    for deal in deals.iter().filter(|d| d.outcome == Outcome::Open) {
        let index = match stages.iter().position(|s| s.stage_id == deal.stage_id) {
            Some(index) => index,
            None => {
                stages.push(StageValue { stage_id: deal.stage_id.clone(), amount: Amount::default(), weighted: Decimal::ZERO });
                stages.len() - 1
            }
        };
        let stage = &mut stages[index];
        stage.amount.add(&deal.id, deal.amount_base);
        stage.weighted += weighted(deal);
    }
    stages
}

fn weighted(deal: &DealFacts) -> Decimal {
    deal.amount_base.unwrap_or_default() * Decimal::from(deal.probability) / Decimal::ONE_HUNDRED
}

/// Deals closed in the period, won and lost, and the share won.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WinRateFigure {
    pub won: Amount,
    pub lost: Amount,
    pub percent: Option<u32>,
}

/// Won / (won + lost) over deals closed in the period; a deal counts once, by its latest outcome.
pub fn win_rate(deals: &[DealFacts], period: &Period) -> WinRateFigure {
    let won = won_revenue(deals, period);
    let mut lost = Amount::default();
    for deal in deals.iter().filter(|d| d.closed_in(period, Outcome::Lost)) {
        lost.add(&deal.id, deal.amount_base);
    }
    let percent = percent(won.ids.len(), won.ids.len() + lost.ids.len());
    WinRateFigure { won, lost, percent }
}

/// Deals won in the period and their revenue.
pub fn won_revenue(deals: &[DealFacts], period: &Period) -> Amount {
    let mut won = Amount::default();
    for deal in deals.iter().filter(|d| d.closed_in(period, Outcome::Won)) {
        won.add(&deal.id, deal.amount_base);
    }
    won
}

/// The mean amount of the deals won in the period whose amount converts; None without one.
pub fn average_won_value(deals: &[DealFacts], period: &Period) -> Option<Decimal> {
    let amounts: Vec<Decimal> = deals.iter().filter(|d| d.closed_in(period, Outcome::Won)).filter_map(|d| d.amount_base).collect();
    (!amounts.is_empty()).then(|| amounts.iter().sum::<Decimal>() / Decimal::from(amounts.len()))
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SegmentCycle {
    pub segment: String,
    pub median_days: Option<Decimal>,
    pub ids: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SalesCycle {
    pub median_days: Option<Decimal>,
    pub ids: Vec<String>,
    /// By company size, sizes in text order ("" = unknown size).
    pub by_segment: Vec<SegmentCycle>,
}

/// Median days from creation to close of the deals won in the period, overall and by segment.
pub fn sales_cycle(deals: &[DealFacts], period: &Period) -> SalesCycle {
    let won: Vec<(&DealFacts, i64)> = deals
        .iter()
        .filter(|d| d.closed_in(period, Outcome::Won))
        .filter_map(|d| Some((d, seconds_between(d.created_at, d.closed_at?))))
        .collect();
    let mut segments: BTreeMap<&str, Vec<(&DealFacts, i64)>> = BTreeMap::new();
    for (deal, seconds) in &won {
        segments.entry(deal.segment.as_str()).or_default().push((deal, *seconds));
    }
    SalesCycle {
        median_days: median_days(won.iter().map(|(_, seconds)| *seconds).collect()),
        ids: won.iter().map(|(d, _)| d.id.clone()).collect(),
        by_segment: segments
            .into_iter()
            .map(|(segment, deals)| SegmentCycle {
                segment: segment.to_owned(),
                median_days: median_days(deals.iter().map(|(_, seconds)| *seconds).collect()),
                ids: deals.iter().map(|(d, _)| d.id.clone()).collect(),
            })
            .collect(),
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuotaRow {
    pub owner_id: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub quota: Decimal,
    /// The owner's deals won between the quota's dates (local dates in `zone`).
    pub won: Amount,
    pub percent: Option<u32>,
}

/// Attainment of every quota that overlaps the period: the owner's revenue won within the
/// quota's own dates, over the quota. A zero quota has no percent.
pub fn quota_attainment(deals: &[DealFacts], quotas: &[QuotaFacts], period: &Period) -> Vec<QuotaRow> {
    let mut rows: Vec<QuotaRow> = quotas
        .iter()
        .filter(|q| q.starts_on <= period.end && q.ends_on >= period.start)
        .map(|quota| {
            let span = Period { start: quota.starts_on, end: quota.ends_on, zone: period.zone };
            let mut won = Amount::default();
            for deal in deals.iter().filter(|d| d.owner_id == quota.owner_id && d.closed_in(&span, Outcome::Won)) {
                won.add(&deal.id, deal.amount_base);
            }
            let percent = (!quota.amount_base.is_zero()).then(|| {
                let share = won.amount * Decimal::ONE_HUNDRED / quota.amount_base;
                share.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero).to_u32().unwrap_or(0)
            });
            QuotaRow {
                owner_id: quota.owner_id.clone(),
                starts_on: quota.starts_on,
                ends_on: quota.ends_on,
                quota: quota.amount_base,
                won,
                percent,
            }
        })
        .collect();
    rows.sort_by(|a, b| (a.starts_on, &a.owner_id).cmp(&(b.starts_on, &b.owner_id)));
    rows
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ForecastQuarter {
    /// "Q3 FY2025": a fiscal year is named by the calendar year it ends in.
    pub label: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub amount: Amount,
    pub weighted: Decimal,
}

/// Open deals by expected close over `quarters` fiscal quarters starting with the one holding
/// `today`. Deals without an expected close, or expected before this quarter, are left out.
pub fn forecast(deals: &[DealFacts], today: NaiveDate, fiscal_start_month: u32, quarters: u32) -> Vec<ForecastQuarter> {
    let start_month = fiscal_start_month.clamp(1, 12) as u8;
    let (year, quarter) = fiscal::quarter_of(today, start_month);
    let index = year * 4 + i32::from(quarter - 1);
    (index..index + quarters as i32)
        .filter_map(|i| {
            let (year, quarter) = (i.div_euclid(4), (i.rem_euclid(4) + 1) as u8);
            let (starts_on, ends_on) = fiscal::quarter(year, quarter, start_month)?;
            let label = fiscal::quarter_label(year, quarter, start_month);
            let mut amount = Amount::default();
            let mut weighted_sum = Decimal::ZERO;
            for deal in
                deals.iter().filter(|d| d.outcome == Outcome::Open && d.expected_close.is_some_and(|c| starts_on <= c && c <= ends_on))
            {
                amount.add(&deal.id, deal.amount_base);
                weighted_sum += weighted(deal);
            }
            Some(ForecastQuarter { label, starts_on, ends_on, amount, weighted: weighted_sum })
        })
        .collect()
}

/// What revenue is split by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RevenueKey {
    Owner,
    Region,
    /// By the products on the deal's latest sent or accepted quote; a deal without one counts
    /// under "" with its whole amount.
    Product,
}

/// Revenue won in the period by owner, region or product, largest first (ties by key).
pub fn revenue_by(deals: &[DealFacts], period: &Period, key: RevenueKey) -> Vec<(String, Amount)> {
    let mut slices: BTreeMap<String, Amount> = BTreeMap::new();
    for deal in deals.iter().filter(|d| d.closed_in(period, Outcome::Won)) {
        match key {
            RevenueKey::Owner => slices.entry(deal.owner_id.clone()).or_default().add(&deal.id, deal.amount_base),
            RevenueKey::Region => slices.entry(deal.region.clone()).or_default().add(&deal.id, deal.amount_base),
            RevenueKey::Product if deal.product_amounts.is_empty() => {
                slices.entry(String::new()).or_default().add(&deal.id, deal.amount_base)
            }
            RevenueKey::Product => {
                for (product, amount) in &deal.product_amounts {
                    let slice = slices.entry(product.clone()).or_default();
                    slice.amount += *amount;
                    if !slice.ids.contains(&deal.id) {
                        slice.ids.push(deal.id.clone());
                    }
                }
            }
        }
    }
    let mut slices: Vec<(String, Amount)> = slices.into_iter().collect();
    slices.sort_by(|a, b| b.1.amount.cmp(&a.1.amount).then_with(|| a.0.cmp(&b.0)));
    slices
}
