//! Turns the rows of a CSV table into contacts, following the user's column mapping.

use crate::csv_read::CsvTable;
use crate::mapping::{ContactField, Mapping, Preset};
use crate::normalize::{
    date, domain, email, lifecycle_stage, phone, push_unique, quoted, split_full_name, split_list, unneutralise, LIFECYCLE_VALUES,
};
use crate::record::{ContactRecord, RowOutcome};

/// One outcome per row, in file order. A row with any problem is not imported at all, so a user
/// never gets half a contact; every problem of that row is listed at once.
pub fn contacts_from_csv(table: &CsvTable, mapping: &Mapping, default_region: &str) -> Vec<RowOutcome> {
    table
        .rows
        .iter()
        .map(|row| {
            let mut contact = ContactDraft { line: row.line, problems: row.problems.clone(), ..ContactDraft::default() };
            for (i, field) in mapping.columns.iter().enumerate() {
                let Some(cell) = row.cells.get(i) else { continue };
                let cell = if mapping.preset == Preset::Tandem { unneutralise(cell) } else { cell.as_str() };
                let column = table.headers.get(i).map_or("", String::as_str);
                contact.take(*field, column, cell, default_region);
            }
            RowOutcome { line: row.line, result: contact.finish() }
        })
        .collect()
}

/// A contact being filled in from a row or a card, with every problem found so far.
#[derive(Default)]
pub(crate) struct ContactDraft {
    pub line: u64,
    pub record: ContactRecord,
    pub full_name: String,
    pub problems: Vec<String>,
}

impl ContactDraft {
    /// Files `cell` (from `column`) under `field`. Several columns may feed one field: list
    /// fields collect them all, and text fields join them rather than keep only one.
    pub(crate) fn take(&mut self, field: ContactField, column: &str, cell: &str, default_region: &str) {
        // One line-end convention inside values: Outlook's quoted-printable notes carry CRLF.
        let value = cell.trim().replace("\r\n", "\n");
        let value = value.as_str();
        if value.is_empty() {
            return;
        }
        let r = &mut self.record;
        match field {
            ContactField::Skip => {}
            ContactField::FirstName => join(&mut r.first_name, value, " "),
            ContactField::LastName => join(&mut r.last_name, value, " "),
            ContactField::FullName => join(&mut self.full_name, value, " "),
            ContactField::Email => {
                for part in split_list(value) {
                    match email(part) {
                        Some(e) => push_unique(&mut r.emails, e),
                        None => self.problems.push(format!(
                            "Line {}: column '{column}' has {}, which is not an email address; correct it or clear the cell.",
                            self.line,
                            quoted(part)
                        )),
                    }
                }
            }
            ContactField::Phone | ContactField::Mobile => {
                for part in split_list(value) {
                    push_unique(&mut r.phones, phone(part, default_region));
                }
            }
            ContactField::Title => join(&mut r.title, value, " "),
            ContactField::Company => join(&mut r.company_name, value, " "),
            ContactField::CompanyDomain => r.company_domain = domain(value),
            ContactField::Country => join(&mut r.country, value, " "),
            ContactField::City => join(&mut r.city, value, " "),
            ContactField::Notes => join(&mut r.notes, value, "\n"),
            ContactField::LifecycleStage => match lifecycle_stage(value) {
                Some(stage) => r.lifecycle_stage = stage,
                None => self.problems.push(format!(
                    "Line {}: column '{column}' has {}, which is not a lifecycle stage; use {LIFECYCLE_VALUES}, or map the column to Skip.",
                    self.line,
                    quoted(value)
                )),
            },
            ContactField::LeadStatus => join(&mut r.lead_status, value, " "),
            ContactField::LeadSource => join(&mut r.lead_source, value, " "),
            ContactField::OwnerEmail => r.owner_email = email(value).unwrap_or_else(|| value.to_string()),
            ContactField::OriginalCampaign => r.original_campaign = value.trim().to_string(),
            ContactField::LatestCampaign => r.latest_campaign = value.trim().to_string(),
            ContactField::Tags => {
                for tag in split_list(value) {
                    push_unique(&mut r.tags, tag.to_string());
                }
            }
            ContactField::CreatedAt => match date(value) {
                Some(d) => r.created_at = Some(d),
                None => self.problems.push(format!(
                    "Line {}: column '{column}' has {}, which is not a date; write it as 2024-03-05, 2024-03-05 14:22 or 03/05/2024.",
                    self.line,
                    quoted(value)
                )),
            },
        }
    }

    pub(crate) fn finish(mut self) -> Result<ContactRecord, Vec<String>> {
        let r = &mut self.record;
        if r.first_name.is_empty() && r.last_name.is_empty() && !self.full_name.is_empty() {
            (r.first_name, r.last_name) = split_full_name(&self.full_name);
        }
        if r.first_name.is_empty() && r.last_name.is_empty() && r.emails.is_empty() {
            self.problems.push(format!("Line {}: no name and no email; a contact needs one of them.", self.line));
        }
        if self.problems.is_empty() {
            Ok(self.record)
        } else {
            Err(self.problems)
        }
    }
}

fn join(target: &mut String, value: &str, separator: &str) {
    if !target.is_empty() {
        target.push_str(separator);
    }
    target.push_str(value);
}
