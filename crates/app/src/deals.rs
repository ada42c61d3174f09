//! Deal commands: pipelines, the board, the table, the forecast, and creating, editing and moving deals.

use chrono::{Duration, NaiveDate, Utc};
use tandem_domain::deal::{Deal, DealInput};
use tandem_domain::money::{cents, BaseTotal};
use tandem_domain::pipeline::{Pipeline, PipelineInput, StageKind};
use tandem_store::deals::{self, DealFilter, DealOrder};
use tandem_store::{companies, custom_fields, exchange_rates, pipelines, settings, tables, WriteSource};

use crate::dto::{BoardColumn, DealBoard, DealContactInput, DealPage, DealQuery, DealSort, Forecast, ForecastMonth, MoneyTotal};
use crate::{App, AppError};

const MAX_PAGE: u32 = 500;
/// The board shows this many deals per stage; the table shows them all.
const BOARD_COLUMN_LIMIT: u32 = 200;
/// Won and lost columns show deals closed within this many days.
const BOARD_CLOSED_DAYS: i64 = 30;

impl App {
    /// Every pipeline; a workspace without one gets the default pipeline first.
    pub fn list_pipelines(&self) -> Result<Vec<Pipeline>, AppError> {
        let db = self.db()?;
        let existing = db.read(pipelines::list)?;
        if !existing.is_empty() {
            return Ok(existing);
        }
        self.write(WriteSource::Background, "", |w| Ok(pipelines::ensure_default(w)?))?;
        Ok(db.read(pipelines::list)?)
    }

    pub fn save_pipeline(&self, id: Option<String>, input: PipelineInput) -> Result<Pipeline, AppError> {
        let clean = input.validate()?;
        let saved =
            self.write(WriteSource::User, &format!("Edit of pipeline {}", clean.name), |w| Ok(pipelines::save(w, id.as_deref(), &clean)?))?;
        Ok(self.db()?.read(|conn| pipelines::get(conn, &saved))?)
    }

    pub fn deal_board(&self, pipeline_id: &str) -> Result<DealBoard, AppError> {
        let now = Utc::now();
        let closed_since = (now - Duration::days(BOARD_CLOSED_DAYS)).date_naive().format("%Y-%m-%d").to_string();
        let (pipeline, base, rates, amounts, rows) = self.db()?.read(|conn| {
            let pipeline = pipelines::get(conn, pipeline_id)?;
            let base = settings::get(conn)?.base_currency;
            let rates = exchange_rates::list(conn)?;
            let amounts = deals::amounts(conn, pipeline_id, &closed_since)?;
            let rows = pipeline
                .stages
                .iter()
                .map(|stage| deals::in_stage(conn, stage, &closed_since, BOARD_COLUMN_LIMIT, now))
                .collect::<Result<Vec<_>, _>>()?;
            Ok((pipeline, base, rates, amounts, rows))
        })?;
        let today = now.date_naive();
        let mut unconverted = Vec::new();
        let columns = pipeline
            .stages
            .iter()
            .zip(rows)
            .map(|(stage, deals)| {
                let mut total = BaseTotal::default();
                for a in amounts.iter().filter(|a| a.stage_id == stage.id) {
                    total.add(&a.amount, &a.currency, a.probability, &base, &rates, today);
                }
                merge(&mut unconverted, &total.unconverted);
                BoardColumn { stage: stage.clone(), deals, total: money(&total) }
            })
            .collect();
        Ok(DealBoard { pipeline, base_currency: base, columns, closed_since, unconverted })
    }

    /// Open deals of the pipeline summed by month of expected close, weighted by stage probability.
    pub fn deal_forecast(&self, pipeline_id: &str) -> Result<Forecast, AppError> {
        let today = Utc::now().date_naive();
        let (base, rates, amounts) = self.db()?.read(|conn| {
            Ok((settings::get(conn)?.base_currency, exchange_rates::list(conn)?, deals::amounts(conn, pipeline_id, "9999")?))
        })?;
        let mut months: Vec<(String, BaseTotal)> = Vec::new();
        let mut total = BaseTotal::default();
        for a in amounts.iter().filter(|a| a.kind == StageKind::Open) {
            let month = a.expected_close.get(..7).unwrap_or("").to_owned();
            // Converted at the rate of the expected close day: that is when the money comes in.
            let on = NaiveDate::parse_from_str(&a.expected_close, "%Y-%m-%d").unwrap_or(today);
            let slot = match months.iter().position(|(m, _)| *m == month) {
                Some(at) => at,
                None => {
                    months.push((month, BaseTotal::default()));
                    months.len() - 1
                }
            };
            months[slot].1.add(&a.amount, &a.currency, a.probability, &base, &rates, on);
            total.add(&a.amount, &a.currency, a.probability, &base, &rates, on);
        }
        // Dated months in order, then deals without a date.
        months.sort_by(|a, b| (a.0.is_empty(), &a.0).cmp(&(b.0.is_empty(), &b.0)));
        let unconverted = total.unconverted.clone();
        Ok(Forecast {
            base_currency: base,
            months: months.iter().map(|(month, t)| ForecastMonth { month: month.clone(), total: money(t) }).collect(),
            total: money(&total),
            unconverted,
        })
    }

