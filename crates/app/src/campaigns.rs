//! Campaigns and attribution through the façade: the list, a campaign's page and its records,
//! setting campaigns on listed contacts or deals in bulk; sales teams and quotas (kept by sales managers and admins).

use chrono::Utc;
use tandem_domain::campaign::{clean_team_name, Campaign, CampaignInput, CampaignListRow, QuotaInput, SalesTeam, Touch};
use tandem_domain::fiscal;
use tandem_domain::member::Role;
use tandem_domain::{FieldError, Invalid};
use tandem_store::{campaigns, contacts, members, quotas, sales_teams, settings, tables, WriteSource};

use crate::dto::{
    CampaignRecords, DealQuery, DealSort, QuarterChoice, QuotaBoard, SetCampaignResult, SetContactsCampaign, SetDealsCampaign,
};
use crate::{App, AppError, ErrorCode};

/// How many leads and deals a campaign's page lists.
const RECORDS_SHOWN: u32 = 500;

impl App {
    pub fn list_campaigns(&self) -> Result<Vec<CampaignListRow>, AppError> {
        Ok(self.db()?.read(campaigns::list)?)
    }

    pub fn get_campaign(&self, id: &str) -> Result<Campaign, AppError> {
        Ok(self.db()?.read(|conn| campaigns::get(conn, id))?)
    }

    pub fn create_campaign(&self, input: CampaignInput) -> Result<Campaign, AppError> {
        self.save_campaign(None, input)
    }

    pub fn update_campaign(&self, id: &str, input: CampaignInput) -> Result<Campaign, AppError> {
        self.save_campaign(Some(id), input)
    }

    fn save_campaign(&self, id: Option<&str>, input: CampaignInput) -> Result<Campaign, AppError> {
        let base = self.db()?.read(settings::get)?.base_currency;
        let clean = input.validate(&base)?;
        let verb = if id.is_some() { "Edit of campaign" } else { "New campaign" };
        let saved = self.write(WriteSource::User, &format!("{verb} {}", clean.name), |w| {
            if campaigns::name_taken(w.conn(), &clean.name, id)? {
                return Err(Invalid::new(
                    "name",
                    format!("A campaign called '{}' already exists; give this one another name.", clean.name),
                )
                .into());
            }
            Ok(campaigns::save(w, id, &clean)?)
        })?;
        self.get_campaign(&saved)
    }

    /// Moves a campaign to the Trash; its leads and deals keep pointing at it, so restoring it
    /// brings the attribution back.
    pub fn delete_campaign(&self, id: &str) -> Result<(), AppError> {
        let campaign = self.get_campaign(id)?;
        self.write(WriteSource::User, &format!("Delete of campaign {}", campaign.name), |w| Ok(w.soft_delete(&tables::CAMPAIGNS, id)?))
    }

    pub fn campaign_records(&self, id: &str) -> Result<CampaignRecords, AppError> {
        let db = self.db()?;
        let (mut leads, mut deals) =
            db.read(|conn| Ok((campaigns::leads(conn, id, RECORDS_SHOWN + 1)?, campaigns::deals(conn, id, RECORDS_SHOWN + 1)?)))?;
        let truncated = leads.len() > RECORDS_SHOWN as usize || deals.len() > RECORDS_SHOWN as usize;
        leads.truncate(RECORDS_SHOWN as usize);
        deals.truncate(RECORDS_SHOWN as usize);
        Ok(CampaignRecords { leads, deals, truncated })
    }

