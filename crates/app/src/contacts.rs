//! Contact commands: list and search, read, create, edit, delete.

use tandem_domain::contact::{Contact, ContactInput};
use tandem_domain::view::RecordFilter;
use tandem_store::{companies, contacts, custom_fields, new_id, search, settings, tables, WriteSource};

use crate::dto::{CompanyPage, ContactPage, ContactQuery, DealPage, SearchResults};
use crate::{App, AppError};

/// The most rows one page may ask for.
const MAX_PAGE: u32 = 500;
/// Search everywhere shows this many of each kind.
const SEARCH_LIMIT: u32 = 8;

/// When "no activity in N days" starts, counted back from now.
pub(crate) fn activity_cutoff(filter: &RecordFilter) -> String {
    let days = filter.no_activity_days.unwrap_or(0);
    (chrono::Utc::now() - chrono::Duration::days(i64::from(days))).to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

impl App {
    pub fn list_contacts(&self, query: ContactQuery) -> Result<ContactPage, AppError> {
        let search: String = query.search.chars().take(200).collect();
        let cutoff = activity_cutoff(&query.filter);
        let (total, rows) = self.db()?.read(|conn| {
            contacts::page_filtered(conn, &search, &query.filter, query.sort, query.offset, query.limit.min(MAX_PAGE), &cutoff)
        })?;
        Ok(ContactPage { total: total as u32, rows })
    }

    pub fn get_contact(&self, id: &str) -> Result<Contact, AppError> {
        Ok(self.db()?.read(|conn| contacts::get(conn, id))?)
    }

    /// Checks a contact as typed; phone numbers without a country code are read in the workspace's region.
    pub(crate) fn validate_contact(&self, input: &ContactInput) -> Result<ContactInput, AppError> {
        let (region, fields) =
            self.db()?.read(|conn| Ok((settings::get(conn)?.phone_region(), custom_fields::list(conn, tables::CONTACTS.name)?)))?;
        let clean = input.validate_in(&region, &fields)?;
        self.check_campaigns(clean.first_campaign_id.as_deref(), clean.last_campaign_id.as_deref())?;
        Ok(clean)
    }

    pub fn create_contact(&self, input: ContactInput) -> Result<Contact, AppError> {
        let clean = self.validate_contact(&input)?;
        let id = new_id();
        self.write(WriteSource::User, &format!("New contact {}", clean.display_name()), |w| {
            let company_id = companies::find_or_create(w, &clean.company_name)?;
            contacts::save(w, &id, &clean, company_id, true)?;
            Ok(())
        })?;
        self.get_contact(&id)
    }

    pub fn update_contact(&self, id: &str, input: ContactInput) -> Result<Contact, AppError> {
        let clean = self.validate_contact(&input)?;
        self.write(WriteSource::User, &format!("Edit of {}", clean.display_name()), |w| {
            let company_id = companies::find_or_create(w, &clean.company_name)?;
            contacts::save(w, id, &clean, company_id, false)?;
            Ok(())
        })?;
        self.get_contact(id)
    }

    pub fn delete_contact(&self, id: &str) -> Result<(), AppError> {
        let contact = self.get_contact(id)?;
        let name = tandem_domain::contact::display_name(&contact.first_name, &contact.last_name);
        self.write(WriteSource::User, &format!("Delete of {name}"), |w| Ok(w.soft_delete(&tandem_store::tables::CONTACTS, id)?))
    }

    /// The best contacts, companies and deals for `query`, a few of each, for the search box.
    pub fn search_everything(&self, query: &str) -> Result<SearchResults, AppError> {
        let query: String = query.chars().take(200).collect();
        let found = self.db()?.read(|conn| search::everything(conn, &query, SEARCH_LIMIT, chrono::Utc::now()))?;
        Ok(SearchResults {
            contacts: ContactPage { total: found.contacts.total as u32, rows: found.contacts.rows },
            companies: CompanyPage { total: found.companies.total as u32, rows: found.companies.rows },
            deals: DealPage { total: found.deals.total as u32, rows: found.deals.rows },
        })
    }

    /// Names of companies starting with `prefix`, for the contact form's suggestions.
    pub fn company_names(&self, prefix: &str) -> Result<Vec<String>, AppError> {
        Ok(self.db()?.read(|conn| companies::names_with_prefix(conn, prefix.trim(), 20))?)
    }
}