    pub fn list_deals(&self, query: DealQuery) -> Result<DealPage, AppError> {
        let (total, rows) = self.deal_page(&query, query.limit.min(MAX_PAGE))?;
        Ok(DealPage { total: total as u32, rows })
    }

    /// The ids of every deal `query` finds (bulk actions on what the table shows).
    pub(crate) fn deal_ids(&self, query: DealQuery) -> Result<Vec<String>, AppError> {
        Ok(self.deal_page(&query, u32::MAX)?.1.into_iter().map(|row| row.id).collect())
    }

    fn deal_page(&self, query: &DealQuery, limit: u32) -> Result<(u64, Vec<tandem_domain::deal::DealRow>), AppError> {
        let search: String = query.search.chars().take(200).collect();
        let cutoff = crate::contacts::activity_cutoff(&query.filter);
        let filter = DealFilter {
            filter: Some(&query.filter),
            activity_cutoff: &cutoff,
            pipeline_id: &query.pipeline_id,
            search: &search,
            contact_id: query.contact_id.as_deref(),
        };
        let order = match query.sort {
            DealSort::Name => DealOrder::Name,
            DealSort::ExpectedClose => DealOrder::ExpectedClose,
            DealSort::RecentlyUpdated => DealOrder::RecentlyUpdated,
            DealSort::Amount => DealOrder::Amount,
            DealSort::Company => DealOrder::Company,
            DealSort::Stage => DealOrder::Stage,
            DealSort::Owner => DealOrder::Owner,
        };
        Ok(self.db()?.read(|conn| deals::page(conn, &filter, order, query.offset, limit, Utc::now()))?)
    }

    pub fn get_deal(&self, id: &str) -> Result<Deal, AppError> {
        Ok(self.db()?.read(|conn| deals::get(conn, id, Utc::now()))?)
    }

    pub fn create_deal(&self, input: DealInput) -> Result<Deal, AppError> {
        self.save_deal(None, input)
    }

    pub fn update_deal(&self, id: &str, input: DealInput) -> Result<Deal, AppError> {
        self.save_deal(Some(id), input)
    }

    fn save_deal(&self, id: Option<&str>, input: DealInput) -> Result<Deal, AppError> {
        let db = self.db()?;
        let (stage, fields) =
            db.read(|conn| Ok((pipelines::stage(conn, input.stage_id.trim())?.0, custom_fields::list(conn, tables::DEALS.name)?)))?;
        let clean = input.validate_with(stage.kind, &fields)?;
        self.check_campaigns(clean.first_campaign_id.as_deref(), clean.last_campaign_id.as_deref())?;
        let verb = if id.is_some() { "Edit of" } else { "New deal" };
        let saved = self.write(WriteSource::User, &format!("{verb} {}", clean.name), |w| {
            let company_id = companies::find_or_create(w, &clean.company_name)?;
            let at = w.now_text();
            Ok(deals::save(w, id, &clean, company_id, &at)?)
        })?;
        self.get_deal(&saved)
    }

    /// Moves a deal to another stage (a drag on the board); a lost deal needs `loss_reason`.
    pub fn move_deal(&self, id: &str, stage_id: &str, loss_reason: &str) -> Result<Deal, AppError> {
        let mut input = DealInput::from(&self.get_deal(id)?);
        input.stage_id = stage_id.to_owned();
        if !loss_reason.trim().is_empty() {
            input.loss_reason = loss_reason.to_owned();
        }
        self.save_deal(Some(id), input)
    }

    pub fn delete_deal(&self, id: &str) -> Result<(), AppError> {
        let deal = self.get_deal(id)?;
        self.write(WriteSource::User, &format!("Delete of {}", deal.name), |w| Ok(w.soft_delete(&tables::DEALS, id)?))
    }

    pub fn add_deal_contact(&self, input: DealContactInput) -> Result<Deal, AppError> {
        let mut c = tandem_domain::text::Checker::default();
        let role = c.text("role", "Role", &input.role, 60, false);
        c.finish(())?;
        self.write(WriteSource::User, "Person added to a deal", |w| Ok(deals::add_contact(w, &input.deal_id, &input.contact_id, &role)?))?;
        self.get_deal(&input.deal_id)
    }

    pub fn remove_deal_contact(&self, deal_id: &str, deal_contact_id: &str) -> Result<Deal, AppError> {
        self.write(WriteSource::User, "Person removed from a deal", |w| Ok(deals::remove_contact(w, deal_contact_id)?))?;
        self.get_deal(deal_id)
    }
}

fn money(total: &BaseTotal) -> MoneyTotal {
    MoneyTotal { count: total.count, amount: cents(total.amount), weighted: cents(total.weighted) }
}

fn merge(into: &mut Vec<String>, currencies: &[String]) {
    for currency in currencies {
        if !into.contains(currency) {
            into.push(currency.clone());
        }
    }
}
