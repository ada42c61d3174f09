//! The joint funnel dashboard: the metrics of `tandem_domain::metrics` over the workspace's facts
//! for a period and filter, every figure with a drill key to the records behind it. The facts are
//! loaded once and kept until a change touches a table they come from, so a filter change only
//! recomputes.

use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::sync::{Arc, Mutex};

use chrono::{NaiveDate, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use tandem_domain::company::CompanySize;
use tandem_domain::lifecycle::LifecycleStage;
use tandem_domain::metrics::{self, DealFacts, LeadFacts, Outcome, Period, RevenueKey};
use tandem_domain::money::cents;
use tandem_store::dashboard_facts::{self, DashboardFacts};
use ts_rs::TS;

pub use tandem_domain::metrics::Attribution;

use crate::error::{AppError, ErrorCode};
use crate::App;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DashboardFilter {
    /// YYYY-MM-DD, both ends included, in the workspace's time zone.
    pub period_start: String,
    pub period_end: String,
    pub owner_id: Option<String>,
    pub team_id: Option<String>,
    pub campaign_id: Option<String>,
    /// The company's region (the contact's country when the company has none).
    pub region: Option<String>,
    pub product_id: Option<String>,
    pub attribution: Attribution,
}

/// A clickable figure: `drill` is an opaque key for `dashboard_records(filter, drill)`.
// Named apart in TypeScript: the quote engine's `Figure` and the campaigns' `CampaignRow` exist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(rename = "DashboardFigure")]
pub struct Figure {
    /// Unformatted: "12", "1234.50", "37" (percent); "" when there is no figure.
    pub value: String,
    pub drill: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct FunnelStep {
    pub stage: String,
    pub label: String,
    pub count: Figure,
    pub conversion_percent: Option<u32>,
    pub median_days: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct StageValue {
    pub stage_id: String,
    pub stage: String,
    pub count: Figure,
    pub amount: Figure,
    pub weighted: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Slice {
    pub key: String,
    pub label: String,
    pub amount: Figure,
    pub deals: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SegmentCycle {
    pub segment: String,
    pub median_days: Option<String>,
    pub deals: Figure,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct QuotaRow {
    pub owner_id: String,
    pub owner: String,
    /// The quota's fiscal quarter ("Q4 FY2026"), or its dates when it is not one quarter.
    pub period: String,
    pub quota: String,
    pub won: Figure,
    pub percent: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ForecastQuarter {
    pub label: String,
    pub amount: Figure,
    pub weighted: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(rename = "DashboardCampaignRow")]
pub struct CampaignRow {
    pub id: String,
    pub name: String,
    pub channel: String,
    pub leads: Figure,
    pub mqls: Figure,
    pub sqls: Figure,
    pub customers: Figure,
    pub cost: String,
    pub revenue: Figure,
    pub roi_percent: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ContentRow {
    pub item_id: String,
    pub title: String,
    pub uses: u32,
    pub win_rate_percent: Option<u32>,
    /// How many deals that used it were won in the period.
    pub won: Figure,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Dashboard {
    pub base_currency: String,
    pub unconverted_currencies: Vec<String>,
    pub funnel: Vec<FunnelStep>,
    pub lead_to_customer_percent: Option<u32>,
    pub pipeline: Vec<StageValue>,
    pub pipeline_total: String,
    pub pipeline_weighted: String,
    pub win_rate_percent: Option<u32>,
    pub won: Figure,
    pub lost: Figure,
    pub average_deal_value: Figure,
    pub sales_cycle_median_days: Option<String>,
    pub cycle_by_segment: Vec<SegmentCycle>,
    pub quotas: Vec<QuotaRow>,
    pub forecast: Vec<ForecastQuarter>,
    pub revenue_by_owner: Vec<Slice>,
    pub revenue_by_region: Vec<Slice>,
    pub revenue_by_product: Vec<Slice>,
    pub sourced_revenue: Figure,
    pub influenced_revenue: Figure,
    pub customer_acquisition_cost: Figure,
    pub new_customers: Figure,
    pub campaigns: Vec<CampaignRow>,
    pub content: Vec<ContentRow>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DashboardRecord {
    /// "contacts" or "deals".
    pub table: String,
    pub id: String,
    pub title: String,
    pub subtitle: String,
    /// In the base currency when it converts, else as entered with its currency code.
    pub amount: String,
    /// The date that put the record in the figure (YYYY-MM-DD in the workspace's zone).
    pub at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DashboardRecords {
    pub title: String,
    pub records: Vec<DashboardRecord>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DashboardChoice {
    pub id: String,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DashboardOptions {
    pub owners: Vec<DashboardChoice>,
    pub teams: Vec<DashboardChoice>,
    pub campaigns: Vec<DashboardChoice>,
    pub regions: Vec<DashboardChoice>,
    pub products: Vec<DashboardChoice>,
}

/// A table of the dashboard that can be exported as CSV.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DashboardTable {
    Funnel,
    Pipeline,
    SalesCycle,
    Quotas,
    Forecast,
    RevenueByOwner,
    RevenueByRegion,
    RevenueByProduct,
    Campaigns,
    Content,
}

impl DashboardTable {
    /// The exported file's name, without extension.
    pub fn file_stem(self) -> &'static str {
        match self {
            DashboardTable::Funnel => "funnel",
            DashboardTable::Pipeline => "pipeline by stage",
            DashboardTable::SalesCycle => "sales cycle by segment",
            DashboardTable::Quotas => "quota attainment",
            DashboardTable::Forecast => "forecast",
            DashboardTable::RevenueByOwner => "revenue by owner",
            DashboardTable::RevenueByRegion => "revenue by region",
            DashboardTable::RevenueByProduct => "revenue by product",
            DashboardTable::Campaigns => "campaigns",
            DashboardTable::Content => "content effectiveness",
        }
    }
}

/// The tables the facts are read from: a commit touching one of them makes the cache stale.
pub(crate) const FACT_TABLES: [&str; 19] = [
    "contacts",
    "companies",
    "deals",
    "deal_contacts",
    "stage_history",
    "pipelines",
    "pipeline_stages",
    "campaigns",
    "quotas",
    "sales_teams",
    "sales_team_members",
    "members",
    "exchange_rates",
    "workspace_settings",
    "quotes",
    "quote_lines",
    "products",
    "content_items",
    "content_uses",
];

/// The facts as last loaded, and the change-log position they are true at.
struct Loaded {
    db: usize,
    mark: i64,
    facts: Arc<DashboardFacts>,
}

/// The loaded facts, kept between dashboard calls. They are checked against the change log on
/// each call (see `dashboard_facts`), which sees this process's commits, synced changes and other
/// processes' alike, so nothing needs to invalidate them.
#[derive(Default)]
pub(crate) struct FactsCache(Mutex<Option<Loaded>>);

impl App {
    /// The facts, loaded again only when the change log shows a commit (from this process, sync,
    /// or another process such as the CLI) touching one of the tables they come from.
    fn dashboard_facts(&self) -> Result<Arc<DashboardFacts>, AppError> {
        let db = self.db()?;
        let key = Arc::as_ptr(&db) as usize;
        let mut slot = self.inner.dashboard.0.lock().unwrap_or_else(|p| p.into_inner());
        let (mark, cached) = db.read(|conn| {
            let mark = tandem_store::change_mark(conn)?;
            if let Some(loaded) = slot.as_mut().filter(|l| l.db == key && l.mark <= mark) {
                if loaded.mark == mark || !dashboard_facts::changed_since(conn, loaded.mark, &FACT_TABLES)? {
                    loaded.mark = mark;
                    return Ok((mark, Some(loaded.facts.clone())));
                }
            }
            Ok((mark, None))
        })?;
        if let Some(facts) = cached {
            return Ok(facts);
        }
        // Taken before the load: a commit during it moves the mark on, and the next call reloads.
        let facts = Arc::new(dashboard_facts::load(&db)?);
        *slot = Some(Loaded { db: key, mark, facts: facts.clone() });
        Ok(facts)
    }

    /// Drops the cached facts: the next dashboard call reads them afresh (benchmarks: cold runs).
    pub fn forget_dashboard_facts(&self) {
        *self.inner.dashboard.0.lock().unwrap_or_else(|p| p.into_inner()) = None;
    }

    pub fn dashboard(&self, filter: &DashboardFilter) -> Result<Dashboard, AppError> {
        let facts = self.dashboard_facts()?;
        let view = View::new(&facts, filter, Utc::now())?;
        Ok(view.dashboard())
    }

    /// The records behind the figure whose drill key is `drill`.
    pub fn dashboard_records(&self, filter: &DashboardFilter, drill: &str) -> Result<DashboardRecords, AppError> {
        let facts = self.dashboard_facts()?;
        let view = View::new(&facts, filter, Utc::now())?;
        let (title, table, ids) = view.drill(drill).ok_or_else(|| {
            AppError::new(ErrorCode::Validation, format!("The dashboard has no figure '{drill}'. Refresh the dashboard and try again."))
        })?;
        let lines = self.db()?.read(|conn| match table {
            "contacts" => dashboard_facts::contact_lines(conn, &ids),
            _ => dashboard_facts::deal_lines(conn, &ids),
        })?;
        let wanted: HashSet<&str> = ids.iter().map(String::as_str).collect();
        let details: HashMap<&str, (Option<String>, String)> = if table == "contacts" {
            facts.leads.iter().filter(|l| wanted.contains(l.id.as_str())).map(|l| (l.id.as_str(), view.lead_detail(l))).collect()
        } else {
            facts.deals.iter().filter(|d| wanted.contains(d.id.as_str())).map(|d| (d.id.as_str(), view.deal_detail(d))).collect()
        };
        let mut records: Vec<DashboardRecord> = lines
            .into_iter()
            .map(|line| {
                let (amount, at) = details.get(line.id.as_str()).cloned().unwrap_or_default();
                let amount = amount.unwrap_or_else(|| {
                    if line.amount.is_empty() || table == "contacts" {
                        String::new()
                    } else {
                        format!("{} {}", line.amount, line.currency)
                    }
                });
                DashboardRecord { table: table.to_owned(), id: line.id, title: line.title, subtitle: line.subtitle, amount, at }
            })
            .collect();
        records.sort_by(|a, b| b.at.cmp(&a.at).then_with(|| a.title.cmp(&b.title)));
        Ok(DashboardRecords { title, records })
    }

    /// What the dashboard can be filtered by.
    pub fn dashboard_options(&self) -> Result<DashboardOptions, AppError> {
        let facts = self.dashboard_facts()?;
        let choice = |(id, label): &(String, String)| DashboardChoice { id: id.clone(), label: label.clone() };
        let regions: BTreeSet<&str> = facts
            .leads
            .iter()
            .map(|l| l.region.as_str())
            .chain(facts.deals.iter().map(|d| d.region.as_str()))
            .filter(|r| !r.is_empty())
            .collect();
        let mut campaigns: Vec<DashboardChoice> =
            facts.campaigns.iter().map(|c| DashboardChoice { id: c.id.clone(), label: c.name.clone() }).collect();
        campaigns.sort_by_key(|c| c.label.to_lowercase());
        Ok(DashboardOptions {
            owners: facts.members.iter().map(choice).collect(),
            teams: facts.teams.iter().map(|t| DashboardChoice { id: t.id.clone(), label: t.name.clone() }).collect(),
            campaigns,
            regions: regions.into_iter().map(|r| DashboardChoice { id: r.to_owned(), label: r.to_owned() }).collect(),
            products: facts.products.iter().map(choice).collect(),
        })
    }

    /// One dashboard table as CSV text (formula-like cells neutralised).
    pub fn dashboard_csv(&self, filter: &DashboardFilter, table: DashboardTable) -> Result<String, AppError> {
        let d = self.dashboard(filter)?;
        let opt = |v: Option<u32>| v.map(|v| v.to_string()).unwrap_or_default();
        let (headers, rows): (Vec<&str>, Vec<Vec<String>>) = match table {
            DashboardTable::Funnel => (
                vec!["Stage", "Leads", "Conversion %", "Median days in stage"],
                d.funnel
                    .iter()
                    .map(|s| {
                        vec![s.label.clone(), s.count.value.clone(), opt(s.conversion_percent), s.median_days.clone().unwrap_or_default()]
                    })
                    .collect(),
            ),
            DashboardTable::Pipeline => (
                vec!["Stage", "Deals", "Amount", "Weighted"],
                d.pipeline
                    .iter()
                    .map(|s| vec![s.stage.clone(), s.count.value.clone(), s.amount.value.clone(), s.weighted.clone()])
                    .collect(),
            ),
            DashboardTable::SalesCycle => (
                vec!["Segment", "Deals won", "Median days"],
                d.cycle_by_segment
                    .iter()
                    .map(|s| vec![s.segment.clone(), s.deals.value.clone(), s.median_days.clone().unwrap_or_default()])
                    .collect(),
            ),
            DashboardTable::Quotas => (
                vec!["Owner", "Quarter", "Quota", "Won", "Attainment %"],
                d.quotas
                    .iter()
                    .map(|q| vec![q.owner.clone(), q.period.clone(), q.quota.clone(), q.won.value.clone(), opt(q.percent)])
                    .collect(),
            ),
            DashboardTable::Forecast => (
                vec!["Quarter", "Amount", "Weighted"],
                d.forecast.iter().map(|q| vec![q.label.clone(), q.amount.value.clone(), q.weighted.clone()]).collect(),
            ),
            DashboardTable::RevenueByOwner | DashboardTable::RevenueByRegion | DashboardTable::RevenueByProduct => {
                let slices = match table {
                    DashboardTable::RevenueByOwner => &d.revenue_by_owner,
                    DashboardTable::RevenueByRegion => &d.revenue_by_region,
                    _ => &d.revenue_by_product,
                };
                (
                    vec!["Name", "Deals", "Revenue"],
                    slices.iter().map(|s| vec![s.label.clone(), s.deals.to_string(), s.amount.value.clone()]).collect(),
                )
            }
            DashboardTable::Campaigns => (
                vec!["Campaign", "Channel", "Leads", "MQLs", "SQLs", "Customers", "Cost", "Revenue", "ROI %"],
                d.campaigns
                    .iter()
                    .map(|c| {
                        vec![
                            c.name.clone(),
                            c.channel.clone(),
                            c.leads.value.clone(),
                            c.mqls.value.clone(),
                            c.sqls.value.clone(),
                            c.customers.value.clone(),
                            c.cost.clone(),
                            c.revenue.value.clone(),
                            c.roi_percent.map(|r| r.to_string()).unwrap_or_default(),
                        ]
                    })
                    .collect(),
            ),
            DashboardTable::Content => (
                vec!["Item", "Uses", "Win rate %", "Deals won"],
                d.content.iter().map(|c| vec![c.title.clone(), c.uses.to_string(), opt(c.win_rate_percent), c.won.value.clone()]).collect(),
            ),
        };
        let bytes = tandem_interchange::write_table(&headers, &rows);
        Ok(String::from_utf8(bytes).unwrap_or_default())
    }
}

/// The facts narrowed by a filter, for one period.
struct View<'a> {
    facts: &'a DashboardFacts,
    filter: &'a DashboardFilter,
    period: Period,
    today: NaiveDate,
    leads: Cow<'a, [LeadFacts]>,
    deals: Cow<'a, [DealFacts]>,
}

fn day(text: &str, what: &str) -> Result<NaiveDate, AppError> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| AppError::new(ErrorCode::Validation, format!("The period's {what} '{text}' is not a date; use YYYY-MM-DD.")))
}

impl<'a> View<'a> {
    fn new(facts: &'a DashboardFacts, filter: &'a DashboardFilter, now: chrono::DateTime<Utc>) -> Result<View<'a>, AppError> {
        let zone: chrono_tz::Tz = facts.settings.time_zone.parse().unwrap_or(chrono_tz::UTC);
        let (start, end) = (day(&filter.period_start, "start")?, day(&filter.period_end, "end")?);
        if end < start {
            return Err(AppError::new(ErrorCode::Validation, "The period ends before it starts; pick an end on or after the start."));
        }
        let period = Period { start, end, zone };
        let team: Option<HashSet<&str>> = filter
            .team_id
            .as_ref()
            .map(|id| facts.teams.iter().filter(|t| &t.id == id).flat_map(|t| t.member_ids.iter().map(String::as_str)).collect());
        let owner_ok = |owner: &str| {
            filter.owner_id.as_deref().is_none_or(|o| o == owner) && team.as_ref().is_none_or(|members| members.contains(owner))
        };
        let region_ok = |region: &str| filter.region.as_deref().is_none_or(|r| r == region);
        let campaign = filter.campaign_id.as_deref();
        let narrows_leads = filter.owner_id.is_some() || team.is_some() || filter.region.is_some() || campaign.is_some();
        let leads: Cow<'a, [LeadFacts]> = if narrows_leads {
            Cow::Owned(
                facts
                    .leads
                    .iter()
                    .filter(|l| {
                        owner_ok(&l.owner_id) && region_ok(&l.region) && campaign.is_none_or(|c| filter.attribution.of_lead(l) == Some(c))
                    })
                    .cloned()
                    .collect(),
            )
        } else {
            Cow::Borrowed(&facts.leads)
        };
        let deals: Cow<'a, [DealFacts]> = if narrows_leads || filter.product_id.is_some() {
            Cow::Owned(
                facts
                    .deals
                    .iter()
                    .filter(|d| {
                        owner_ok(&d.owner_id)
                            && region_ok(&d.region)
                            && campaign.is_none_or(|c| filter.attribution.of_deal(d) == Some(c))
                            && filter.product_id.as_deref().is_none_or(|p| d.product_amounts.iter().any(|(id, _)| id == p))
                    })
                    .cloned()
                    .collect(),
            )
        } else {
            Cow::Borrowed(&facts.deals)
        };
        Ok(View { facts, filter, period, today: now.with_timezone(&zone).date_naive(), leads, deals })
    }

    fn member(&self, id: &str) -> String {
        if id.is_empty() {
            return "No owner".into();
        }
        self.facts.members.iter().find(|(m, _)| m == id).map_or_else(|| "Former member".into(), |(_, name)| name.clone())
    }

    fn quota_period(&self, starts_on: chrono::NaiveDate, ends_on: chrono::NaiveDate) -> String {
        let start_month = self.facts.settings.fiscal_year_start_month;
        let (year, quarter) = tandem_domain::fiscal::quarter_of(starts_on, start_month);
        match tandem_domain::fiscal::quarter(year, quarter, start_month) {
            Some(dates) if dates == (starts_on, ends_on) => tandem_domain::fiscal::quarter_label(year, quarter, start_month),
            _ => format!("{starts_on} – {ends_on}"),
        }
    }

    fn quotas(&self) -> Vec<metrics::QuotaFacts> {
        let team: Option<Vec<&String>> = self
            .filter
            .team_id
            .as_ref()
            .map(|id| self.facts.teams.iter().filter(|t| &t.id == id).flat_map(|t| t.member_ids.iter()).collect());
        self.facts
            .quotas
            .iter()
            .filter(|q| {
                self.filter.owner_id.as_ref().is_none_or(|o| *o == q.owner_id) && team.as_ref().is_none_or(|t| t.contains(&&q.owner_id))
            })
            .cloned()
            .collect()
    }

    fn campaigns(&self) -> Vec<metrics::CampaignFacts> {
        self.facts.campaigns.iter().filter(|c| self.filter.campaign_id.as_ref().is_none_or(|id| *id == c.id)).cloned().collect()
    }

    fn dashboard(&self) -> Dashboard {
        let (period, leads, deals) = (&self.period, &self.leads[..], &self.deals[..]);
        let funnel = metrics::funnel(leads, period);
        let mut pipeline = metrics::pipeline_by_stage(deals);
        let position: HashMap<&str, usize> = self.facts.stages.iter().enumerate().map(|(i, s)| (s.id.as_str(), i)).collect();
        pipeline.sort_by_key(|s| position.get(s.stage_id.as_str()).copied().unwrap_or(usize::MAX));
        let rate = metrics::win_rate(deals, period);
        let cycle = metrics::sales_cycle(deals, period);
        let acquisition = metrics::customer_acquisition_cost(&self.campaigns(), leads, period);
        let average = metrics::average_won_value(deals, period);
        let mut segments = cycle.by_segment.clone();
        segments.sort_by_key(|s| CompanySize::ALL.iter().position(|c| c.as_str() == s.segment).unwrap_or(0));
        let slices = |key: RevenueKey, name: &str| -> Vec<Slice> {
            metrics::revenue_by(deals, period, key)
                .into_iter()
                .map(|(k, amount)| Slice {
                    label: self.slice_label(key, &k),
                    amount: Figure { value: cents(amount.amount), drill: Some(format!("{name}:{k}")) },
                    deals: amount.ids.len() as u32,
                    key: k,
                })
                .collect()
        };
        let campaign_rows = metrics::campaign_rows(&self.campaigns(), leads, deals, period, self.filter.attribution);
        Dashboard {
            base_currency: self.facts.settings.base_currency.clone(),
            unconverted_currencies: self.facts.unconverted_currencies.clone(),
            funnel: funnel
                .steps
                .iter()
                .map(|s| FunnelStep {
                    stage: s.stage.as_str().to_owned(),
                    label: funnel_label(s.stage).to_owned(),
                    count: count(s.ids.len(), format!("funnel:{}", s.stage.as_str())),
                    conversion_percent: s.conversion_percent,
                    median_days: s.median_days.map(|d| d.to_string()),
                })
                .collect(),
            lead_to_customer_percent: metrics::lead_to_customer(&funnel),
            pipeline_total: cents(pipeline.iter().map(|s| s.amount.amount).sum()),
            pipeline_weighted: cents(pipeline.iter().map(|s| s.weighted).sum()),
            pipeline: pipeline
                .iter()
                .map(|s| StageValue {
                    stage: self
                        .facts
                        .stages
                        .iter()
                        .find(|st| st.id == s.stage_id)
                        .map_or_else(|| "Unknown stage".into(), |st| st.name.clone()),
                    count: count(s.amount.ids.len(), format!("pipeline:{}", s.stage_id)),
                    amount: money(s.amount.amount, format!("pipeline:{}", s.stage_id)),
                    weighted: cents(s.weighted),
                    stage_id: s.stage_id.clone(),
                })
                .collect(),
            win_rate_percent: rate.percent,
            won: count(rate.won.ids.len(), "won".into()),
            lost: count(rate.lost.ids.len(), "lost".into()),
            average_deal_value: Figure { value: average.map(cents).unwrap_or_default(), drill: Some("won".into()) },
            sales_cycle_median_days: cycle.median_days.map(|d| d.to_string()),
            cycle_by_segment: segments
                .iter()
                .map(|s| SegmentCycle {
                    segment: segment_label(&s.segment),
                    median_days: s.median_days.map(|d| d.to_string()),
                    deals: count(s.ids.len(), format!("cycle:{}", s.segment)),
                })
                .collect(),
            quotas: metrics::quota_attainment(deals, &self.quotas(), period)
                .iter()
                .map(|q| QuotaRow {
                    owner_id: q.owner_id.clone(),
                    owner: self.member(&q.owner_id),
                    period: self.quota_period(q.starts_on, q.ends_on),
                    quota: cents(q.quota),
                    won: money(q.won.amount, format!("quota:{}:{}:{}", q.starts_on, q.ends_on, q.owner_id)),
                    percent: q.percent,
                })
                .collect(),
            forecast: metrics::forecast(deals, self.today, u32::from(self.facts.settings.fiscal_year_start_month), 4)
                .iter()
                .enumerate()
                .map(|(i, q)| ForecastQuarter {
                    label: q.label.clone(),
                    amount: money(q.amount.amount, format!("forecast:{i}")),
                    weighted: cents(q.weighted),
                })
                .collect(),
            revenue_by_owner: slices(RevenueKey::Owner, "owner"),
            revenue_by_region: slices(RevenueKey::Region, "region"),
            revenue_by_product: slices(RevenueKey::Product, "product"),
            sourced_revenue: money(metrics::sourced_revenue(deals, period).amount, "sourced".into()),
            influenced_revenue: money(metrics::influenced_revenue(deals, period).amount, "influenced".into()),
            customer_acquisition_cost: Figure {
                value: acquisition.cost_per_customer.map(cents).unwrap_or_default(),
                drill: Some("new_customers".into()),
            },
            new_customers: count(acquisition.new_customers.len(), "new_customers".into()),
            campaigns: campaign_rows
                .iter()
                .filter_map(|row| {
                    let campaign = self.facts.campaigns.iter().find(|c| c.id == row.campaign_id)?;
                    let key = |what: &str| format!("campaign:{what}:{}", row.campaign_id);
                    Some(CampaignRow {
                        id: row.campaign_id.clone(),
                        name: campaign.name.clone(),
                        channel: campaign.channel.clone(),
                        leads: count(row.leads.len(), key("leads")),
                        mqls: count(row.mqls.len(), key("mqls")),
                        sqls: count(row.sqls.len(), key("sqls")),
                        customers: count(row.customers.len(), key("customers")),
                        cost: row.cost.map(cents).unwrap_or_default(),
                        revenue: money(row.revenue.amount, key("revenue")),
                        roi_percent: row.roi_percent,
                    })
                })
                .collect(),
            content: metrics::content_effectiveness(&self.facts.content, deals, period)
                .iter()
                .map(|row| ContentRow {
                    title: self.facts.content.iter().find(|c| c.id == row.item_id).map(|c| c.title.clone()).unwrap_or_default(),
                    uses: row.uses,
                    win_rate_percent: row.win_rate_percent,
                    won: count(row.won.ids.len(), format!("content:{}", row.item_id)),
                    item_id: row.item_id.clone(),
                })
                .collect(),
        }
    }

    fn slice_label(&self, key: RevenueKey, id: &str) -> String {
        match key {
            RevenueKey::Owner => self.member(id),
            RevenueKey::Region if id.is_empty() => "No region".into(),
            RevenueKey::Region => id.to_owned(),
            RevenueKey::Product if id.is_empty() => "No quoted product".into(),
            RevenueKey::Product => {
                self.facts.products.iter().find(|(p, _)| p == id).map_or_else(|| "Removed product".into(), |(_, n)| n.clone())
            }
        }
    }

    /// The title, table and ids behind a drill key; None for a key no figure has.
    fn drill(&self, key: &str) -> Option<(String, &'static str, Vec<String>)> {
        let (period, leads, deals) = (&self.period, &self.leads[..], &self.deals[..]);
        let (kind, arg) = key.split_once(':').unwrap_or((key, ""));
        let deals_of = |title: String, ids: Vec<String>| Some((title, "deals", ids));
        match kind {
            "funnel" => {
                let stage = LifecycleStage::parse(arg)?;
                let step = metrics::funnel(leads, period).steps.into_iter().find(|s| s.stage == stage)?;
                Some((format!("{} ({})", funnel_label(stage), self.period_text()), "contacts", step.ids))
            }
            "pipeline" => {
                let stage = metrics::pipeline_by_stage(deals).into_iter().find(|s| s.stage_id == arg)?;
                let name = self.facts.stages.iter().find(|s| s.id == arg).map_or("Unknown stage", |s| s.name.as_str());
                deals_of(format!("Open deals in {name}"), stage.amount.ids)
            }
            "won" => deals_of(format!("Deals won ({})", self.period_text()), metrics::win_rate(deals, period).won.ids),
            "lost" => deals_of(format!("Deals lost ({})", self.period_text()), metrics::win_rate(deals, period).lost.ids),
            "cycle" => {
                let cycle = metrics::sales_cycle(deals, period);
                let segment = cycle.by_segment.into_iter().find(|s| s.segment == arg)?;
                deals_of(format!("Deals won, {}", segment_label(arg)), segment.ids)
            }
            "quota" => {
                let row = metrics::quota_attainment(deals, &self.quotas(), period)
                    .into_iter()
                    .find(|q| format!("{}:{}:{}", q.starts_on, q.ends_on, q.owner_id) == arg)?;
                deals_of(format!("Won by {} toward the quota", self.member(&row.owner_id)), row.won.ids)
            }
            "forecast" => {
                let index: usize = arg.parse().ok()?;
                let quarter = metrics::forecast(deals, self.today, u32::from(self.facts.settings.fiscal_year_start_month), 4)
                    .into_iter()
                    .nth(index)?;
                deals_of(format!("Open deals expected to close in {}", quarter.label), quarter.amount.ids)
            }
            "owner" | "region" | "product" => {
                let key = match kind {
                    "owner" => RevenueKey::Owner,
                    "region" => RevenueKey::Region,
                    _ => RevenueKey::Product,
                };
                let (_, amount) = metrics::revenue_by(deals, period, key).into_iter().find(|(k, _)| k == arg)?;
                deals_of(format!("Won revenue: {}", self.slice_label(key, arg)), amount.ids)
            }
            "sourced" => deals_of("Revenue sourced by campaigns".into(), metrics::sourced_revenue(deals, period).ids),
            "influenced" => deals_of("Revenue influenced by campaigns".into(), metrics::influenced_revenue(deals, period).ids),
            "new_customers" => Some((
                format!("New customers ({})", self.period_text()),
                "contacts",
                metrics::customer_acquisition_cost(&self.campaigns(), leads, period).new_customers,
            )),
            "campaign" => {
                let (what, id) = arg.split_once(':')?;
                let campaign = self.facts.campaigns.iter().find(|c| c.id == id)?;
                let row = metrics::campaign_rows(std::slice::from_ref(campaign), leads, deals, period, self.filter.attribution).pop()?;
                let (label, table, ids) = match what {
                    "leads" => ("Leads", "contacts", row.leads),
                    "mqls" => ("Marketing-qualified leads", "contacts", row.mqls),
                    "sqls" => ("Sales-qualified leads", "contacts", row.sqls),
                    "customers" => ("Customers", "contacts", row.customers),
                    "revenue" => ("Won deals", "deals", row.revenue.ids),
                    _ => return None,
                };
                Some((format!("{label} from {}", campaign.name), table, ids))
            }
            "content" => {
                let row = metrics::content_effectiveness(&self.facts.content, deals, period).into_iter().find(|r| r.item_id == arg)?;
                let title = self.facts.content.iter().find(|c| c.id == arg).map_or("", |c| c.title.as_str());
                deals_of(format!("Deals won with “{title}”"), row.won.ids)
            }
            _ => None,
        }
    }

    fn period_text(&self) -> String {
        format!("{} – {}", self.period.start, self.period.end)
    }

    /// A contact's day: when it was created.
    fn lead_detail(&self, lead: &LeadFacts) -> (Option<String>, String) {
        (None, self.period.local_date(lead.created_at).to_string())
    }

    /// A deal's base amount and the day that counts for it: its close, else its expected close.
    fn deal_detail(&self, deal: &DealFacts) -> (Option<String>, String) {
        let local = |at: chrono::DateTime<Utc>| self.period.local_date(at).to_string();
        let at = match (deal.outcome, deal.closed_at, deal.expected_close) {
            (Outcome::Open, _, Some(expected)) => expected.to_string(),
            (_, Some(closed), _) => local(closed),
            _ => local(deal.created_at),
        };
        (deal.amount_base.map(cents), at)
    }
}

fn count(n: usize, drill: String) -> Figure {
    Figure { value: n.to_string(), drill: Some(drill) }
}

fn money(amount: Decimal, drill: String) -> Figure {
    Figure { value: cents(amount), drill: Some(drill) }
}

fn funnel_label(stage: LifecycleStage) -> &'static str {
    match stage {
        LifecycleStage::Lead => "New leads",
        LifecycleStage::MarketingQualified => "Marketing qualified",
        LifecycleStage::SalesQualified => "Sales qualified",
        LifecycleStage::Opportunity => "Opportunity",
        LifecycleStage::Customer => "Customer",
        _ => "Other",
    }
}

fn segment_label(segment: &str) -> String {
    match segment {
        "" | "unknown" => "Unknown size".into(),
        size => format!("{size} employees"),
    }
}
