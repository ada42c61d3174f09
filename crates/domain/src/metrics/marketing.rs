//! Where marketing meets sales: revenue campaigns sourced or influenced, what a customer cost,
//! each campaign's funnel and return, and which library content helps win.

use std::collections::{HashMap, HashSet};

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::facts::{funnel_rank, CampaignFacts, ContentFacts, DealFacts, LeadFacts, Outcome, Period};
use super::Amount;
use crate::lifecycle::LifecycleStage;
use crate::win_rate::{compare, ClosedDeal};

/// Which campaign a lead or deal is credited to: the one that brought it in, or the latest one.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Attribution {
    #[default]
    FirstTouch,
    LastTouch,
}

impl Attribution {
    pub fn of_lead(self, lead: &LeadFacts) -> Option<&str> {
        match self {
            Attribution::FirstTouch => lead.first_campaign_id.as_deref(),
            Attribution::LastTouch => lead.last_campaign_id.as_deref(),
        }
    }

    pub fn of_deal(self, deal: &DealFacts) -> Option<&str> {
        match self {
            Attribution::FirstTouch => deal.first_campaign_id.as_deref(),
            Attribution::LastTouch => deal.last_campaign_id.as_deref(),
        }
    }
}

/// Revenue won in the period on deals a campaign brought in (a first-touch campaign).
pub fn sourced_revenue(deals: &[DealFacts], period: &Period) -> Amount {
    let mut sourced = Amount::default();
    for deal in deals.iter().filter(|d| d.first_campaign_id.is_some() && d.closed_in(period, Outcome::Won)) {
        sourced.add(&deal.id, deal.amount_base);
    }
    sourced
}

/// Revenue won in the period on deals any campaign touched: the deal's own first or last touch,
/// or a campaign of one of its contacts. Sourced revenue is part of it.
pub fn influenced_revenue(deals: &[DealFacts], period: &Period) -> Amount {
    let mut influenced = Amount::default();
    for deal in deals.iter().filter(|d| d.touches().next().is_some() && d.closed_in(period, Outcome::Won)) {
        influenced.add(&deal.id, deal.amount_base);
    }
    influenced
}

/// What winning a customer cost in the period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Acquisition {
    /// Cost of the campaigns that ran during the period (those with a known cost).
    pub cost: Amount,
    /// Contacts that first entered customer (or beyond) in the period.
    pub new_customers: Vec<String>,
    /// cost / new customers; None without a new customer.
    pub cost_per_customer: Option<Decimal>,
}

/// When the lead first reached customer (or a later stage such as evangelist).
fn became_customer(lead: &LeadFacts) -> Option<chrono::DateTime<chrono::Utc>> {
    let customer = funnel_rank(LifecycleStage::Customer);
    lead.stays.iter().filter(|s| funnel_rank(s.stage) >= customer).map(|s| s.entered_at).min()
}

/// Campaign cost over the period's new customers.
pub fn customer_acquisition_cost(campaigns: &[CampaignFacts], leads: &[LeadFacts], period: &Period) -> Acquisition {
    let mut cost = Amount::default();
    for campaign in campaigns.iter().filter(|c| c.overlaps(period)) {
        cost.add(&campaign.id, campaign.cost_base);
    }
    let new_customers: Vec<String> =
        leads.iter().filter(|l| became_customer(l).is_some_and(|at| period.contains(at))).map(|l| l.id.clone()).collect();
    let cost_per_customer = (!new_customers.is_empty()).then(|| cost.amount / Decimal::from(new_customers.len()));
    Acquisition { cost, new_customers, cost_per_customer }
}

/// One campaign's funnel and return over the period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CampaignRow {
    pub campaign_id: String,
    /// Leads created in the period credited to the campaign.
    pub leads: Vec<String>,
    pub mqls: Vec<String>,
    pub sqls: Vec<String>,
    pub customers: Vec<String>,
    /// Deals won in the period credited to the campaign.
    pub revenue: Amount,
    pub cost: Option<Decimal>,
    /// (revenue − cost) / cost in whole percent; None without a cost.
    pub roi_percent: Option<i64>,
}