    /// Refuses a first or last campaign that is no campaign at all (purged, or never was); one in
    /// the Trash is kept, so editing a contact does not fail over its campaign being deleted.
    pub(crate) fn check_campaigns(&self, first: Option<&str>, last: Option<&str>) -> Result<(), AppError> {
        let db = self.db()?;
        let mut errors = Vec::new();
        for (field, id) in [("first_campaign_id", first), ("last_campaign_id", last)] {
            if let Some(id) = id {
                if !db.read(|conn| campaigns::exists(conn, id))? {
                    errors.push(FieldError { field: field.into(), message: "That campaign no longer exists; pick another.".into() });
                }
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(Invalid(errors).into())
        }
    }

    /// Sets a campaign as first or last touch on every contact of the list as the user sees it
    /// (its search and filter), in one write: one Undo takes it all back.
    pub fn set_contacts_campaign(&self, input: SetContactsCampaign) -> Result<SetCampaignResult, AppError> {
        let search: String = input.search.chars().take(200).collect();
        let cutoff = crate::contacts::activity_cutoff(&input.filter);
        let ids: Vec<String> = self.db()?.read(|conn| {
            let (_, rows) = contacts::page_filtered(conn, &search, &input.filter, Default::default(), 0, u32::MAX, &cutoff)?;
            Ok(rows.into_iter().map(|r| r.id).collect())
        })?;
        self.set_campaign_touch(&tables::CONTACTS, "contacts", &ids, input.touch, input.campaign_id)
    }

    /// As `set_contacts_campaign`, for the deals the deal table shows.
    pub fn set_deals_campaign(&self, input: SetDealsCampaign) -> Result<SetCampaignResult, AppError> {
        let query = DealQuery {
            pipeline_id: input.pipeline_id,
            search: input.search,
            contact_id: None,
            filter: input.filter,
            sort: DealSort::Name,
            offset: 0,
            limit: u32::MAX,
        };
        let ids: Vec<String> = self.deal_ids(query)?;
        self.set_campaign_touch(&tables::DEALS, "deals", &ids, input.touch, input.campaign_id)
    }

    /// One write setting `campaign_id` (None or blank clears it) as `touch` on the records `ids`
    /// of `table` (`noun` names them in Undo's description).
    fn set_campaign_touch(
        &self,
        table: &tables::Table,
        noun: &str,
        ids: &[String],
        touch: Touch,
        campaign_id: Option<String>,
    ) -> Result<SetCampaignResult, AppError> {
        let campaign_id = campaign_id.filter(|id| !id.trim().is_empty());
        let name = match &campaign_id {
            Some(id) => {
                self.get_campaign(id).map_err(|_| AppError::new(ErrorCode::NotFound, "That campaign no longer exists; pick another."))?.name
            }
            None => String::new(),
        };
        let which = match touch {
            Touch::First => "original",
            Touch::Last => "latest",
        };
        let description = if name.is_empty() {
            format!("Cleared the {which} campaign of {} {noun}", ids.len())
        } else {
            format!("Set {name} as the {which} campaign of {} {noun}", ids.len())
        };
        let changed =
            self.write(WriteSource::User, &description, |w| Ok(campaigns::set_touch(w, table, ids, touch, campaign_id.as_deref())?))?;
        Ok(SetCampaignResult { matched: ids.len() as u32, changed: changed as u32 })
    }

    fn require_sales_manager(&self) -> Result<(), AppError> {
        match self.me()?.1 {
            Role::Admin | Role::SalesManager => Ok(()),
            _ => Err(AppError::new(ErrorCode::Forbidden, "Only admins and sales managers change sales teams and quotas.")),
        }
    }

    pub fn list_sales_teams(&self) -> Result<Vec<SalesTeam>, AppError> {
        Ok(self.db()?.read(sales_teams::list)?)
    }

    /// Creates a team (`id` None) or renames one.
    pub fn save_sales_team(&self, id: Option<String>, name: &str) -> Result<Vec<SalesTeam>, AppError> {
        self.require_sales_manager()?;
        let name = clean_team_name(name)?;
        self.write(WriteSource::User, &format!("Sales team {name} saved"), |w| {
            if sales_teams::name_taken(w.conn(), &name, id.as_deref())? {
                return Err(Invalid::new("name", format!("There is already a team called '{name}'.")).into());
            }
            Ok(sales_teams::save(w, id.as_deref(), &name)?)
        })?;
        self.list_sales_teams()
    }

    pub fn delete_sales_team(&self, id: &str) -> Result<Vec<SalesTeam>, AppError> {
        self.require_sales_manager()?;
        self.write(WriteSource::User, "Sales team deleted", |w| Ok(sales_teams::delete(w, id)?))?;
        self.list_sales_teams()
    }

    pub fn add_sales_team_member(&self, team_id: &str, member_id: &str) -> Result<Vec<SalesTeam>, AppError> {
        self.require_sales_manager()?;
        let db = self.db()?;
        let member = db.read(|conn| members::get(conn, member_id))?;
        if !self.list_sales_teams()?.iter().any(|t| t.id == team_id) {
            return Err(AppError::new(ErrorCode::NotFound, "That team no longer exists."));
        }
        self.write(WriteSource::User, &format!("{} added to a sales team", member.name), |w| {
            Ok(sales_teams::add_member(w, team_id, member_id)?)
        })?;
        self.list_sales_teams()
    }

    pub fn remove_sales_team_member(&self, membership_id: &str) -> Result<Vec<SalesTeam>, AppError> {
        self.require_sales_manager()?;
        self.write(WriteSource::User, "Member removed from a sales team", |w| Ok(sales_teams::remove_member(w, membership_id)?))?;
        self.list_sales_teams()
    }

    /// The quarters around today in the workspace's fiscal calendar, and the quotas set from a year ago on.
    pub fn quota_board(&self) -> Result<QuotaBoard, AppError> {
        let db = self.db()?;
        let ws = db.read(settings::get)?;
        let zone: chrono_tz::Tz = ws.time_zone.parse().unwrap_or(chrono_tz::UTC);
        let today = Utc::now().with_timezone(&zone).date_naive();
        let start_month = ws.fiscal_year_start_month;
        let (year, quarter) = fiscal::quarter_of(today, start_month);
        // Four quarters back to four ahead: last year's to compare, next year's to plan.
        let index = i32::from(quarter - 1) + year * 4;
        let quarters: Vec<QuarterChoice> = (index - 4..=index + 4)
            .filter_map(|i| {
                let (y, q) = (i.div_euclid(4), (i.rem_euclid(4) + 1) as u8);
                let (from, to) = fiscal::quarter(y, q, start_month)?;
                Some(QuarterChoice {
                    fiscal_year: y,
                    quarter: q,
                    label: fiscal::quarter_label(y, q, start_month),
                    starts_on: from.format("%Y-%m-%d").to_string(),
                    ends_on: to.format("%Y-%m-%d").to_string(),
                })
            })
            .collect();
        let current = quarters.iter().position(|q| q.fiscal_year == year && q.quarter == quarter).unwrap_or(0) as u32;
        let from = quarters.first().map(|q| q.starts_on.clone()).unwrap_or_default();
        let quotas = db.read(|conn| quotas::list(conn, &from))?;
        Ok(QuotaBoard { base_currency: ws.base_currency, fiscal_year_start_month: start_month, quarters, current, quotas })
    }

    /// Sets one owner's quota for one fiscal quarter (setting it again changes the amount).
    pub fn set_quota(&self, input: QuotaInput) -> Result<QuotaBoard, AppError> {
        self.require_sales_manager()?;
        let db = self.db()?;
        let ws = db.read(settings::get)?;
        let clean = input.validate(ws.fiscal_year_start_month)?;
        let owner = db
            .read(|conn| members::get(conn, &clean.owner_id))
            .map_err(|_| AppError::from(Invalid::new("owner_id", "That person is no longer a member of the workspace; pick another.")))?;
        self.write(WriteSource::User, &format!("Quota of {} for {} – {}", owner.name, clean.starts_on, clean.ends_on), |w| {
            Ok(quotas::set(w, &clean)?)
        })?;
        self.quota_board()
    }

    pub fn delete_quota(&self, id: &str) -> Result<QuotaBoard, AppError> {
        self.require_sales_manager()?;
        self.write(WriteSource::User, "Quota removed", |w| Ok(quotas::delete(w, id)?))?;
        self.quota_board()
    }
}
