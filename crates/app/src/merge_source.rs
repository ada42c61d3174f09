//! The records merge fields are filled from: a contact, their company, a deal, the local user
//! and, in a proposal, the quote.

use chrono::Utc;
use rusqlite::Connection;
use tandem_domain::company::Company;
use tandem_domain::contact::Contact;
use tandem_domain::deal::Deal;
use tandem_domain::member::Member;
use tandem_store::{companies, contacts, deals, members, StoreError};

/// A quote's printed figures for `{{quote.…}}`.
pub(crate) struct QuoteFields {
    pub number: String,
    pub total: String,
    pub valid_until: String,
}

pub(crate) struct MergeSource {
    contact: Option<Contact>,
    company: Option<Company>,
    deal: Option<Deal>,
    me: Option<Member>,
    pub quote: Option<QuoteFields>,
}

impl MergeSource {
    /// Loads the contact and the deal (when given), the company — the deal's when there is a deal
    /// (a contact may have moved on, the deal is with the account) — and the local user.
    pub fn load(conn: &Connection, contact_id: Option<&str>, deal_id: Option<&str>) -> Result<MergeSource, StoreError> {
        let contact = contact_id.map(|id| contacts::get(conn, id)).transpose()?;
        let deal = deal_id.map(|id| deals::get(conn, id, Utc::now())).transpose()?;
        let company_id = deal.as_ref().and_then(|d| d.company_id.clone()).or_else(|| contact.as_ref().and_then(|c| c.company_id.clone()));
        let company = company_id.map(|id| companies::get(conn, &id)).transpose()?;
        Ok(MergeSource { contact, company, deal, me: members::profile(conn)?, quote: None })
    }

    /// The value of one field, None when the record it comes from is absent or it is unknown.
    pub fn value(&self, field: &str) -> Option<String> {
        let contact = || self.contact.as_ref();
        Some(match field {
            "contact.first_name" => contact()?.first_name.clone(),
            "contact.last_name" => contact()?.last_name.clone(),
            "contact.full_name" => contact().map(|c| format!("{} {}", c.first_name, c.last_name).trim().to_owned())?,
            "contact.email" => contact()?.email.clone(),
            "contact.title" => contact()?.title.clone(),
            "company.name" => self.company.as_ref()?.name.clone(),
            "company.domain" => self.company.as_ref()?.domain.clone(),
            "deal.name" => self.deal.as_ref()?.name.clone(),
            "deal.amount" => self.deal.as_ref().map(|d| format!("{} {}", d.amount, d.currency).trim().to_owned())?,
            "deal.close_date" => self.deal.as_ref()?.expected_close.clone(),
            "quote.number" => self.quote.as_ref()?.number.clone(),
            "quote.total" => self.quote.as_ref()?.total.clone(),
            "quote.valid_until" => self.quote.as_ref()?.valid_until.clone(),
            "me.name" => self.me.as_ref()?.name.clone(),
            "me.email" => self.me.as_ref()?.email.clone(),
            _ => return None,
        })
    }
}