/// Every campaign's row, in the order given. A lead or deal is credited to at most one campaign
/// (its first or last touch), so the rows' revenues add up to the attributed revenue.
pub fn campaign_rows(
    campaigns: &[CampaignFacts],
    leads: &[LeadFacts],
    deals: &[DealFacts],
    period: &Period,
    attribution: Attribution,
) -> Vec<CampaignRow> {
    let mut rows: Vec<CampaignRow> = campaigns
        .iter()
        .map(|c| CampaignRow {
            campaign_id: c.id.clone(),
            leads: Vec::new(),
            mqls: Vec::new(),
            sqls: Vec::new(),
            customers: Vec::new(),
            revenue: Amount::default(),
            cost: c.cost_base,
            roi_percent: None,
        })
        .collect();
    let index: HashMap<&str, usize> = campaigns.iter().enumerate().map(|(i, c)| (c.id.as_str(), i)).collect();
    let rank = funnel_rank;
    for lead in leads.iter().filter(|l| period.contains(l.created_at)) {
        let Some(&i) = attribution.of_lead(lead).and_then(|id| index.get(id)) else { continue };
        let reached = lead.stays.iter().filter_map(|s| funnel_rank(s.stage)).max();
        let row = &mut rows[i];
        row.leads.push(lead.id.clone());
        if reached >= rank(LifecycleStage::MarketingQualified) {
            row.mqls.push(lead.id.clone());
        }
        if reached >= rank(LifecycleStage::SalesQualified) {
            row.sqls.push(lead.id.clone());
        }
        if reached >= rank(LifecycleStage::Customer) {
            row.customers.push(lead.id.clone());
        }
    }
    for deal in deals.iter().filter(|d| d.closed_in(period, Outcome::Won)) {
        if let Some(&i) = attribution.of_deal(deal).and_then(|id| index.get(id)) {
            rows[i].revenue.add(&deal.id, deal.amount_base);
        }
    }
    for row in &mut rows {
        row.roi_percent = row.cost.filter(|c| !c.is_zero()).and_then(|cost| {
            ((row.revenue.amount - cost) * Decimal::ONE_HUNDRED / cost)
                .round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero)
                .to_i64()
        });
    }
    rows
}

/// How a library item did in the period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentRow {
    pub item_id: String,
    /// Times it was used in the period.
    pub uses: u32,
    /// Of the deals closed in the period that used it, the share won.
    pub win_rate_percent: Option<u32>,
    /// Those deals that were won.
    pub won: Amount,
}

/// Items used in the period or on a deal closed in it, most used first (ties by id).
pub fn content_effectiveness(items: &[ContentFacts], deals: &[DealFacts], period: &Period) -> Vec<ContentRow> {
    let closed: Vec<&DealFacts> =
        deals.iter().filter(|d| d.outcome != Outcome::Open && d.closed_at.is_some_and(|at| period.contains(at))).collect();
    let all_closed: Vec<ClosedDeal> = closed.iter().map(|d| ClosedDeal { id: d.id.clone(), won: d.outcome == Outcome::Won }).collect();
    let mut rows: Vec<ContentRow> = items
        .iter()
        .filter_map(|item| {
            let uses = item.used_at.iter().filter(|at| period.contains(**at)).count() as u32;
            let used_on: HashSet<String> = closed.iter().filter(|d| d.content_item_ids.contains(&item.id)).map(|d| d.id.clone()).collect();
            if uses == 0 && used_on.is_empty() {
                return None;
            }
            let rates = compare(&all_closed, &used_on);
            let mut won = Amount::default();
            for deal in closed.iter().filter(|d| d.outcome == Outcome::Won && used_on.contains(&d.id)) {
                won.add(&deal.id, deal.amount_base);
            }
            Some(ContentRow { item_id: item.id.clone(), uses, win_rate_percent: rates.with_item.percent(), won })
        })
        .collect();
    rows.sort_by(|a, b| b.uses.cmp(&a.uses).then_with(|| a.item_id.cmp(&b.item_id)));
    rows
}
