//! Exporting contacts (all, or a view's) as CSV or vCard 4.0 into the export folder.

use tandem_domain::contact::{Contact, ContactSort};
use tandem_domain::member::Member;
use tandem_interchange::{write_csv, write_vcards, ContactRecord};
use tandem_store::{companies, contacts, members};

use crate::contacts::activity_cutoff;
use crate::dto::{ExportFormat, ExportRequest, ExportResult};
use crate::App;
use crate::AppError;

/// Contacts are read in pages of this many, so memory stays flat at 100k contacts.
const PAGE: u32 = 500;

impl App {
    pub fn export_contacts(&self, request: ExportRequest) -> Result<ExportResult, AppError> {
        let db = self.db()?;
        let cutoff = activity_cutoff(&request.filter);
        let records = db.read(|conn| {
            let team = members::list(conn)?;
            let mut records = Vec::new();
            let mut offset = 0;
            loop {
                let (_, rows) = contacts::page_filtered(conn, &request.search, &request.filter, ContactSort::Name, offset, PAGE, &cutoff)?;
                for row in &rows {
                    let contact = contacts::get(conn, &row.id)?;
                    let domain = match &contact.company_id {
                        Some(id) => companies::get(conn, id).map(|c| c.domain).unwrap_or_default(),
                        None => String::new(),
                    };
                    records.push(record_of(&contact, &domain, &team));
                }
                if rows.len() < PAGE as usize {
                    break;
                }
                offset += PAGE;
            }
            Ok(records)
        })?;
        let (bytes, ext) = match request.format {
            ExportFormat::Csv => (write_csv(&records), "csv"),
            ExportFormat::VCard => (write_vcards(&records).into_bytes(), "vcf"),
        };
        let path = self.paths().write_export("Tandem contacts", ext, &bytes)?;
        Ok(ExportResult { path: path.display().to_string() })
    }
}

/// A stored contact as the interchange formats carry it.
pub(crate) fn record_of(contact: &Contact, company_domain: &str, team: &[Member]) -> ContactRecord {
    let owner = contact.owner_id.as_ref().and_then(|id| team.iter().find(|m| &m.id == id)).map(|m| m.email.clone()).unwrap_or_default();
    ContactRecord {
        first_name: contact.first_name.clone(),
        last_name: contact.last_name.clone(),
        emails: std::iter::once(&contact.email).chain(&contact.other_emails).filter(|e| !e.is_empty()).cloned().collect(),
        phones: std::iter::once(&contact.phone).chain(&contact.other_phones).filter(|p| !p.is_empty()).cloned().collect(),
        title: contact.title.clone(),
        company_name: contact.company_name.clone(),
        company_domain: company_domain.to_owned(),
        country: contact.country.clone(),
        city: String::new(),
        notes: contact.notes.clone(),
        lifecycle_stage: contact.lifecycle_stage.as_str().to_owned(),
        lead_status: contact.lead_status.clone(),
        lead_source: contact.lead_source.clone(),
        owner_email: owner,
        tags: contact.tags.clone(),
        created_at: Some(contact.created_at.clone()),
        original_campaign: contact.first_campaign_name.clone(),
        latest_campaign: contact.last_campaign_name.clone(),
    }
}
