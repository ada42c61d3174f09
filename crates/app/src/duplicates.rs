//! Duplicate commands: the possible-duplicates list, merging two contacts, "not a duplicate".

use tandem_domain::contact::{display_name, Contact};
use tandem_domain::duplicate::MergeInput;
use tandem_store::{companies, duplicates, merge, WriteSource};

use crate::dto::DuplicateScan;
use crate::{App, AppError};

/// The duplicates view lists at most this many groups at a time; merging some shows the next.
const MAX_GROUPS: usize = 300;

impl App {
    pub fn duplicate_groups(&self) -> Result<DuplicateScan, AppError> {
        let (total, groups) = self.db()?.read(|conn| duplicates::scan(conn, MAX_GROUPS))?;
        Ok(DuplicateScan { total: total as u32, groups })
    }

    /// Merges two contacts in one transaction (so one undo takes the whole merge back).
    pub fn merge_contacts(&self, input: MergeInput) -> Result<Contact, AppError> {
        let values = self.validate_contact(&input.values)?;
        let name = display_name(&values.first_name, &values.last_name);
        self.write(WriteSource::User, &format!("Merge into {name}"), |w| {
            let company_id = companies::find_or_create(w, &values.company_name)?;
            Ok(merge::contacts_into(w, &input.keep_id, &input.merge_id, &values, company_id)?)
        })?;
        self.get_contact(&input.keep_id)
    }

    pub fn dismiss_duplicate(&self, contact_a: &str, contact_b: &str) -> Result<(), AppError> {
        self.write(WriteSource::User, "Marked as not duplicates", |w| Ok(duplicates::dismiss(w, contact_a, contact_b)?))
    }
}
